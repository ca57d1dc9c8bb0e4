package org.parallax.extract.quote;

import java.util.List;

/** What the initials of an organisation's name are, and whether a word is such initials ("GM", "UAW"). */
final class Initials {

    private Initials() {
    }

    /**
     * "GM", "UAW", "AT&T": capitals only (not a Roman numeral: "Benedict XVI"). A loop over the chars: every name the
     * registry's second pass learns asks it of its last word, and two streams per word cost more than the rest of
     * the test.
     */
    static boolean acronym(String w) {
        if (w.length() < 2 || w.length() > 6) {
            return false;
        }
        boolean numeral = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isUpperCase(c) && c != '&') {
                return false;
            }
            numeral &= "IVXLC".indexOf(c) >= 0;
        }
        return !numeral;
    }

    /**
     * The initials of a name's key ({@link PersonRegistry#keyOf}: "general", "motors" → "gm"), without "of", "and",
     * "the" and a last word of three or more that is a body's ("Ford Motor Company").
     */
    static String of(SpeechWords lex, List<String> key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            String w = key.get(i);
            boolean suffix = i == key.size() - 1 && i >= 2 && lex.nonPersonWords.contains(w);
            if (!suffix && !w.equals("of") && !w.equals("and") && !w.equals("the")) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
