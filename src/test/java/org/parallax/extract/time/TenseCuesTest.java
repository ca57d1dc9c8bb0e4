package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TenseCuesTest {

    /** The pattern the word loop stands for. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

    @Test
    void findsTheWordsThePatternFinds() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>(RuleCuesTest.texts());
        texts.addAll(List.of("", "'", "it’s a well-known X-ray", "\uD835\uDC00bc \uD83D\uDE00will\uD83D\uDE00 go",
                "\uD83D\uDE00", "a\uD800b\uDC00c", "Ça a été annoncé — il viendra", "12:30, 3-4"));
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            int[] words = new int[text.length() + 1];
            int count = TenseCues.words(text.toCharArray(), words);
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < 2 * count; i += 2) {
                actual.add(words[i] + "-" + words[i + 1]);
            }
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    /**
     * The cues as the tagger found them before a word's string was made only where its hash is a cue's first word's
     * (kept here as the reference): each word and each phrase of up to three words made as a string.
     */
    private static TenseCues.Cues reference(String s) {
        Set<String> future = Set.copyOf(TimeWords.bundled().words("future"));
        Set<String> past = Set.copyOf(TimeWords.bundled().words("past"));
        Set<String> first = new HashSet<>();
        future.forEach(c -> first.add(c.split(" ", -1)[0]));
        past.forEach(c -> first.add(c.split(" ", -1)[0]));
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<int[]> spans = new ArrayList<>();
        List<Tense> tenses = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            Tense t = Tense.NONE;
            String word = s.substring(words.get(i)[0], words.get(i)[1]);
            boolean startsCue = first.contains(word.replace('’', '\''));
            for (int n = startsCue ? Math.min(3, words.size() - i) : 0; n >= 1 && taken == 0; n--) {
                StringBuilder phrase = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    phrase.append(k == 0 ? "" : " ").append(s, words.get(i + k)[0], words.get(i + k)[1]);
                }
                String p = phrase.toString().replace('’', '\'');
                if (future.contains(p)) {
                    t = Tense.FUTURE;
                    taken = n;
                } else if (past.contains(p)) {
                    t = Tense.PAST;
                    taken = n;
                }
            }
            if (taken == 0) {
                if (word.endsWith("'ll") || word.endsWith("’ll")) {
                    t = Tense.FUTURE;
                } else if (word.length() >= 5 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0))
                        && !TenseCues.NOT_PAST.contains(word) && !List.of("be", "being")
                                .contains(MatchText.wordBefore(s, words.get(i)[0]))) {
                    t = Tense.PAST;
                }
                taken = 1;
            }
            if (t != Tense.NONE) {
                spans.add(new int[] {words.get(i)[0], words.get(i + taken - 1)[1]});
                tenses.add(t);
            }
            i += taken;
        }
        return new TenseCues.Cues(spans.stream().mapToInt(x -> x[0]).toArray(),
                spans.stream().mapToInt(x -> x[1]).toArray(), tenses.toArray(new Tense[0]));
    }

    @Test
    void findsTheCuesTheReferenceFinds() throws IOException, URISyntaxException {
        TenseCues cues = new TenseCues(TimeWords.bundled());
        List<String> texts = new ArrayList<>(RuleCuesTest.texts());
        String[] pieces = {"will", "Will", "wo", "n't", "won’t", "is", "are", "set", "to", "for", "due", "be", "being",
            "held", "completed", "delayed", "until", "re-scheduled", "rescheduled", "has", "have", "been", "we'll",
            "we’ll", "'ll", "’ll", "speed", "Needed", "needed", "wicked", "red", "going", "ago", "may", "May", "said",
            "x", "the", "vote", "\uD83D\uDE00", "\uD835\uDC00ed", "it’s", "-", "'", "’", "12", ",", ".", ";",
            "Ça", "été", "annoncé", "worked", "aBed", "ed", "plans", "hopes", "upcoming", "earlier"};
        Random random = new Random(13);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            texts.add(text.toString());
        }
        int found = 0;
        for (String text : texts) {
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                TenseCues.Cues expected = reference(sentence);
                TenseCues.Cues actual = cues.cues(sentence);
                assertThat(actual.starts()).as(sentence).containsExactly(expected.starts());
                assertThat(actual.ends()).as(sentence).containsExactly(expected.ends());
                assertThat(actual.tenses()).as(sentence).containsExactly(expected.tenses());
                found += expected.tenses().length;
            }
        }
        assertThat(found).isGreaterThan(5000);
    }

    @Test
    void readsTheTenseAroundAStretch() {
        TenseCues cues = new TenseCues(TimeWords.bundled());
        String s = "The minister will meet them on Friday; they met on Monday.";
        assertThat(cues.tense(s, s.indexOf("Friday"), s.indexOf("Friday") + 6)).isEqualTo(Tense.FUTURE);
        assertThat(cues.tense(s, s.indexOf("Monday"), s.indexOf("Monday") + 6)).isEqualTo(Tense.PAST);
    }
}
