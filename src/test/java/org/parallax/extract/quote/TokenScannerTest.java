package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenScannerTest {

    /** The pattern the scanner stands for (what {@link ArticleText} matched before). */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\p{N}]++(?:[-'’‐][\\p{L}\\p{M}\\p{N}]++)*+|\\S");

    private static List<String> byPattern(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.start() + ":" + m.end());
        }
        return out;
    }

    private static List<String> byScanner(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            if (TokenScanner.space(s.charAt(i))) {
                i++;
                continue;
            }
            int end = TokenScanner.end(s.toCharArray(), i);
            out.add(i + ":" + end);
            i = end;
        }
        return out;
    }

    private static List<String> texts(String s) {
        return byScanner(s).stream().map(r -> {
            String[] p = r.split(":");
            return s.substring(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        }).toList();
    }

    @Test
    void wordsInitialsHyphensAndApostrophesAreOneTokenEach() {
        assertThat(texts("The U.S. envoy, al-Assad’s ally, said: “No.”"))
                .containsExactly("The", "U.S.", "envoy", ",", "al-Assad’s", "ally", ",", "said", ":", "“", "No", ".",
                        "”");
        assertThat(texts("U.S ‐x- A.B.cd 'quoted' rock’n’roll"))
                .containsExactly("U", ".", "S", "‐", "x", "-", "A.B.", "cd", "'", "quoted", "'", "rock’n’roll");
    }

    @Test
    void emptyAndBlankTextsHaveNoTokens() {
        assertThat(byScanner("")).isEmpty();
        assertThat(byScanner(" \t\n\u000B\f\r")).isEmpty();
        assertThat(texts("\u00A0")).containsExactly("\u00A0"); // a no-break space is no \s of the pattern
    }

    @Test
    void aSurrogatePairIsOneCodePointAndALoneSurrogateOneChar() {
        String math = "\uD835\uDC00"; // MATHEMATICAL BOLD CAPITAL A: an upper-case letter beyond the BMP
        String emoji = "\uD83D\uDE00";
        assertThat(texts(math + "." + math + ". x" + emoji + "y \uD800 \uDC00z"))
                .containsExactly(math + "." + math + ".", "x", emoji, "y", "\uD800", "\uDC00", "z");
        assertThat(texts("ab\uD800")).containsExactly("ab", "\uD800");
    }

    @Test
    void theScannerFindsWhatThePatternFinds() {
        String[] parts = {"A", "b", "Z", ".", "-", "'", "’", "‐", " ", "\n", "\t", "\u00A0", "“", "”", "\"", ",",
            "7", "\u0301", "\u01C5", "\u02B0", "\u2160", "\u00BD", "\uD835\uDC00", "\uD835\uDC1A", "\uD83D\uDE00", "\uD800",
            "\uDC00", "x", "É", "ß", "\u0663", "\u0488", "\u0903", "\u24B6", "AB", "a.b", "U.S."};
        Random random = new Random(20);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int k = 0; k < len; k++) {
                b.append(random.nextInt(8) == 0 ? Character.toString(random.nextInt(0x30000))
                        : parts[random.nextInt(parts.length)]);
            }
            String s = b.toString();
            assertThat(byScanner(s)).as("%s", s.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(byPattern(s));
        }
    }

    @Test
    void theLatin1TableIsTheGeneralCategories() {
        for (char c = 0; c < 256; c++) {
            int type = Character.getType(c);
            boolean word = Character.isLetter(c) || Character.isDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
            assertThat(TokenScanner.latin1(c) & TokenScanner.WORD_CHAR).as("%x", (int) c).isEqualTo(word ? 1 : 0);
            assertThat((TokenScanner.latin1(c) & TokenScanner.UPPER) != 0).as("%x", (int) c)
                    .isEqualTo(type == Character.UPPERCASE_LETTER);
        }
    }

    @Test
    void everyLatin1CharBesideWordsAndInitialsGivesThePatternsTokens() {
        String[] around = {"", "a", "A", "A.", "A.B.", "-", "’", "7", " ", "x-", "\u0301", "\uD835\uDC00"};
        for (char c = 0; c < 256; c++) {
            for (String before : around) {
                for (String after : around) {
                    String s = before + c + after + c + "." + c;
                    assertThat(byScanner(s)).as("%s", s).isEqualTo(byPattern(s));
                }
            }
        }
    }
}
