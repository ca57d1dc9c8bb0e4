package org.parallax.app.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Joins tokens into a text, a space between tokens and a line break between sentences, and remembers offsets. */
final class TextBuilder {

    private final StringBuilder text = new StringBuilder();
    private final Map<String, int[]> sentences = new LinkedHashMap<>();
    private String sentence;
    private int sentenceStart;

    /** Appends a token of sentence {@code sentenceId}; returns its {@code [start, end)}. */
    int[] token(String sentenceId, String token) {
        if (sentence == null || !sentence.equals(sentenceId)) {
            endSentence();
            if (text.length() > 0) {
                text.append('\n');
            }
            sentence = sentenceId;
            sentenceStart = text.length();
        } else {
            text.append(' ');
        }
        int start = text.length();
        text.append(token);
        return new int[] {start, text.length()};
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
