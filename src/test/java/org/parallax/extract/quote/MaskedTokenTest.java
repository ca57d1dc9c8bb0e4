package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MaskedTokenTest {

    private static MaskedToken token(String text) {
        return MaskedToken.of(text, false);
    }

    @Test
    void lowerBareIsTheBareWordInLowerCase() {
        for (String w : List.of("Putin’s", "Putin's", "PUTIN'S", "Putin", "'s", "it’s", "Straße's", "İstanbul's")) {
            assertThat(token(w).lowerBare()).as(w).isEqualTo(token(w).bare().toLowerCase(Locale.ROOT));
        }
        assertThat(token("Putin’s").lowerBare()).isEqualTo("putin");
        assertThat(token("PUTIN'S").lowerBare()).isEqualTo("putin's"); // only a lower-case "s" is a possessive
    }

    @Test
    void aWordStartsWithALetterOrDigit() {
        assertThat(token("Putin").isWord()).isTrue();
        assertThat(token("2024").isWord()).isTrue();
        assertThat(token("𝐀bc").isWord()).isTrue(); // a letter beyond the first plane
        assertThat(token(",").isWord()).isFalse();
        assertThat(token("“").isWord()).isFalse();
    }

    /** The word tests as they were, asked at every call; the record now answers them from facts made once. */
    private static final class Reference {
        static String bare(String t) {
            if (t.length() > 2 && (t.endsWith("’s") || t.endsWith("'s"))) {
                return t.substring(0, t.length() - 2);
            }
            return t;
        }

        static boolean possessive(String t) {
            return !bare(t).equals(t);
        }

        static boolean capitalised(String text, boolean quoted) {
            if (quoted || !Character.isLetterOrDigit(text.codePointAt(0))) {
                return false;
            }
            if (Character.isUpperCase(text.codePointAt(0))) {
                return true;
            }
            int dash = text.indexOf('-');
            return dash > 0 && dash < 4 && dash + 1 < text.length() && Character.isUpperCase(text.charAt(dash + 1));
        }
    }

    @Test
    void factsMadeOnceAnswerAsTheTestsAtEveryCall() {
        String[] pieces = {"a", "A", "al", "-", "’", "'", "s", "S", "Putin", "x", "É", "é", "1", "İ", "ß", "𝐀", ".",
            "“", "Ǆ", "ǅ", "-A", "’s", "'s", "bin"};
        Random random = new Random(20);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String w = b.toString();
            boolean quoted = random.nextInt(4) == 0;
            MaskedToken t = MaskedToken.of(w, quoted);
            assertThat(t.capitalised()).as(w + (quoted ? " quoted" : "")).isEqualTo(Reference.capitalised(w, quoted));
            assertThat(t.possessive()).as(w).isEqualTo(Reference.possessive(w));
            assertThat(t.bare()).as(w).isEqualTo(Reference.bare(w));
            assertThat(t.lowerBare()).as(w).isEqualTo(Reference.bare(w).toLowerCase(Locale.ROOT));
        }
    }

    /** The words the rules ask {@code is} of, and chars that match an ASCII letter but for case without being one. */
    private static final String[] ASKED = {"of", "for", "to", "the", "it", "that", "according", "speaking", "a", "an",
        "as", "is", "ski", "kiss"};

    @Test
    void isAnswersAsComparingButForCaseDid() {
        String[] pieces = {"o", "O", "f", "F", "r", "t", "T", "h", "e", "i", "I", "ı", "İ", "s", "S", "ſ", "k", "K",
            "\u212a", "a", "A", "n", "c", "d", "g", "p", "ß", "É", "’", "x"};
        Random random = new Random(21);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            String asked = ASKED[random.nextInt(ASKED.length)];
            if (random.nextBoolean()) { // the asked word with some chars changed for look-alikes
                for (char c : asked.toCharArray()) {
                    b.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : String.valueOf(c));
                }
            } else {
                int parts = 1 + random.nextInt(9);
                for (int p = 0; p < parts; p++) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            String w = b.toString();
            boolean quoted = random.nextInt(4) == 0;
            MaskedToken t = MaskedToken.of(w, quoted);
            assertThat(t.is(asked)).as(w + " is " + asked).isEqualTo(w.equalsIgnoreCase(asked));
            // the name-run rules asked these two with is() and !quoted() at every token
            assertThat(t.ofOrFor()).as(w + " of or for").isEqualTo(!t.quoted() && (t.is("of") || t.is("for")));
            assertThat(t.lowerWord()).as(w).isEqualTo(!quoted && Character.isLetterOrDigit(w.codePointAt(0))
                    && Character.isLowerCase(w.charAt(0)));
        }
        assertThat(token("ıt").is("it")).isTrue(); // a dotless i is an i but for case
        assertThat(token("ſo").is("so")).isTrue();
        assertThat(token("Of").is("of")).isTrue();
        assertThat(token("off").is("of")).isFalse();
        assertThat(token("FoR").ofOrFor()).isTrue();
        assertThat(MaskedToken.of("of", true).ofOrFor()).isFalse();
        assertThat(token("off").ofOrFor()).isFalse();
    }

    @Test
    void aQuotedWordIsMaskedAsX() {
        assertThat(MaskedToken.QUOTED_WORD).isEqualTo(MaskedToken.of("x", true));
        assertThat(MaskedToken.QUOTED_WORD.quoted()).isTrue();
    }

    @Test
    void isPunctAnswersAsTheTextsOneChar() {
        char[] asked = {'.', ',', ':', ';', '(', ')', '—', '–', '“', 'x', 'a', '\uffff', '\u8000', '\ud83d', '\u0000'};
        Random random = new Random(22);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(3);
            for (int k = 0; k < length; k++) {
                b.append(random.nextBoolean() ? asked[random.nextInt(asked.length)] : (char) random.nextInt(0x10000));
            }
            String w = b.toString();
            MaskedToken t = MaskedToken.of(w, random.nextInt(4) == 0);
            for (char c : asked) {
                assertThat(t.isPunct(c)).as(w + " is " + c).isEqualTo(w.length() == 1 && w.charAt(0) == c);
            }
            char c = (char) random.nextInt(0x10000);
            assertThat(t.isPunct(c)).as(w + " is " + c).isEqualTo(w.length() == 1 && w.charAt(0) == c);
        }
    }
}
