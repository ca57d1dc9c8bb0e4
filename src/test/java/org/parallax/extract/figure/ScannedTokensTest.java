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
 * token made afterwards. What the finder compares a token with (a word or a mark, case aside; a set of marks; whether it
 * is in lower case and how long that is; the word before it) the arrays answer as the token's text does.
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

    /** Strings the finder compares tokens with, and those whose case folds to an ASCII char's or has none. */
    private static final String[] PROBES = {"a", "an", "of", "and", "or", "&", "to", "-", "–", "—", ".", "'", "’", "#",
        "s", "ſ", "k", "\u212A", "in", "ın", "İn", "aged", "age", "tens", "dozens", "one", "three", "é", "É", "Σ", "σ"};
    /** The mark sets the finder asks a token to be one of. */
    private static final String[] MARKS = {"-/.:–,", "/.:,", "-–", "-/.:–"};

    @Test
    void theArraysAnswerTheFindersComparisonsAsTheTokensTextDoes() {
        String[] pieces = java.util.stream.Stream.concat(java.util.Arrays.stream(PIECES),
                java.util.stream.Stream.of("–", "—", "/", ":", "aged", "Age", "AGED", "S", "K", "Tens", "#", "'"))
                .toArray(String[]::new);
        Random random = new Random(142);
        int compared = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(10); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            ScannedTokens scanned = FigureTokens.scan(text, text.toCharArray());
            ScannedTokens reference = FigureTokens.scan(text, text.toCharArray());
            for (int i = 0; i < scanned.count(); i++) {
                String word = text.substring(reference.token(i).start(), reference.token(i).end());
                String lower = word.toLowerCase(Locale.ROOT);
                for (String probe : PROBES) {
                    assertThat(scanned.is(i, probe)).as("%s is %s", word, probe).isEqualTo(word.equalsIgnoreCase(probe));
                }
                assertThat(scanned.length(i)).isEqualTo(word.length());
                assertThat(scanned.notLowerCase(i)).as(word).isEqualTo(!word.equals(lower));
                for (int most = 0; most < 4; most++) {
                    if (scanned.lowerLongerThan(i, most)) {
                        assertThat(lower.length()).as(word).isGreaterThan(most);
                    }
                }
                compared++;
            }
            FigureText ft = new FigureText(TextAnalyser.shared().analyse(text));
            for (int i = 0; i < ft.n; i++) {
                String word = ft.token(i).text();
                for (String marks : MARKS) {
                    assertThat(ft.oneCharOf(i, marks)).as("%s in %s", word, marks).isEqualTo(marks.contains(word));
                }
                // the word before, a full stop between aside, in the same sentence, as the finder's token list read it
                int k = i >= 1 && ft.token(i - 1).is(".") ? i - 2 : i - 1;
                int before = k >= 0 && ft.token(k).isWord() && ft.sameSentence(k, i) ? k : -1;
                assertThat(ft.previousWord(i)).as(text).isEqualTo(before);
            }
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
            // "Nobody" has the shape of "ninety", but an ASCII word is looked up by its chars: it is not made either
            if (ft.sentenceOf(i) != 1) {
                assertThat(made[i]).as("token %d", i).isNull();
                unmade++;
            }
        }
        assertThat(unmade).isGreaterThan(6);
    }

    @Test
    void featuresReadBeforeATokenIsMadeMakeNoneAndItTakesTheKeptText() {
        Random random = new Random(133);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random);
            ScannedTokens scanned = FigureTokens.scan(text, text.toCharArray());
            boolean[] read = new boolean[scanned.count()];
            WordStrings words = WordStrings.ofThisThread();
            for (int i = 0; i < scanned.count(); i++) {
                if (random.nextBoolean()) {
                    read[i] = true;
                    scanned.features(i, words);
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
                if (read[i] && (token.end() - token.start() > 1 || text.charAt(token.start()) >= 128)) {
                    // the kept word's string, taken when its features were read
                    char[] chars = text.toCharArray();
                    assertThat(token.text()).isSameAs(words.string(words.number(chars, token.start(), token.end())));
                }
            }
        }
    }

    @Test
    void aTextsClausesTagByTheKeptFeaturesAsByTheirTokensStrings() {
        Random random = new Random(151);
        org.parallax.text.PartsOfSpeech strings = org.parallax.text.PartsOfSpeech.ofThisThread();
        String[] addresses = {"www.example.com", "https://example.org/a/b", "example.co.uk/x"};
        for (int round = 0; round < 3_000; round++) {
            String text = randomText(random) + (random.nextInt(4) == 0 ? " " + addresses[random.nextInt(3)] + " " : " ")
                    + randomText(random) + " " + Integer.toString(random.nextInt(50_000), 36);
            FigureText figures = new FigureText(TextAnalyser.shared().analyse(text));
            int count = figures.n;
            if (count == 0) {
                continue;
            }
            // the words by their tokens' strings, as the tagger was handed them before ("URL" for an address)
            String[] words = new String[count];
            for (int i = 0; i < count; i++) {
                words[i] = figures.kind(i) == Kind.ADDRESS ? "URL" : figures.token(i).text();
            }
            FigureText fresh = new FigureText(TextAnalyser.shared().analyse(text));
            int from = random.nextInt(count);
            if (random.nextBoolean()) {
                fresh.token(from); // a token made before its features are read
            }
            assertThat(new PartsOfSpeech().tag(fresh, from, count)).as(text)
                    .containsExactly(strings.tag(java.util.Arrays.copyOfRange(words, from, count)));
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
