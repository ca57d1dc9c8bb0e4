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
     * Words kept (about 1 KB each, so 8 MB), emptied when full: news repeats its words, so most are found (91% of
     * the gold corpora's words; 81% with half as many kept).
     */
    static final int KEPT = 8192;

    private final TagModel model;
    private final Map<String, WordFeatures> known = new ConcurrentHashMap<>();

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
            WordFeatures f = known.get(words[i]);
            if (f == null) {
                if (known.size() >= KEPT) {
                    known.clear();
                }
                f = new WordFeatures(words[i], model);
                known.put(words[i], f);
            }
            out[i] = f;
        }
        return out;
    }

    /**
     * The probability of each tag at word {@code i}, given the tag before it and the one before that (tag ids, or -1
     * where there is no such word), written into {@code into}. The features are added in the descriptor's order (see
     * {@link WordFeatures}).
     */
    double[] scores(WordFeatures[] words, int i, int tagBefore, int tagBeforeThat, double[] into) {
        System.arraycopy(words[i].sums, 0, into, 0, into.length);
        if (i >= 1) {
            TagModel.add(into, words[i - 1].before1);
        }
        if (i >= 2) {
            TagModel.add(into, words[i - 2].before2);
        }
        if (i + 1 < words.length) {
            TagModel.add(into, words[i + 1].after1);
        }
        if (i + 2 < words.length) {
            TagModel.add(into, words[i + 2].after2);
        }
        if (i <= 2) {
            TagModel.add(into, model.sentenceBegin(i));
        }
        TagModel.add(into, words[i].shape);
        TagModel.add(into, words[i].wordAndShape);
        if (i >= 1) {
            TagModel.add(into, model.previousTag(tagBefore));
        }
        if (i >= 2) {
            TagModel.add(into, model.previousTwo(tagBeforeThat, tagBefore));
        }
        TagModel.normalise(into);
        return into;
    }
}
