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

    /** The one splitter: thread-safe, and made anew for each article it cost a set of its options each. */
    private static final SentenceSplitter SPLITTER = SentenceSplitter.punctuation();

    /** The sentences of {@code text}, as the punctuation splitter finds them. */
    static ArticleSentences of(String text) {
        return of(text, text.toCharArray());
    }

    /**
     * As {@link #of(String)}, {@code chars} being {@code text.toCharArray()} (only read): copied once for the split and
     * the names ({@link ArticleStories.Reading}), where each copied it for itself.
     */
    static ArticleSentences of(String text, char[] chars) {
        List<Sentence> sentences = SPLITTER.split(text, chars);
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
