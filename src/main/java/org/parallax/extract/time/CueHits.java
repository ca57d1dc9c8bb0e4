package org.parallax.extract.time;

/**
 * Which cue words and shapes ({@link RuleCues}) one sentence holds, all found in one pass ({@link Substrings}) however
 * many rules share them (the month names are the cues of six rules, the units of three). A cue's number is its place
 * in {@link Rules}' list of every rule's cues.
 */
final class CueHits {

    private final boolean digits;
    private final boolean[] cues;
    private final boolean[] shapes;

    /**
     * @param digits whether the sentence holds a digit
     * @param cues   whether it (in lower case) holds each cue word
     * @param shapes whether its {@link RuleCues#shape} holds each shape
     */
    CueHits(boolean digits, boolean[] cues, boolean[] shapes) {
        this.digits = digits;
        this.cues = cues;
        this.shapes = shapes;
    }

    boolean digits() {
        return digits;
    }

    /** Whether the sentence holds one of the cues numbered {@code ids}; none: true. */
    boolean holdsCue(int[] ids) {
        return holdsOne(cues, ids);
    }

    /** Whether the sentence's shape holds one of the shapes numbered {@code ids}; none: true. */
    boolean holdsShape(int[] ids) {
        return holdsOne(shapes, ids);
    }

    private static boolean holdsOne(boolean[] held, int[] ids) {
        if (ids.length == 0) {
            return true;
        }
        for (int id : ids) {
            if (held[id]) {
                return true;
            }
        }
        return false;
    }
}
