package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.text.TextAnalyser;

/**
 * The finder reads a number at a word only if the word is a number word or "a"/"an" ({@code FigureFinder}'s
 * {@code mayStartNumber}): that holds only while the reader finds no number at any other word, which random texts of
 * number words, articles, hyphenated words and plain words check at every word, for every way of asking.
 */
class WordsStartingNoNumberTest {

    private static final String[] PIECES = {"a", "an", "A", "An", "the", "one", "two", "Three", "twenty-five",
        "twenty", "five", "-", "three-hour", "two-thirds", "one-off", "hundred", "and", "dozen", "dozens", "of", "tens",
        "thousands", "million", "Million", "people", "killed", "4,000", "3bn", ",", ".", "\n", "twenty-", "-five",
        "ninety-nine", "sixty-six-six", "scores", "Hundreds", "zero"};

    @Test
    void noOtherWordStartsANumber() {
        FigureWords lexicon = FigureWords.get();
        Random random = new Random(20261207);
        int numbers = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(20); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            }
            FigureText text = new FigureText(TextAnalyser.shared().analyse(b.toString()));
            NumberReader reader = new NumberReader(text, lexicon);
            for (int i = 0; i < text.n; i++) {
                FigureToken tok = text.token(i);
                boolean mayStart = tok.kind() != Kind.WORD || tok.is("a") || tok.is("an") || reader.numberWord(tok) != null;
                for (int ask = 0; ask < 4; ask++) {
                    WrittenNumber read = reader.readNumber(i, ask % 2 == 1, ask >= 2);
                    if (read != null) {
                        numbers++;
                        assertThat(mayStart).as(b + " at " + tok.text()).isTrue();
                    }
                }
            }
        }
        assertThat(numbers).as("the generator makes numbers").isGreaterThan(1_000);
    }
}
