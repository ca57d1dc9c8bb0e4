package org.parallax.text;

import java.util.Arrays;

/**
 * Universal Dependencies part-of-speech tags (NOUN, VERB, ADJ, ...) from OpenNLP's English UD-EWT model. The model
 * is loaded once (about 0.1 s) and shared; a tagger keeps state, so each user makes its own, which is cheap. The
 * search over tags is OpenNLP's, without its sort per word ({@link TagBeam}), and so are its scores, without its
 * feature strings ({@link TagScorer}); the tags are the same.
 *
 * <p>A run longer than {@link #WINDOW} words (no news sentence is; a page without punctuation is) is tagged in windows
 * that overlap by {@link #MARGIN} words on each side: OpenNLP's beam search copies its whole history at every word,
 * so one run of n words costs n², and a megabyte without a full stop took minutes.
 */
public final class PartsOfSpeech {

    /** The longest run tagged in one piece (no news sentence is longer). */
    public static final int WINDOW = 200;
    /** Words of context either side of a window (the tagger's features look two words either side). */
    public static final int MARGIN = 10;

    private static final ThreadLocal<PartsOfSpeech> OF_THREAD = ThreadLocal.withInitial(PartsOfSpeech::new);

    private final TagBeam beam = new TagBeam(Shared.SCORER);

    /** The model's parameters and the words' features, read once and shared by every thread's tagger. */
    private static final class Shared {
        static final TagScorer SCORER = new TagScorer(new TagModel(OpenNlpModels.partsOfSpeech()));
    }

    /**
     * This thread's tagger, made once per thread: a tagger keeps state (its beam's queues and scores), so threads do
     * not share one. A tagger's answer depends on the words alone.
     */
    public static PartsOfSpeech ofThisThread() {
        return OF_THREAD.get();
    }

    /** One tag per word, for a run of words (a sentence or a clause: the tagger looks two words either side). */
    public String[] tag(String[] words) {
        return tag(Shared.SCORER.features(words));
    }

    /**
     * What the tagger reads of a word wherever it stands, made once per word and shared by every thread: a caller
     * that keeps it with its own number for the word can tag by {@link #tag(WordFeatures[])} without the tagger
     * looking each word up again.
     */
    public static WordFeatures features(String word) {
        return Shared.SCORER.features(word);
    }

    /** As {@link #tag(String[])}, of the words whose {@link #features} are {@code words}: the same tags. */
    public String[] tag(WordFeatures[] words) {
        if (words.length <= WINDOW) {
            return beam.best(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += WINDOW) {
            int to = Math.min(words.length, from + WINDOW);
            int contextFrom = Math.max(0, from - MARGIN);
            String[] window = beam.best(Arrays.copyOfRange(words, contextFrom, Math.min(words.length, to + MARGIN)));
            System.arraycopy(window, from - contextFrom, tags, from, to - from);
        }
        return tags;
    }
}
