package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.Words;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.text.PartsOfSpeech;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;

/**
 * One reading of a text gives the classes and the words that reading it twice gave (the code before, kept here as
 * the reference), on the sample corpus and on random texts full of happening words, names, headlines and odd words.
 */
class HappeningTextTest {

    /** Predicate heads and their forms, verbs, nouns of verbs, function and light verbs, names, odd words. */
    private static final String[] WORDS = {"visit", "visited", "met", "talks", "struck", "hit", "quake", "earthquake",
        "killed", "died", "arrested", "left", "returned", "won", "announced", "summit", "travel", "walked", "signed",
        "ended", "collapsed", "burned", "election", "investigation", "settlement", "sessions", "mention", "moment",
        "the", "a", "of", "in", "said", "told", "have", "has", "made", "took", "gave", "regarding", "including", "and",
        "Moscow", "Assad", "Putin's", "Russian", "Federation", "President", "Visit", "Talks", "Struck", "Election",
        "al-Assad", "U.S.", "Zürich", "élection", "Ωmega", "2015", "3.5", "don’t", "it's", "ceasefire", "rescuers",
        "evacuated", "swept", "flood", "floods", "people", "town", "bridge", "damaged", "sold", "bought"};
    private static final String[] STOPS = {".", ".", ".", "!", "?", "\n\n"};
    private static final String[] INNER = {" ", " ", " ", " ", ", ", " (", ") ", " — ", ": ", " \"", "\" "};

    @Test
    void theClassesAndTheWordsAreThoseOfTheTwoReadings() {
        List<String> texts = new ArrayList<>();
        new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles().stream().map(Article::text)
                .forEach(texts::add);
        Random random = new Random(79);
        for (int t = 0; t < 300; t++) {
            texts.add(randomText(random));
        }
        int skipped = 0;
        for (String text : texts) {
            HappeningText read = HappeningText.read(text);
            Set<String> possible = Before.possibleClasses(text);
            assertThat(new HashSet<>(read.classes())).as(text).isEqualTo(possible);
            assertThat(read.classes()).doesNotHaveDuplicates();
            assertThat(HappeningWords.of(text)).as(text).isEqualTo(Before.of(text, c -> true));
            List<String> classes = new ArrayList<>(possible);
            for (int round = 0; round < 4; round++) {
                Set<String> wanted = new HashSet<>();
                classes.forEach(c -> {
                    if (random.nextInt(3) == 0) {
                        wanted.add(c);
                    }
                });
                List<HappeningWords.Word> expected = Before.of(text, wanted::contains).stream()
                        .filter(w -> wanted.contains(w.lemma())).toList();
                assertThat(read.words(wanted::contains)).as("%s %s", text, wanted).isEqualTo(expected);
                for (int s = 0; s < SentenceSplitter.punctuation().split(text).size(); s++) {
                    skipped += read.needsTags(s, wanted::contains) ? 0 : 1;
                }
            }
        }
        assertThat(skipped).isPositive();
    }

    @Test
    void aSentenceWhoseWantedWordsAreAllPredicateHeadsIsNotTagged() {
        HappeningText read = HappeningText.read("Putin met Assad and the talks failed. The quake struck and walls fell.");
        assertThat(Words.isPredicate("meet")).isTrue();
        assertThat(read.needsTags(0, Set.of("meet")::contains)).isFalse();
        assertThat(read.needsTags(0, Set.of("meet", "fail")::contains)).isTrue();
        assertThat(read.needsTags(1, Set.of("meet", "fail")::contains)).isFalse();
        assertThat(read.words(Set.of("meet", "strike")::contains)).extracting(HappeningWords.Word::text)
                .containsExactly("met", "talks", "struck");
    }

    static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int sentences = 1 + random.nextInt(6);
        for (int s = 0; s < sentences; s++) {
            boolean headline = random.nextInt(5) == 0;
            int words = 1 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                if (headline || w == 0 && random.nextBoolean()) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                b.append(word).append(w + 1 < words ? INNER[random.nextInt(INNER.length)] : "");
            }
            b.append(STOPS[random.nextInt(STOPS.length)]).append(' ');
        }
        return b.toString();
    }

    /** The reading before: {@code HappeningWords.of(text, wanted)} and {@code possibleClasses(text)}. */
    static final class Before {

        private static final Set<String> LIGHT = Set.of("make", "makes", "made", "making", "take", "takes", "took",
                "taken", "taking", "give", "gives", "gave", "given", "giving", "get", "gets", "got", "gotten", "getting",
                "put", "puts", "putting", "keep", "keeps", "kept", "keeping", "regarding", "including", "according",
                "concerning", "following", "considering", "pending", "excluding");

        static List<HappeningWords.Word> of(String text, Predicate<String> wanted) {
            List<HappeningWords.Word> out = new ArrayList<>();
            for (Sentence s : SentenceSplitter.punctuation().split(text)) {
                Run run = new Run(text, s);
                if (!run.holdsAny(wanted)) {
                    continue;
                }
                String[] tags = PartsOfSpeech.ofThisThread().tag(run.words);
                for (int i = 0; i < run.words.length; i++) {
                    if (run.mayName(i) && names(run.words[i], tags[i])) {
                        out.add(new HappeningWords.Word(run.starts[i], run.ends[i], run.words[i],
                                Words.lemma(run.words[i]), s.index()));
                    }
                }
            }
            return out;
        }

        /** Whether a word may name a happening, whatever its tag: a word, not a function word nor a light verb. */
        static boolean mayName(String w) {
            return Character.isLetter(w.charAt(0)) && !Words.isStopWord(w) && !LIGHT.contains(Words.normalise(w));
        }

        /** Nouns made from verbs. */
        private static final Pattern DEVERBAL = Pattern.compile("\\p{L}{3,}(?:tion|sion|ment)s?");

        /** Whether a tagged word names a happening. */
        static boolean names(String word, String tag) {
            return mayName(word) && (Words.isPredicate(Words.lemma(word)) || tag.equals("VERB")
                    || tag.equals("NOUN") && DEVERBAL.matcher(word.toLowerCase(Locale.ROOT)).matches());
        }

        static Set<String> possibleClasses(String text) {
            Set<String> out = new HashSet<>();
            for (Sentence s : SentenceSplitter.punctuation().split(text)) {
                Run run = new Run(text, s);
                for (int i = 0; i < run.words.length; i++) {
                    if (run.mayName(i)) {
                        out.add(Words.lemma(run.words[i]));
                    }
                }
            }
            return out;
        }

        private static final class Run {
            final String[] words;
            final int[] starts;
            final int[] ends;
            final boolean titleCase;

            Run(String text, Sentence s) {
                HappeningTokens tokens = HappeningTokens.of(text.toCharArray(), s.start(), s.end());
                words = new String[tokens.count];
                starts = tokens.starts;
                ends = tokens.ends;
                for (int i = 0; i < words.length; i++) {
                    words[i] = text.substring(starts[i], ends[i]);
                }
                titleCase = titleCase(words);
            }

            /** Whether most words of three letters or more are capitalised: a headline, its verbs capitalised too. */
            static boolean titleCase(String[] words) {
                int counted = 0;
                int capitalised = 0;
                for (String w : words) {
                    if (w.length() >= 3 && Character.isLetter(w.charAt(0))) {
                        counted++;
                        capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
                    }
                }
                return 2 * capitalised > counted;
            }

            boolean mayName(int i) {
                String w = words[i];
                return (i == 0 || titleCase || !Character.isUpperCase(w.charAt(0))) && Before.mayName(w);
            }

            boolean holdsAny(Predicate<String> wanted) {
                for (int i = 0; i < words.length; i++) {
                    if (mayName(i) && wanted.test(Words.lemma(words[i]))) {
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
