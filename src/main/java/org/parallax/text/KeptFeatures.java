package org.parallax.text;

import java.util.Arrays;

/**
 * The tagger's features of an owner's numbered words ({@link PartsOfSpeech#features}), each asked of the tagger's
 * shared table once while held: a look-up by string there for every word of every sentence tagged was a twentieth of
 * a stage's samples. The shared table forgets words ({@link TagScorer#KEPT}, two generations), so features held here
 * may be ones it let go: past {@link #KEPT} they are all let go and asked again, which bounds what an owner adds to
 * the heap (about 465 bytes a word's features, the news words' average over the gold corpora's 22,359 words; the
 * largest 1,500 bytes: about 7.5 MB, at most about 25 MB). For one thread's owner, not for sharing.
 */
public final class KeptFeatures {

    /** Features held before all are let go: as many words as the tagger's own table keeps in its two generations. */
    public static final int KEPT = 2 * TagScorer.KEPT;

    private WordFeatures[] features = new WordFeatures[1 << 11];
    private int held;

    /** The features of {@code word}, the owner's word numbered {@code number} (numbers from 0, dense). */
    public WordFeatures of(int number, String word) {
        if (number >= features.length) {
            features = Arrays.copyOf(features, Math.max(2 * features.length, number + 1));
        }
        WordFeatures f = features[number];
        if (f == null) {
            if (held == KEPT) {
                clear();
            }
            f = PartsOfSpeech.features(word);
            features[number] = f;
            held++;
        }
        return f;
    }

    /** Lets every feature go: the owner numbers its words anew. */
    public void clear() {
        Arrays.fill(features, null);
        held = 0;
    }
}
