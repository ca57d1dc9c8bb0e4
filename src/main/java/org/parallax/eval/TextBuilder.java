package org.parallax.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Joins tokens into a text, a space between tokens and a line break between sentences, and remembers offsets.
 *
 * <p>With {@linkplain #TextBuilder(boolean) quote marks rebuilt} (MEANTIME), the tokeniser's quotation marks become
 * ordinary typographic ones written as a newspaper would: {@code ``} becomes “ and {@code ''} ” (a {@code ''} with
 * no quote open opens one, as some sources write it; a straight {@code "} opens or closes likewise), {@code `} becomes ‘ and a lone {@code '} closing it ’; an
 * opening mark touches the token after it and a closing mark the token before it ({@code `` We are ready , ''}
 * → {@code “We are ready ,”}). A clitic split off its word goes back onto it ({@code aircraft 's} → {@code
 * aircraft's}, {@code investors '} → {@code investors'}, {@code O' Leary} → {@code O'Leary}), or its apostrophe
 * would open a quote. A sentence that
 * does not end like one (a title, a dateline) ends its paragraph (a blank line), as it would in an article, so the
 * headline never runs into the first sentence. The offsets returned are those of the rebuilt tokens, so spans
 * stay exact.
 */
final class TextBuilder {

    private static final java.util.regex.Pattern CLITIC =
            java.util.regex.Pattern.compile("(?i)['’](s|re|ve|ll|d|m)|n['’]t");

    private static final java.util.regex.Pattern NAME_PREFIX = java.util.regex.Pattern.compile("\\p{Lu}['’]");

    private final StringBuilder text = new StringBuilder();
    private final Map<String, int[]> sentences = new LinkedHashMap<>();
    private final boolean rebuildQuotes;
    private String sentence;
    private int sentenceStart;
    /** The last token was an opening quotation mark: the next one is written without a space. */
    private boolean glueNext;
    private boolean doubleOpen;
    private boolean singleOpen;

    TextBuilder() {
        this(false);
    }

    /** @param rebuildQuotes whether to turn the tokeniser's {@code `` ''} into “ ” (see the class comment) */
    TextBuilder(boolean rebuildQuotes) {
        this.rebuildQuotes = rebuildQuotes;
    }

    /** Appends a token of sentence {@code sentenceId}; returns its {@code [start, end)}. */
    int[] token(String sentenceId, String token) {
        boolean opening = false;
        boolean closing = false;
        if (rebuildQuotes) {
            switch (token) {
                case "``", "“" -> {
                    token = "“";
                    opening = true;
                    doubleOpen = true;
                }
                case "''", "”", "\"" -> {
                    if (doubleOpen) {
                        token = "”";
                        closing = true;
                        doubleOpen = false;
                    } else {
                        token = "“";
                        opening = true;
                        doubleOpen = true;
                    }
                }
                case "`", "‘" -> {
                    token = "‘";
                    opening = true;
                    singleOpen = true;
                }
                case "'", "’" -> {
                    // closes a single quote, else a plural's possessive ("investors '"): both touch the word before
                    token = singleOpen ? "’" : token;
                    closing = true;
                    singleOpen = false;
                }
                default -> {
                    // a clitic split off its word ("aircraft 's", "do n't") is written back onto it
                    closing = CLITIC.matcher(token).matches();
                }
            }
        }
        if (sentence == null || !sentence.equals(sentenceId)) {
            endSentence();
            if (text.length() > 0) {
                text.append(rebuildQuotes && !endsWithStop() ? "\n\n" : "\n");
            }
            sentence = sentenceId;
            sentenceStart = text.length();
        } else if (!glueNext && !closing) {
            text.append(' ');
        }
        // "O' Leary": a name's prefix split off it is written back onto it
        glueNext = opening || rebuildQuotes && NAME_PREFIX.matcher(token).matches();
        int start = text.length();
        text.append(token);
        return new int[] {start, text.length()};
    }

    /** Whether the text so far ends like a sentence: a full stop, "!", "?" or a closing mark. */
    private boolean endsWithStop() {
        char c = text.charAt(text.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '”' || c == '’' || c == ':' || c == ';';
    }

    private void endSentence() {
        if (sentence != null) {
            sentences.put(sentence, new int[] {sentenceStart, text.length()});
        }
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    Map<String, int[]> sentences() {
        endSentence();
        sentence = null;
        return sentences;
    }
}
