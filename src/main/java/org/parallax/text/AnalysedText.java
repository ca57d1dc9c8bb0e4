package org.parallax.text;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text analysed once for every extractor to share: its sentences by OpenNLP's model, and by any other rule of the
 * {@link SentenceSplitter} an extractor asks for, each split once. Every offset indexes into {@link #text()};
 * sentences are in order and do not overlap.
 */
public final class AnalysedText {

    private final String text;
    private final List<Sentence> sentences;
    private final Map<SentenceSplitter, List<Sentence>> bySplitter = new ConcurrentHashMap<>();

    /** @param sentences {@code text}'s sentences by {@link SentenceSplitter#model()} */
    public AnalysedText(String text, List<Sentence> sentences) {
        this.text = Objects.requireNonNull(text, "text");
        this.sentences = List.copyOf(sentences);
    }

    /** The text analysed (an article's cleaned text). */
    public String text() {
        return text;
    }

    /** The sentences by {@link SentenceSplitter#model()}. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The sentences by {@code splitter}, split on first use and kept. */
    public List<Sentence> sentences(SentenceSplitter splitter) {
        return bySplitter.computeIfAbsent(splitter, s -> List.copyOf(s.split(text)));
    }

    /** The text of one sentence. */
    public String textOf(Sentence s) {
        return s.text(text);
    }

    /** The model's sentence holding the character at {@code offset}, or {@code null} if it lies between sentences. */
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
