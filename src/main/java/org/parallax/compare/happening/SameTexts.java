package org.parallax.compare.happening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Articles' texts, each distinct text numbered once in the order first met: what the coverages read of a text (its
 * names, its happening words) depends on the text alone, so an article whose text an earlier one already has (a
 * folder holding an article twice, an outlet reprinting another's copy word for word) is read once and its reading
 * given to both. The bench's corpus is its seeds replicated, so there most articles are read once per seed.
 */
final class SameTexts {

    /** Per article, the number of its text among the distinct ones. */
    private final int[] numberOf;
    /** The distinct texts, in the order first met. */
    private final List<String> distinct;
    /** Per distinct text, how many articles hold it. */
    private final int[] holders;

    private SameTexts(int[] numberOf, List<String> distinct) {
        this.numberOf = numberOf;
        this.distinct = distinct;
        this.holders = new int[distinct.size()];
        for (int number : numberOf) {
            holders[number]++;
        }
    }

    /** The articles' {@code texts}, in article order. */
    static SameTexts of(List<String> texts) {
        int[] numberOf = new int[texts.size()];
        Map<String, Integer> numbers = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < numberOf.length; i++) {
            String text = texts.get(i);
            Integer known = numbers.putIfAbsent(text, distinct.size());
            if (known == null) {
                numberOf[i] = distinct.size();
                distinct.add(text);
            } else {
                numberOf[i] = known;
            }
        }
        return new SameTexts(numberOf, distinct);
    }

    /** How many distinct texts there are. */
    int distinct() {
        return distinct.size();
    }

    /** How many articles hold the distinct text numbered {@code number}. */
    int holders(int number) {
        return holders[number];
    }

    /**
     * {@code read} applied to each distinct text once, in the order first met ({@code everyCore}: on every core); the
     * per-article list is {@link #each} of it.
     */
    <T> List<T> readOnce(Function<String, T> read, boolean everyCore) {
        return (everyCore ? distinct.parallelStream() : distinct.stream()).map(read).toList();
    }

    /** Per article, in article order, the element of {@code ofDistinct} (one per distinct text) of its text. */
    <T> List<T> each(List<T> ofDistinct) {
        Object[] out = new Object[numberOf.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ofDistinct.get(numberOf[i]);
        }
        @SuppressWarnings("unchecked")
        List<T> perArticle = (List<T>) Collections.unmodifiableList(Arrays.asList(out));
        return perArticle;
    }
}
