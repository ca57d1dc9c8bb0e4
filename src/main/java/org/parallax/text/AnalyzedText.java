package org.parallax.text;

import java.util.List;
import java.util.Objects;

/**
 * A text split into sentences and tokens. Every offset indexes into {@link #text()}; sentences are in order and
 * do not overlap. Extractors share one analysis per article.
 */
public record AnalyzedText(String text, List<Sentence> sentences) {

    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    /** The text of one sentence. */
    public String textOf(Sentence s) {
        return s.text(text);
    }

    /** The sentence that holds the character at {@code offset}, or {@code null} if it lies between sentences. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
