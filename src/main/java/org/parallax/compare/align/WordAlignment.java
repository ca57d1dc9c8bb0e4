package org.parallax.compare.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Aligns a member's words against the reference's with java-diff-utils (Myers diff on words). Words are the
 * whitespace-separated tokens as written; two words are equal when their normalised forms are (lower case, quote
 * marks and punctuation stripped, curly and straight apostrophes alike), so "Syria," and "syria" are
 * {@link AlignedSegment.Kind#SHARED}.
 *
 * <p>{@link #of} aligns the whole texts. {@link #ofPart} is for a member that is one piece of the utterance (a
 * trimmed version, one of two quotes an outlet split it into, a partial quote): it aligns the member only against
 * the stretch of the reference from the first to the last word they share, so the rest of the reference is not
 * marked missing; the words before and after that stretch are simply left out.
 */
public final class WordAlignment {

    private WordAlignment() {
    }

    public static List<AlignedSegment> of(String reference, String member) {
        return align(tokens(reference), tokens(member));
    }

    public static List<AlignedSegment> ofPart(String reference, String member) {
        List<String> ref = tokens(reference);
        List<String> mem = tokens(member);
        List<AlignedSegment> full = align(ref, mem);
        // the reference stretch between the first and last shared run
        int first = -1;
        int last = -1;
        for (int i = 0; i < full.size(); i++) {
            if (full.get(i).kind() == AlignedSegment.Kind.SHARED) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return full;
        }
        List<AlignedSegment> out = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            AlignedSegment s = full.get(i);
            boolean outside = i < first || i > last;
            if (outside && s.kind() == AlignedSegment.Kind.MISSING) {
                continue;
            }
            if (outside && s.kind() == AlignedSegment.Kind.CHANGED) {
                // before/after the stretch: the member's words are extra, the reference's are outside the piece
                out.add(new AlignedSegment(AlignedSegment.Kind.ADDED, List.of(), s.memberWords()));
                continue;
            }
            out.add(s);
        }
        return out;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.strip().split("\\s+")) {
            if (!t.isEmpty() && !key(t).isEmpty()) {
                out.add(t);
            } else if (!t.isEmpty() && !out.isEmpty()) {
                // punctuation standing alone ("—", "…") goes onto the word before it
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + t);
            }
        }
        return out;
    }

    /** Lower case, letters and digits only, apostrophes unified. */
    static String key(String token) {
        StringBuilder b = new StringBuilder();
        for (char c : token.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static List<AlignedSegment> align(List<String> ref, List<String> mem) {
        Patch<String> patch = DiffUtils.diff(ref, mem, (a, b) -> key(a).equals(key(b)));
        List<AlignedSegment> out = new ArrayList<>();
        int r = 0;
        int m = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int rs = d.getSource().getPosition();
            int ms = d.getTarget().getPosition();
            if (rs > r) {
                out.add(new AlignedSegment(AlignedSegment.Kind.SHARED, ref.subList(r, rs), mem.subList(m, ms)));
            }
            AlignedSegment.Kind kind = switch (d.getType()) {
                case DELETE -> AlignedSegment.Kind.MISSING;
                case INSERT -> AlignedSegment.Kind.ADDED;
                case CHANGE -> AlignedSegment.Kind.CHANGED;
                default -> AlignedSegment.Kind.SHARED;
            };
            out.add(new AlignedSegment(kind, d.getSource().getLines(), d.getTarget().getLines()));
            r = rs + d.getSource().size();
            m = ms + d.getTarget().size();
        }
        if (r < ref.size() || m < mem.size()) {
            out.add(new AlignedSegment(AlignedSegment.Kind.SHARED, ref.subList(r, ref.size()),
                    mem.subList(m, mem.size())));
        }
        return out;
    }
}
