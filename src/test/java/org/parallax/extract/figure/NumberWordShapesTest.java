package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.extract.figure.FigureWords.NumberWord;
import org.parallax.extract.figure.FigureWords.Role;

/**
 * A word is looked up as a number word only if its shape is one of theirs ({@link FigureWords#mayBeNumberWord}): on
 * random words made of number words, their pieces, hyphens and letters, the reader finds the number word the map
 * look-up without the test found (kept here as the reference), and so does its reading of a text's words by their
 * chars ({@link NumberReader#numberWordAt}); and the most common words are told apart by shape.
 */
class NumberWordShapesTest {

    private final FigureWords lexicon = FigureWords.get();
    private final NumberReader reader = new NumberReader(new FigureText(
            org.parallax.text.TextAnalyser.shared().analyse("x")), lexicon);

    @Test
    void randomWordsReadAsTheLookUpWithoutTheShapeTestReadThem() {
        List<String> pieces = new ArrayList<>(lexicon.numberWords.keySet());
        pieces.addAll(List.of("-", "-", "s", "y", "ty", "teen", "the", "a", "e", "o", "Two", "FIVE", "é", "ı", "K"));
        Random random = new Random(20261207);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                b.append(random.nextInt(4) == 0 ? piece.substring(0, random.nextInt(piece.length() + 1)) : piece);
            }
            if (b.isEmpty()) {
                continue;
            }
            String word = b.toString();
            FigureToken token = new FigureToken(word, word.toLowerCase(Locale.ROOT), 0, word.length(), Kind.WORD, false);
            NumberWord expected = reference(token);
            found += expected == null ? 0 : 1;
            assertThat(reader.numberWord(token)).as(word).isEqualTo(expected);
        }
        assertThat(found).as("the generator makes number words").isGreaterThan(20_000);
    }

    @Test
    void aTextsWordsReadByTheirCharsAsTheLookUpReadsTheirTokens() {
        List<String> pieces = new ArrayList<>(lexicon.numberWords.keySet());
        pieces.addAll(List.of("-", "-", "s", "y", "ty", "teen", "the", "a", "e", "o", "Two", "FIVE", "TwEnTy", "é", "ı",
                "K", "ſ", "\u212A", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
        Random random = new Random(105);
        int found = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int w = 1 + random.nextInt(8); w > 0; w--) {
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    String piece = pieces.get(random.nextInt(pieces.size()));
                    if (random.nextInt(6) == 0) {
                        piece = piece.toUpperCase(Locale.ROOT);
                    }
                    b.append(random.nextInt(4) == 0 ? piece.substring(0, random.nextInt(piece.length() + 1)) : piece);
                }
                b.append(' ');
            }
            String text = b.toString();
            FigureText ft = new FigureText(org.parallax.text.TextAnalyser.shared().analyse(text));
            NumberReader textReader = new NumberReader(ft, lexicon);
            FigureText tokens = new FigureText(org.parallax.text.TextAnalyser.shared().analyse(text));
            for (int i = 0; i < ft.n; i++) {
                NumberWord expected = tokens.kind(i) == Kind.WORD ? reference(tokens.token(i)) : null;
                found += expected == null ? 0 : 1;
                assertThat(textReader.numberWordAt(i)).as(text + " #" + i).isEqualTo(expected);
            }
        }
        assertThat(found).as("the generator makes number words").isGreaterThan(5_000);
    }

    @Test
    void theCommonestWordsAreToldByShape() {
        for (String w : List.of("the", "of", "and", "to", "in", "said", "that", "for", "with", "was", "he", "his")) {
            assertThat(lexicon.mayBeNumberWord(w)).as(w).isFalse();
        }
        for (String w : List.of("three", "twenty-five", "ninety-nine", "dozens", "million")) {
            assertThat(lexicon.mayBeNumberWord(w)).as(w).isTrue();
        }
    }

    /** The reader's look-up as it was, without the shape test. */
    private NumberWord reference(FigureToken tok) {
        String w = tok.lower();
        NumberWord direct = lexicon.numberWords.get(w);
        if (direct != null) {
            return direct;
        }
        int dash = w.indexOf('-');
        if (dash > 0 && w.indexOf('-', dash + 1) < 0) {
            NumberWord tens = lexicon.numberWords.get(w.substring(0, dash));
            NumberWord units = lexicon.numberWords.get(w.substring(dash + 1));
            if (tens != null && units != null && tens.role() == Role.TEN && units.role() == Role.UNIT
                    && units.value().compareTo(BigDecimal.TEN) < 0 && units.value().signum() > 0) {
                return new NumberWord(tens.value().add(units.value()), Role.TEN);
            }
        }
        return null;
    }
}
