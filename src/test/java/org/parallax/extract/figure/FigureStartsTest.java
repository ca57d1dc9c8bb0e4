package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.text.TextAnalyser;

/**
 * The finder skips the tokens {@link ScannedTokens#nextMayStartFigure} steps over: that holds only while it steps over
 * no token the finder's own test lets through (a currency sign, a number, a number glued to letters,
 * "a"/"an", a number word: the reference, kept here as the finder asked it), which random texts of every kind of
 * token, ASCII and not, check at every token; and it must still skip most words.
 */
class FigureStartsTest {

    private static final String[] PIECES = {"a", "an", "A", "AN", "An", "aN", "the", "one", "two", "Three",
        "twenty-five", "Twenty-Five", "hundred", "dozen", "dozens", "tens", "thousands", "million", "people", "killed",
        "4,000", "2.5", "3bn", "20th", "$", "US$", "€", "£", "%", ",", ".", "\n", "\n\n", "www.example.com",
        "a@b.org", "G20", "Su-24", "ﬁve", "İ", "ı", "Ａ", "an’s", "Russia’s", "ö", "dreißig", "twenty-ﬁve", "K",
        "ten", "Ten", "eleven", "zero", "scores", "and", "—", "“", "”", "😀", "aa", "ana"};

    @Test
    void noTokenTheFinderReadsIsSkipped() {
        FigureWords lexicon = FigureWords.get();
        Random random = new Random(20261207L);
        int starts = 0;
        int skippedWords = 0;
        int words = 0;
        for (int round = 0; round < 4_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(24); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            }
            FigureText text = new FigureText(TextAnalyser.shared().analyse(b.toString()));
            NumberReader reader = new NumberReader(text, lexicon);
            int next = text.nextMayStartFigure(0, lexicon);
            for (int i = 0; i < text.n; i++) {
                boolean skipped = i != next;
                if (!skipped) {
                    next = text.nextMayStartFigure(i + 1, lexicon);
                }
                FigureToken tok = text.token(i);
                Kind kind = tok.kind();
                boolean reference = kind == Kind.CURRENCY || kind == Kind.NUMBER || kind == Kind.NUMBER_WORD
                        || (kind == Kind.WORD && (tok.is("a") || tok.is("an") || reader.numberWord(tok) != null));
                if (reference) {
                    starts++;
                    assertThat(skipped).as(b + " at " + tok).isFalse();
                }
                if (kind == Kind.WORD) {
                    words++;
                    skippedWords += skipped ? 1 : 0;
                }
            }
        }
        assertThat(starts).as("the generator makes figure starts").isGreaterThan(10_000);
        assertThat(skippedWords).as("most words that are no number word are skipped").isGreaterThan(words / 4);
    }
}
