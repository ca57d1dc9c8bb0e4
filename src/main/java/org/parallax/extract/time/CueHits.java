package org.parallax.extract.time;

import java.util.Locale;
import org.parallax.text.PatternSpace;

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

    /**
     * The cue words and shapes of a sentence, read in one pass over its chars: each char lower-cased for the cues and
     * folded (a digit as 0, a run of white space as one space) for the shapes as it is read. The sentence was copied in
     * lower case, copied again as its shape, and read three more times (for a digit, by each automaton), for every
     * sentence of every article. Lower-casing char by char is what {@link String#toLowerCase(Locale)} does except for a
     * surrogate, "İ" (two chars in lower case) and "Σ" (its lower case depends on the letters around it): a sentence
     * holding one is read the long way.
     */
    static CueHits read(MatchStarts.Text text, Substrings cueIndex, Substrings shapeIndex) {
        if (!text.plain() || !caseByChar(text.chars())) {
            String lower = text.string().toLowerCase(Locale.ROOT);
            boolean digits = false;
            for (char c : text.chars()) {
                digits |= Character.isDigit(c);
            }
            return new CueHits(digits, cueIndex.held(lower), shapeIndex.held(RuleCues.shape(lower)));
        }
        boolean[] cues = cueIndex.noneRead();
        boolean[] shapes = shapeIndex.noneRead();
        int cueState = 0;
        int shapeState = 0;
        boolean digits = false;
        boolean space = false;
        for (char c : text.chars()) {
            digits |= Character.isDigit(c);
            char lower = Character.toLowerCase(c);
            cueState = cueIndex.read(cueState, lower, cues);
            boolean white = PatternSpace.is(lower);
            if (!white) {
                shapeState = shapeIndex.read(shapeState, lower >= '0' && lower <= '9' ? '0' : lower, shapes);
            } else if (!space) {
                shapeState = shapeIndex.read(shapeState, ' ', shapes);
            }
            space = white;
        }
        return new CueHits(digits, cues, shapes);
    }

    /** Whether lower-casing {@code chars} one by one gives what lower-casing their string does (no "İ" nor "Σ"). */
    private static boolean caseByChar(char[] chars) {
        for (char c : chars) {
            if (c == '\u0130' || c == '\u03A3') {
                return false;
            }
        }
        return true;
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
