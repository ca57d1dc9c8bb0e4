package org.parallax.compare.align;

import java.util.List;
import java.util.Objects;

/**
 * A run of words in the alignment of a member against the reference, as written (punctuation kept on the word).
 *
 * @param kind           how the run relates the two texts
 * @param referenceWords the reference's words in the run (empty for {@link Kind#ADDED})
 * @param memberWords    the member's words in the run (empty for {@link Kind#MISSING})
 */
public record AlignedSegment(Kind kind, List<String> referenceWords, List<String> memberWords) {

    public enum Kind {
        /** The same words in both (after normalising case, punctuation and quote marks). */
        SHARED,
        /** Words of the reference the member leaves out. */
        MISSING,
        /** Words the member has that the reference does not. */
        ADDED,
        /** Reference words the member gives differently. */
        CHANGED
    }

    public AlignedSegment {
        Objects.requireNonNull(kind, "kind");
        referenceWords = List.copyOf(referenceWords);
        memberWords = List.copyOf(memberWords);
    }

    public String referenceText() {
        return String.join(" ", referenceWords);
    }

    public String memberText() {
        return String.join(" ", memberWords);
    }
}
