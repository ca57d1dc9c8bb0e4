package org.parallax.compare.happening;

import java.util.List;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;

/**
 * Where a text's sentences lie ({@link SentenceSplitter#punctuation()}), split once for both of the coverages'
 * readings of an article: its names, when the stories are grouped, and its happening words, story by story after.
 * Each read the article's sentences anew (the split is about a third of reading the words); a sentence's start and
 * end are kept in one array, two ints a sentence, not its record, since every article's are held between the two.
 */
final class ArticleSentences {

    /** Each sentence's start and end, in order. */
    private final int[] bounds;

    private ArticleSentences(int[] bounds) {
        this.bounds = bounds;
    }

    /** The sentences of {@code text}, as the punctuation splitter finds them. */
    static ArticleSentences of(String text) {
        List<Sentence> sentences = SentenceSplitter.punctuation().split(text);
        int[] bounds = new int[2 * sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            bounds[2 * i] = sentences.get(i).start();
            bounds[2 * i + 1] = sentences.get(i).end();
        }
        return new ArticleSentences(bounds);
    }

    /** How many sentences there are; a sentence's number is its index in the text, from 0. */
    int count() {
        return bounds.length / 2;
    }

    /** Where sentence {@code i} starts. */
    int start(int i) {
        return bounds[2 * i];
    }

    /** Where sentence {@code i} ends (exclusive). */
    int end(int i) {
        return bounds[2 * i + 1];
    }
}
