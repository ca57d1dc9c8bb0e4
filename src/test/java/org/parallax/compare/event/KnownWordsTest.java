package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.text.Token;

/**
 * {@link KnownWords} splits as {@link Words#split} does and reads each word as {@link Words#read} of its
 * {@link Words#normalise normal form} does, whatever the table held before (small tables start again often here), and
 * {@link Words#wordEnd(char[], int, int)} ends a word where the string's does.
 */
class KnownWordsTest {

    private static final String[] PIECES = {"a", "Z", "é", "7", "½", "\uD835\uDC00", "\uD83D\uDE00", "\uD835",
        "\uDC00", "'", "’", "-", " ", ".", ",", "; ", " – ", "\n", "中", "Putin", "air-strikes", "don't", "Assad's",
        "Assad’s", "met ", "visits ", "the ", "The ", "THE ", "put-on-hold ", "rebels’ ", "İstanbul ", "ß", "\u00A0",
        "x1", "1990s", "—", "\u2019s", "Ⅻ", "٣", "said", "Said", "airstrikes"};

    @Test
    void aRangeHasTheWordsAndReadingsOfSplittingAndReadingEachWord() {
        Random random = new Random(103);
        for (int most : new int[] {1, 3, 16, 1000, KnownWords.MOST}) {
            KnownWords known = new KnownWords(most);
            for (int n = 0; n < 3000; n++) {
                String text = RandomTexts.of(random, PIECES, 30);
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                KnownWords.Split split = known.split(text.toCharArray(), from, to);
                List<Token> expected = Words.split(text, from, to);
                String where = "'" + text + "' [" + from + ", " + to + ") most " + most;
                assertThat(split.words()).as(where).isEqualTo(expected);
                assertThat(split.readings().length).as(where).isGreaterThanOrEqualTo(expected.size());
                for (int k = 0; k < expected.size(); k++) {
                    assertThat(split.readings()[k]).as(where + " " + expected.get(k).text())
                            .isEqualTo(Words.read(Words.normalise(expected.get(k).text())));
                }
                assertThat(known.size()).isLessThanOrEqualTo(most);
            }
        }
    }

    @Test
    void aWordEndsInTheCharsWhereItEndsInTheText() {
        Random random = new Random(20);
        for (int n = 0; n < 3000; n++) {
            String text = RandomTexts.of(random, PIECES, 20);
            char[] chars = text.toCharArray();
            int to = random.nextInt(text.length() + 1);
            for (int i = 0; i <= to; i++) {
                assertThat(Words.wordEnd(chars, i, to)).as(text + " at " + i + " to " + to)
                        .isEqualTo(Words.wordEnd(text, i, to));
                assertThat(Words.run(chars, i, to)).isEqualTo(Words.run(text, i, to));
            }
        }
    }

    @Test
    void aWordMetAgainIsTheStringAndReadingMadeTheFirstTime() {
        KnownWords known = new KnownWords(KnownWords.MOST);
        String first = "Putin met Assad's envoys.";
        String second = "Later, Putin met the envoys";
        List<Token> a = known.split(first.toCharArray(), 0, first.length()).words();
        KnownWords.Split b = known.split(second.toCharArray(), 0, second.length());

        assertThat(b.words().get(1).text()).isEqualTo("Putin").isSameAs(a.get(0).text());
        assertThat(b.words().get(4).text()).isSameAs(a.get(3).text());
        assertThat(b.readings()[2].lemma()).isEqualTo("meet");
        assertThat(b.readings()[4].lemma()).isEqualTo("envoy");
        assertThat(known.size()).isEqualTo(6); // Putin, met, Assad's, envoys, Later, the
    }

    @Test
    void aFullTableStartsAgain() {
        KnownWords known = new KnownWords(2);
        String text = "one two three";
        List<Token> words = known.split(text.toCharArray(), 0, text.length()).words();

        assertThat(words).extracting(Token::text).containsExactly("one", "two", "three");
        assertThat(known.size()).isEqualTo(1); // "three" came after two: the table started again with it
    }
}
