package org.parallax.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The probability of every tag at one word of a run, exactly as OpenNLP's tagger computes it ({@code
 * ConfigurablePOSContextGenerator} then {@code GISModel.eval}) but without making its feature strings or looking
 * them up in the model's map at every word: a word's own features are read once ({@link WordFeatures}) and kept for
 * the next time the word comes, by every thread (one table, however many threads tag).
 */
final class TagScorer {

    /**
     * Words kept in each of two generations (about 1 KB each, so up to 16 MB): when the newer is full it becomes the
     * older and the older goes, and a word found in the older moves to the newer. News repeats its words, and the
     * words used since the last turn stay: emptying one table of 8,192 words whenever it filled lost the common words
     * with the rare (on the bench, whose seeds hold about 9,500 distinct words, one word in thirteen was made anew).
     */
    static final int KEPT = 8192;

    private final TagModel model;
    // made at their full size: a table grown from 16 entries copied itself ten times per generation
    private volatile Map<String, WordFeatures> newer = new ConcurrentHashMap<>(KEPT);
    private volatile Map<String, WordFeatures> older = Map.of();

    TagScorer(TagModel model) {
        this.model = model;
    }

    TagModel model() {
        return model;
    }

    /** Each word's features, in order. */
    WordFeatures[] features(String[] words) {
        WordFeatures[] out = new WordFeatures[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = features(words[i]);
        }
        return out;
    }

    /** A word's features, kept or made (the same either way: they depend on the word and the model alone). */
    WordFeatures features(String word) {
        Map<String, WordFeatures> kept = newer;
        WordFeatures f = kept.get(word);
        if (f == null) {
            f = older.get(word);
            if (f == null) {
                f = new WordFeatures(word, model);
            }
            if (kept.size() >= KEPT) {
                kept = turn(kept);
            }
            kept.put(word, f);
        }
        return f;
    }

    /** The newer table, once the full one has become the older (by this thread or another). */
    private synchronized Map<String, WordFeatures> turn(Map<String, WordFeatures> full) {
        if (newer == full) {
            older = full;
            newer = new ConcurrentHashMap<>(KEPT);
        }
        return newer;
    }

    /**
     * The exponentials of each tag's sum at word {@code i}, given the tag before it and the one before that (tag ids,
     * or -1 where there is no such word), written into {@code into}, and their sum (in tag order) returned: each
     * exponential divided by the sum is the tag's probability, OpenNLP's double. The features are added in the
     * descriptor's order (see {@link WordFeatures}).
     */
    double exponentials(WordFeatures[] words, int i, int tagBefore, int tagBeforeThat, double[] into) {
        System.arraycopy(words[i].sums, 0, into, 0, into.length);
        if (i >= 1) {
            WordFeatures w = words[i - 1];
            TagModel.add(into, w.outcomes, w.weights, 0, w.before1End);
        }
        if (i >= 2) {
            WordFeatures w = words[i - 2];
            TagModel.add(into, w.outcomes, w.weights, w.before1End, w.before2End);
        }
        if (i + 1 < words.length) {
            WordFeatures w = words[i + 1];
            TagModel.add(into, w.outcomes, w.weights, w.before2End, w.after1End);
        }
        if (i + 2 < words.length) {
            WordFeatures w = words[i + 2];
            TagModel.add(into, w.outcomes, w.weights, w.after1End, w.after2End);
        }
        if (i <= 2) {
            TagModel.add(into, model.sentenceBegin(i));
        }
        TagModel.add(into, words[i].shape);
        WordFeatures own = words[i];
        TagModel.add(into, own.outcomes, own.weights, own.after2End, own.outcomes.length); // "w&c=", last

        // "t=" then "t2=", added in the pass that takes the exponentials
        return TagModel.exponentials(into, model.previousTag(i >= 1 ? tagBefore : -1),
                model.previousTwo(i >= 2 ? tagBeforeThat : -1, i >= 2 ? tagBefore : -1));
    }
}
