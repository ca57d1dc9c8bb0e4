package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.Words;
import org.parallax.text.PartsOfSpeech;
import org.parallax.text.WordFeatures;

/**
 * The lexicon gives each word, read from a text's chars, the string and the class that reading its substring gives,
 * whether it has the form of a noun made from a verb and its key as a name, one number and one string per word
 * however often it comes, across growth and in every text of a thread.
 */
class HappeningLexiconTest {

    /** Happening words, function and light verbs, names, possessives, accents, curly quotes, surrogates, numbers. */
    private static final String[] PIECES = {"visit", "visited", "Visit", "struck", "quake", "election", "the", "made",
        "said", "Moscow", "The", "He", "Assad's", "ASSAD", "investigations", "Settlement", "mention", "Putin's", "Putin’s", "al-Assad", "U.S.", "Zürich", "élection", "ΩMEGA", "2015", "3.5",
        "don’t", "😀", "\uD835", "ſt", "a", "b", "x", "-", "’", ".", "中国"};

    @Test
    void eachWordHasItsSubstringsStringAndClassAndOneNumber() {
        Random random = new Random(101);
        HappeningLexicon lexicon = new HappeningLexicon();
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> strings = new HashMap<>();
        for (int round = 0; round < 30_000; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(4);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextInt(3) == 0) {
                b.append(random.nextInt(5_000)); // many distinct words: the lexicon grows past its first size
            }
            String word = b.toString();
            String before = "¿ " .repeat(random.nextInt(3));
            String text = before + word + " ”".repeat(random.nextInt(3));
            int n = lexicon.find(text.toCharArray(), before.length(), before.length() + word.length());
            assertThat(lexicon.word(n)).isEqualTo(word);
            assertThat(lexicon.classIfMayName(n)).as(word).isEqualTo(HappeningWords.classIfMayName(word));
            assertThat(lexicon.madeFromVerb(n)).as(word)
                    .isEqualTo(HappeningWords.classIfMayName(word) != null && HappeningWords.madeFromVerb(word));
            assertThat(lexicon.nameKey(n)).as(word).isEqualTo(Words.isStopWord(word) ? null : Words.normalise(word));
            Integer known = numbers.putIfAbsent(word, n);
            if (known != null) {
                assertThat(n).as(word).isEqualTo(known);
                assertThat(lexicon.word(n)).isSameAs(strings.get(word));
            } else {
                assertThat(n).as(word).isEqualTo(numbers.size() - 1);
                strings.put(word, lexicon.word(n));
            }
        }
        assertThat(lexicon.size()).isEqualTo(numbers.size()).isGreaterThan(4_096);
    }

    /**
     * A text's classes, numbered by the lexicon, are numbered as a map of the text's own numbered them before (from 0
     * in the order first met): over many texts read by one lexicon, each text starting again from 0, its classes
     * added to the text's list once each.
     */
    @Test
    void eachTextNumbersItsClassesFromZeroInTheOrderFirstMet() {
        Random random = new Random(103);
        HappeningLexicon lexicon = new HappeningLexicon();
        int numbered = 0;
        for (int text = 0; text < 3_000; text++) {
            lexicon.startText();
            java.util.List<String> classes = new java.util.ArrayList<>();
            Map<String, Integer> before = new HashMap<>();
            java.util.List<String> classesBefore = new java.util.ArrayList<>();
            int words = 1 + random.nextInt(40);
            for (int k = 0; k < words; k++) {
                String word = PIECES[random.nextInt(PIECES.length)] + (random.nextInt(4) == 0 ? "s" : "");
                int n = lexicon.find(word.toCharArray(), 0, word.length());
                String lemma = lexicon.classIfMayName(n);
                if (lemma == null) {
                    continue;
                }
                Integer known = before.putIfAbsent(lemma, classesBefore.size());
                if (known == null) {
                    classesBefore.add(lemma);
                }
                assertThat(lexicon.classInText(n, classes)).as(word).isEqualTo(before.get(lemma));
                numbered++;
            }
            assertThat(classes).isEqualTo(classesBefore);
        }
        assertThat(numbered).isGreaterThan(20_000);
    }

    /**
     * A word's features, kept with its number, tag as its string does: random runs of the pieces and of numbered
     * words, more words than the lexicon keeps features for (so they are let go and asked again), each run's tags from
     * the lexicon's features the tags of its words.
     */
    @Test
    void aWordsFeaturesTagAsItsStringDoesAfterTheyAreLetGoToo() {
        Random random = new Random(107);
        HappeningLexicon lexicon = new HappeningLexicon();
        int distinct = 0;
        for (int run = 0; distinct <= org.parallax.text.KeptFeatures.KEPT + 2_000; run++) {
            String[] words = new String[1 + random.nextInt(12)];
            WordFeatures[] features = new WordFeatures[words.length];
            for (int k = 0; k < words.length; k++) {
                String word = random.nextInt(3) == 0 ? "w" + run + "x" + k : PIECES[random.nextInt(PIECES.length)];
                int size = lexicon.size();
                int n = lexicon.find(word.toCharArray(), 0, word.length());
                distinct += lexicon.size() - size;
                words[k] = word;
                features[k] = lexicon.features(n);
                assertThat(lexicon.features(n)).as(word).isSameAs(features[k]);
            }
            assertThat(HappeningWords.tags(features)).as(String.join(" ", words))
                    .containsExactly(PartsOfSpeech.ofThisThread().tag(words));
        }
    }

    @Test
    void aThreadsLexiconStartsAgainEmptyOnlyWhenATextStartsAndItIsFull() throws InterruptedException {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                HappeningLexicon first = HappeningLexicon.forText();
                assertThat(first.size()).isZero();
                for (int i = 0; i < HappeningLexicon.KEPT - 1; i++) {
                    char[] word = ("w" + i).toCharArray();
                    first.find(word, 0, word.length);
                }
                assertThat(HappeningLexicon.forText()).isSameAs(first);
                char[] last = "last".toCharArray();
                first.find(last, 0, last.length);
                HappeningLexicon next = HappeningLexicon.forText();
                assertThat(next).isNotSameAs(first);
                assertThat(next.size()).isZero();
                assertThat(HappeningLexicon.forText()).isSameAs(next);
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        thread.start();
        thread.join();
        assertThat(failed.get()).isNull();
    }
}
