package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One sentence of a text: the characters {@code [start, end)} of the text, without the surrounding white space.
 *
 * @param index     the position of the sentence in its text, from 0
 * @param paragraph the paragraph it belongs to, from 0 (paragraphs are separated by a blank line)
 */
public record Sentence(int index, int paragraph, int start, int end) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence [" + start + ", " + end + ")");
        }
    }

    /** The covered characters of {@code text}. */
    public String text(String text) {
        return text.substring(start, end);
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /**
     * {@code sentences} with each merged into the one before it in the same paragraph where
     * {@code together(previous, next)} says the boundary between them is none for the caller (quoted words never end
     * a sentence). Merged sentences are numbered again from 0.
     */
    public static List<Sentence> joined(List<Sentence> sentences, BiPredicate<Sentence, Sentence> together) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            Sentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.paragraph() == s.paragraph() && together.test(prev, s)) {
                out.set(out.size() - 1, new Sentence(prev.index(), prev.paragraph(), prev.start(), s.end()));
            } else {
                out.add(new Sentence(out.size(), s.paragraph(), s.start(), s.end()));
            }
        }
        return out;
    }

    /**
     * The sentences as ranges {@code [from, to)} of an extractor's own tokens, which lie in order inside the
     * sentences (as any tokens of non-space characters do); a sentence without tokens gives no range.
     *
     * @param starts each token's start offset (an array: under C1 a function asked per token was a call each)
     */
    public static List<int[]> tokenRanges(List<Sentence> sentences, int[] starts) {
        int tokenCount = starts.length;
        int[] first = new int[sentences.size() + 1];
        int count = tokenStarts(sentences, starts, tokenCount, first);
        List<int[]> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            out.add(new int[] {first[s], s + 1 < count ? first[s + 1] : tokenCount});
        }
        return out;
    }

    /**
     * The first token of each sentence that holds a token, written to {@code first} in order, and how many: the
     * {@link #tokenRanges} without a list, for a caller that keeps its tokens' starts in an array of its own. The
     * ranges follow one another from token 0 to the last (a sentence's range ends where the next one's starts); tokens
     * after the last sentence's end make one range more.
     *
     * @param starts     each token's start offset, the first {@code tokenCount} entries read (the caller's own array,
     *                   not a copy of its length)
     * @param first      written: room for {@code sentences.size() + 1} entries
     */
    public static int tokenStarts(List<Sentence> sentences, int[] starts, int tokenCount, int[] first) {
        int count = 0;
        int k = 0;
        for (int s = 0, size = sentences.size(); s < size; s++) {
            int end = sentences.get(s).end();
            int from = k;
            while (k < tokenCount && starts[k] < end) {
                k++;
            }
            if (k > from) {
                first[count++] = from;
            }
        }
        if (k < tokenCount) {
            first[count++] = k;
        }
        return count;
    }
}
