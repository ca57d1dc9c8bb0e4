package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.text.TextAnalyser;

/**
 * The scanned tokens answer what figures ask of every token without making it, as the token's strings answer (the
 * reference, as the token record computed it): on random texts of words, "a" and "an" in every case, number words,
 * the chars whose case folds to ASCII ("ı", "ſ", the Kelvin sign), accents and curly quotes, each token's kind, start,
 * first char, "a"-or-"an" and number-word shape test; the made token is the one of the whole list; and after a text's
 * figures are read, the words of sentences without a number were never made (but those shaped as a number word);
 * a token's text read before it is made (as the tagger reads its clauses) makes no token and is the text of the
 * token made afterwards.
 */
class ScannedTokensTest {

    private static final String[] PIECES = {"a", "an", "A", "AN", "An", "aN", "ab", "of", "and", "three", "Three",
        "twenty-five", "dozens", "one", "ın", "ıN", "İn", "ſ", "\u212A", "á", "Σ", "é", "É", "-", "’", ".", ",", "“",
        "$", "US$", "4,000", "20th", "s", "x", "𝐀", "\u0301", " ", " ", " ", " ", "\n"};

    private final FigureWords lexicon = FigureWords.get();

    /** One to ten of {@link #PIECES} in a row, at random. */
    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = 1 + random.nextInt(10); k > 0; k--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void everyTokenAnswersAsItsStringsDoBeforeItIsMade() {
        Random random = new Random(86);
        int compared = 0;
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random);
            ScannedTokens scanned = FigureTokens.scan(text, text.toCharArray());
            for (int i = 0; i < scanned.count(); i++) {
                Kind kind = scanned.kind(i);
                boolean aOrAn = scanned.isAOrAn(i);
                boolean numberShape = kind == Kind.WORD && scanned.mayBeNumberWord(i, lexicon);
                FigureToken token = scanned.token(i);
                String word = text.substring(token.start(), token.end());
                String lower = word.toLowerCase(Locale.ROOT);
                assertThat(kind).isEqualTo(token.kind());
                assertThat(scanned.firstChar(i)).isEqualTo(word.charAt(0));
                assertThat(aOrAn).as(word).isEqualTo(word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an"));
                if (kind == Kind.WORD) {
                    assertThat(numberShape).as(word).isEqualTo(lexicon.mayBeNumberWord(lower));
                }
                assertThat(scanned.token(i)).isSameAs(token);
                compared++;
            }
            // the arrays' tokens against the pattern the scanner stands in for, not against the scanner itself
            assertThat(FigureTokensScannerTest.read(scanned.all())).as(text)
                    .isEqualTo(FigureTokensScannerTest.read(FigureTokensScannerTest.reference(text)));
        }
        assertThat(compared).isGreaterThan(50_000);
    }

    @Test
    void theWordsOfSentencesWithoutANumberAreNeverMade() {
        String text = "Officials met on Tuesday. They said 120 civilians died in the attack. Nobody else spoke then.";
        FigureText ft = new FigureText(TextAnalyser.shared().analyse(text));
        assertThat(new FigureFinder("a", ft, lexicon).run()).extracting(c -> c.text()).containsExactly("120 civilians");
        FigureToken[] made = made(ft);
        int unmade = 0;
        for (int i = 0; i < ft.n; i++) {
            // "Nobody" has the shape of "ninety": such a word is made, to be looked up
            if (ft.sentenceOf(i) != 1 && !(ft.kind(i) == Kind.WORD && ft.mayBeNumberWord(i, lexicon))) {
                assertThat(made[i]).as("token %d", i).isNull();
                unmade++;
            }
        }
        assertThat(unmade).isGreaterThan(6);
    }

    @Test
    void aTextReadBeforeItsTokenIsMadeIsTheTokensAndMakesNone() {
        Random random = new Random(133);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random);
            ScannedTokens scanned = FigureTokens.scan(text, text.toCharArray());
            boolean[] read = new boolean[scanned.count()];
            for (int i = 0; i < scanned.count(); i++) {
                if (random.nextBoolean()) {
                    read[i] = true;
                    assertThat(scanned.text(i)).as(text).isEqualTo(text.substring(start(text, i), end(text, i)));
                }
            }
            for (int i = 0; i < scanned.count(); i++) {
                assertThat(made(scanned)[i]).as("token %d of %s, its text read: %s", i, text, read[i]).isNull();
            }
            // made afterwards, with a text read before or not, each answers as a token made from the text alone
            ScannedTokens fresh = FigureTokens.scan(text, text.toCharArray());
            for (int i = 0; i < scanned.count(); i++) {
                FigureToken token = scanned.token(i);
                FigureToken reference = fresh.token(i);
                assertThat(token.text()).isEqualTo(reference.text());
                assertThat(token.lower()).isEqualTo(reference.lower());
                assertThat(token.length()).isEqualTo(reference.length());
                for (String piece : PIECES) {
                    assertThat(token.is(piece)).as(token + " is " + piece).isEqualTo(reference.is(piece));
                }
                assertThat(scanned.text(i)).isSameAs(token.text());
            }
        }
    }

    /** The start of token i of {@code text}, from a token of a scan of its own (so the scan under test makes none). */
    private static int start(String text, int i) {
        return FigureTokens.scan(text, text.toCharArray()).token(i).start();
    }

    /** The end of token i of {@code text}, from a token of a scan of its own (so the scan under test makes none). */
    private static int end(String text, int i) {
        return FigureTokens.scan(text, text.toCharArray()).token(i).end();
    }

    private static FigureToken[] made(ScannedTokens scanned) {
        try {
            Field made = ScannedTokens.class.getDeclaredField("made");
            made.setAccessible(true);
            return (FigureToken[]) made.get(scanned);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The tokens made so far: the text's state, which nothing else shows. */
    private static FigureToken[] made(FigureText ft) {
        try {
            Field tokens = FigureText.class.getDeclaredField("tokens");
            tokens.setAccessible(true);
            Field made = ScannedTokens.class.getDeclaredField("made");
            made.setAccessible(true);
            return (FigureToken[]) made.get(tokens.get(ft));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
