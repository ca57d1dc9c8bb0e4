package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.text.Token;

class SentenceWordsTest {

    /** Any range of a sentence, one cut inside a word or a surrogate pair too, gives the words splitting it gives. */
    @Test
    void aRangeHasTheWordsSplittingItGives() {
        String[] parts = {"a", "Z", "é", "7", "½", "\uD835\uDC00", "\uD83D\uDE00", "\uD835", "'", "’", "-", " ", ".",
            ",", "; ", " – ", "\n", "中", "Putin", "air-strikes", "don't"};
        Random random = new Random(5);
        for (int n = 0; n < 3000; n++) {
            String text = RandomTexts.of(random, parts, 25);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            SentenceWords words = n % 2 == 0 ? new SentenceWords(text, from, to)
                    : new SentenceWords(text, text.toCharArray(), from, to);
            for (int k = 0; k < 5; k++) {
                int start = from + random.nextInt(to - from + 1);
                int end = start + random.nextInt(to - start + 1);
                assertThat(shown(words.in(start, end))).as(text + " [" + start + ", " + end + ")")
                        .isEqualTo(shown(Words.split(text, start, end)));
            }
            assertThat(shown(words.in(from, to))).isEqualTo(shown(Words.split(text, from, to)));
        }
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoWords() {
        assertThat(new SentenceWords("", 0, 0).in(0, 0)).isEmpty();
        assertThat(new SentenceWords("", 0, 0).all()).isEmpty();
        assertThat(new SentenceWords(".,; – !", 0, 7).in(2, 6)).isEmpty();
    }

    @Test
    void aRangeCutInsideAWordEndsTheWordThere() {
        String text = "Assad's air-strikes on 𝐀𝐁𝐂 began";
        SentenceWords words = new SentenceWords(text, 0, text.length());

        assertThat(shown(words.in(0, 12))).containsExactly("Assad's@0", "air@8"); // the hyphen ends the range
        assertThat(shown(words.in(3, 19))).containsExactly("ad's@3", "air-strikes@8");
        assertThat(shown(words.in(23, 26))).containsExactly("𝐀@23"); // the second letter's pair cut in half
    }

    /**
     * A sentence that may name no action has no range whose words name one (the finder then looks for no clause of
     * it): texts of predicates ("struck"), words that start a multi-word form only ("called off", "put the plan on
     * hold") and other words, every range of them between words asked.
     */
    @Test
    void noRangeNamesAnActionWhereTheSentenceMayNameNone() {
        String[] parts = {"The ", "Acme ", "plan ", "talks ", "on ", "hold ", "off ", "down ", "called ", "put ",
            "stepped ", "air ", "strikes ", "struck ", "met ", "said ", "Putin ", ", ", "; "};
        Random random = new Random(11);
        int named = 0;
        int none = 0;
        for (int n = 0; n < 3000; n++) {
            String text = RandomTexts.of(random, parts, 1 + random.nextInt(8));
            SentenceWords sentence = new SentenceWords(text, text.toCharArray(), 0, text.length());
            boolean may = sentence.mayNameAction();
            List<Token> words = sentence.all();
            boolean anyNames = false;
            for (int a = 0; a < words.size(); a++) {
                for (int b = a + 1; b <= words.size(); b++) {
                    ClauseWords clause = sentence.clause(words.get(a).start(), words.get(b - 1).end(), List.of());
                    anyNames |= Gist.namesAction(clause);
                }
            }
            if (anyNames) {
                assertThat(may).as(text).isTrue();
            }
            named += anyNames ? 1 : 0;
            none += may ? 0 : 1;
        }
        assertThat(named).as("texts with a range naming an action").isGreaterThan(500);
        assertThat(none).as("texts that may name none").isGreaterThan(500);
    }

    private static List<String> shown(List<Token> words) {
        return words.stream().map(t -> t.text() + "@" + t.start()).toList();
    }
}
