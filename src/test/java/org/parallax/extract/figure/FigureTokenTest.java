package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.extract.figure.FigureTokens.Kind;

/**
 * A scanned token makes its strings only when asked, and what it answers before then is what its strings answer: on
 * random texts of words, number words, capitals, curly quotes and the chars whose case folds to ASCII ("ı", "ſ", the
 * Kelvin sign), each untouched token's {@code is}, shape test, first char and capital are those of its text, as the
 * token record computed them from its strings (kept here as the reference).
 */
class FigureTokenTest {

    private static final String[] PIECES = {"a", "an", "A", "AN", "An", "of", "OF", "to", "and", "or", "from", "the",
        "three", "Three", "THREE", "twenty-five", "dozens", "tens", "one", "aged", "age", "between", "by", "in", "ın",
        "ıN", "İn", "ſ", "\u212A", "Σ", "é", "É", "-", "–", "’", "'", ".", "&", "#", ",", "“", "”", "$", "US$", "4,000",
        "20th", "s", "x", "𝐀", "\u0301", " ", " ", " ", " ", "\n"};
    /** Every string the figure reader asks a token whether it is, and some the ASCII path must hand over. */
    private static final List<String> ASKED = List.of("of", "–", "and", "-", "to", "tens", "or", "from", "an", "a",
        "’", "one", "in", "dozens", "by", "between", "aged", "age", ".", "'", "&", "#", "ı", "K", "\u212A", "S", "ſ",
        "İ", "in\u0307", "σ");

    private final FigureWords lexicon = FigureWords.get();

    @Test
    void anUntouchedTokenAnswersAsItsStringsDo() {
        Random random = new Random(20261207);
        int compared = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(10); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            for (FigureToken tok : FigureTokens.of(text)) {
                String word = text.substring(tok.start(), tok.end());
                String lower = word.toLowerCase(Locale.ROOT);
                String s = ASKED.get(random.nextInt(ASKED.size()));
                assertThat(tok.is(s)).as(word + " is " + s).isEqualTo(word.length() == s.length()
                        && word.equalsIgnoreCase(s));
                assertThat(tok.ascii()).as(word).isEqualTo(word.chars().allMatch(c -> c < 128));
                assertThat(tok.charAt(0)).as(word).isEqualTo(word.charAt(0));
                assertThat(tok.isCapitalised()).as(word)
                        .isEqualTo(tok.kind() == Kind.WORD && Character.isUpperCase(word.charAt(0)));
                if (tok.kind() == Kind.WORD) {
                    assertThat(lexicon.mayBeNumberWord(tok)).as(word).isEqualTo(lexicon.mayBeNumberWord(lower));
                }
                assertThat(tok.text()).isEqualTo(word);
                assertThat(tok.lower()).isEqualTo(lower);
                assertThat(tok.is(s)).as(word + " is " + s + " once its text is made")
                        .isEqualTo(word.length() == s.length() && word.equalsIgnoreCase(s));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(50_000);
    }

    @Test
    void aCaseFoldToAsciiIsHandedToTheStrings() {
        FigureToken in = FigureTokens.of("in").get(0);
        assertThat(in.is("ın")).isEqualTo("in".equalsIgnoreCase("ın")).isTrue();
        assertThat(FigureTokens.of("k").get(0).is("\u212A")).isTrue();
        assertThat(FigureTokens.of("ın").get(0).is("IN")).isTrue();
    }
}
