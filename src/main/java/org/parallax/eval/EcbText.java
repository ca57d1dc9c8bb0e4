package org.parallax.eval;

import java.util.regex.Pattern;

/**
 * Joins ECB+ tokens back into newspaper text, remembering each token's offsets: punctuation and clitics touch the
 * word before them ({@code Jul 2 , 2013} → "Jul 2, 2013", {@code Indonesia 's} → "Indonesia's"), opening brackets
 * and quotes the word after them, {@code `` ''} become “ ”. Sentences are separated by a line break, or a blank line
 * after one that does not end like a sentence (a headline, a dateline), so the sentence splitter and the date
 * readers see what a reader of the article would. (MEANTIME and TimeML use {@link TextBuilder}; ECB+ text is
 * rebuilt this way so that datelines such as "Tue Jul 2, 2013" can be read.)
 */
final class EcbText {

    private static final Pattern CLOSING = Pattern.compile("[,.;:!?%)\\]}]+|''|”|’|(?i)'(s|re|ve|ll|d|m)|n't|'");
    private static final Pattern OPENING = Pattern.compile("[(\\[{$#]|``|“|‘");

    private final StringBuilder text = new StringBuilder();
    private String sentence;
    private boolean glueNext;
    private boolean quoteOpen;

    /** Appends a token of sentence {@code sentenceId}; returns its {@code [start, end)}. */
    int[] token(String sentenceId, String token) {
        String t = token;
        boolean closing = CLOSING.matcher(t).matches();
        boolean opening = OPENING.matcher(t).matches();
        if (t.equals("``")) {
            t = "“";
            quoteOpen = true;
        } else if (t.equals("''") || t.equals("\"")) {
            if (quoteOpen || t.equals("''")) {
                t = "”";
                closing = true;
                opening = false;
                quoteOpen = false;
            } else {
                t = "“";
                opening = true;
                quoteOpen = true;
            }
        }
        if (sentence == null || !sentence.equals(sentenceId)) {
            if (text.length() > 0) {
                char c = text.charAt(text.length() - 1);
                text.append(c == '.' || c == '!' || c == '?' || c == '”' ? "\n" : "\n\n");
            }
            sentence = sentenceId;
            glueNext = false; // a quote stays open across sentences: quotations run over several
        } else if (!glueNext && !closing) {
            text.append(' ');
        }
        glueNext = opening;
        int start = text.length();
        text.append(t);
        return new int[] {start, text.length()};
    }

    String text() {
        return text.toString();
    }
}
