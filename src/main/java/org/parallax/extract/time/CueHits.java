package org.parallax.extract.time;

import java.util.List;

/**
 * Which cue words and shapes ({@link RuleCues}) one sentence holds, each looked up once however many rules share it
 * (the month names are the cues of six rules, the units of three). A cue's number is its place in {@link Rules}'
 * list of every rule's cues.
 */
final class CueHits {

    private static final byte UNKNOWN = 0;
    private static final byte HELD = 1;
    private static final byte ABSENT = 2;

    private final String lower;
    private final String shape;
    private final boolean digits;
    private final byte[] cues;
    private final byte[] shapes;

    /**
     * @param lower  the sentence in lower case
     * @param shape  its {@link RuleCues#shape}
     * @param digits whether it holds a digit
     */
    CueHits(String lower, String shape, boolean digits, int cueCount, int shapeCount) {
        this.lower = lower;
        this.shape = shape;
        this.digits = digits;
        this.cues = new byte[cueCount];
        this.shapes = new byte[shapeCount];
    }

    boolean digits() {
        return digits;
    }

    /** Whether the sentence holds one of {@code words} (numbered {@code ids}); none: true. */
    boolean holdsCue(int[] ids, List<String> words) {
        return holdsOne(lower, cues, ids, words);
    }

    /** Whether the sentence's shape holds one of {@code words} (numbered {@code ids}); none: true. */
    boolean holdsShape(int[] ids, List<String> words) {
        return holdsOne(shape, shapes, ids, words);
    }

    private static boolean holdsOne(String text, byte[] known, int[] ids, List<String> words) {
        if (ids.length == 0) {
            return true;
        }
        for (int k = 0; k < ids.length; k++) {
            byte state = known[ids[k]];
            if (state == UNKNOWN) {
                state = text.contains(words.get(k)) ? HELD : ABSENT;
                known[ids[k]] = state;
            }
            if (state == HELD) {
                return true;
            }
        }
        return false;
    }
}
