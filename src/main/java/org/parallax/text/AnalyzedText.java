package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A text split into sentences once, by both rules of the {@link SentenceSplitter}, for every extractor to share.
 * Every offset indexes into {@link #text()}; sentences are in order and do not overlap.
 *
 * @param text                 the text analysed (an article's cleaned text)
 * @param sentences            the sentences by {@link SentenceSplitter.Rule#MODEL}
 * @param punctuationSentences the sentences by {@link SentenceSplitter.Rule#PUNCTUATION}
 */
public record AnalyzedText(String text, List<Sentence> sentences, List<Sentence> punctuationSentences) {

    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        punctuationSentences = List.copyOf(punctuationSentences);
    }

    /** The text of one sentence. */
    public String textOf(Sentence s) {
        return s.text(text);
    }

    /** The model's sentence that holds the character at {@code offset}, or {@code null} if it lies between sentences. */
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

    /**
     * The {@link #punctuationSentences()}, each merged into the one before it in the same paragraph where
     * {@code together(previous, next)} says the boundary between them is none for the caller (a figure never
     * starts a sentence, quoted words never end one). Merged sentences are numbered again from 0.
     */
    public List<Sentence> punctuationSentencesJoined(BiPredicate<Sentence, Sentence> together) {
        List<Sentence> out = new ArrayList<>(punctuationSentences.size());
        for (Sentence s : punctuationSentences) {
            Sentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.paragraph() == s.paragraph() && together.test(prev, s)) {
                out.set(out.size() - 1, new Sentence(prev.index(), prev.paragraph(), prev.start(), s.end()));
            } else {
                out.add(new Sentence(out.size(), s.paragraph(), s.start(), s.end()));
            }
        }
        return out;
    }
}
