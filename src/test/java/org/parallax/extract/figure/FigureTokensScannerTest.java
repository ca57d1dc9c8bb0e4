package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.extract.figure.FigureTokens.Kind;

/**
 * The scanner reads every text into the tokens the single pattern it replaced found: the pattern is kept here as the
 * reference, and random texts made of the pieces where the kinds meet (digits and separators, capitals and points,
 * apostrophes and hyphens, marks, letters and digits outside the Basic Multilingual Plane, currency signs, address
 * parts, white space and a no-break space) must tokenise alike.
 */
class FigureTokensScannerTest {

    private static final Pattern REFERENCE = Pattern.compile(
            "(?<address>(?:https?://|www\\.)[^\\s\"“”<>]++|[\\w.+-]{1,64}+@[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+){1,8}+"
            + "|\\b(?:[\\w-]{1,63}+\\.){1,8}(?:com|org|net|gov|edu|info|co|uk|au|ru|de|fr|io|news)(?:/[^\\s\"“”<>]*+)?"
            + "(?!\\w)(?!\\.\\w))"
            + "|(?<currency>(?:US|AU|NZ|HK|CA|A|C|S)\\$|[$€£¥₽₹])"
            + "|(?<numword>\\d{1,64}+(?:[.,]\\d{1,64}+){0,8}+\\p{L}[\\p{L}/]*+)"
            + "|(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d++)?|\\d++(?:\\.\\d++)?)"
            + "|(?<word>(?:\\p{Lu}\\.){2,12}+(?!\\p{L})|[\\p{L}][\\p{L}\\p{M}\\p{N}]*+(?:['’][\\p{L}]++)*+"
            + "(?:[-‐‑][\\p{L}\\p{N}]++(?:['’][\\p{L}]++)*+)*+)"
            + "|(?<symbol>\\S)");

    private static final String[] PIECES = {"1", "23", "456", "7890", ",", ",000", ".", ".5", "0", "a", "bn", "th",
        "km", "s", "/", "U", "S", "A", "U.", "S.", "N.", "Russia", "’", "'", "s", "-", "‐", "‑", "24", "é", "\u0301",
        "𝐀", "𝐚", "𝟏", "Ⅻ", "½", "😀", "$", "US$", "A$", "C", "€", "£", " ", "  ", "\n", "\t", "\u00A0", "www.",
        "http://", "@", "x", ".com", ".co", ".uk", "news", "“", "”", "<", "%", "_", "+", "\uD800", "ǅ", "AU$", "NZ$",
        "HK", "CA", "S$", "H", "N", "Z", "¥", "₽", "₹", "$$"};

    @Test
    void randomTextsTokeniseAsThePatternDid() {
        Random random = new Random(20261206);
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            assertThat(read(FigureTokens.of(text))).as(text).isEqualTo(read(reference(text)));
        }
    }

    @Test
    void boundsAndEdgesTokeniseAsThePatternDid() {
        for (String text : List.of("", " ", "1".repeat(70) + "km", "1" + ".2".repeat(9) + "x", "1" + ".2".repeat(8) + "x",
                "A.B.C.D.E.F.G.H.I.J.K.L.M. x", "A.B.C.D.E.F.G.H.I.J.K.L. x", "U.S.Army", "1,2345", "12,345.67.8",
                "see bbc.co.uk. Then", "mail a.b@c.d.e now", "rock'n'roll-’em", "CA$5 and CAD 5", "\uDC00x",
                "x\uD835", "the 1980s/90s")) {
            assertThat(read(FigureTokens.of(text))).as(text).isEqualTo(read(reference(text)));
        }
    }

    static List<String> read(List<FigureToken> tokens) {
        return tokens.stream().map(t -> t.kind() + ":" + t.start() + "-" + t.end() + ":" + t.text() + ":" + t.lower()
                + ":" + t.spaceBefore()).toList();
    }

    /** The tokens the scanner's pattern gave, the reference (ScannedTokensTest reads it too). */
    static List<FigureToken> reference(String text) {
        List<FigureToken> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        int last = 0;
        while (m.find()) {
            Kind kind = m.start("address") >= 0 ? Kind.ADDRESS : m.start("currency") >= 0 ? Kind.CURRENCY
                    : m.start("numword") >= 0 ? Kind.NUMBER_WORD : m.start("number") >= 0 ? Kind.NUMBER
                    : m.start("word") >= 0 ? Kind.WORD : Kind.SYMBOL;
            out.add(new FigureToken(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end(), kind,
                    m.start() > last));
            last = m.end();
        }
        return out;
    }
}
