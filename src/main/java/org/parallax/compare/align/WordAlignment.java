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
 * the stretch of the reference from the first to the last run of two or more words they share (widened by as many
 * words as the member has before and after those runs), so the rest of the reference is not marked missing.
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
        // anchors: shared runs of two words or more (else any shared run), with their positions
        int[] anchor = anchors(full, 2);
        if (anchor == null) {
            anchor = anchors(full, 1);
        }
        if (anchor == null) {
            return full;
        }
        // the reference stretch from the first anchor to the last, widened by the member's words before and after
        int from = Math.max(0, anchor[0] - anchor[2]);
        int to = Math.min(ref.size(), anchor[1] + (mem.size() - anchor[3]));
        List<AlignedSegment> part = new ArrayList<>(align(ref.subList(from, to), mem));
        while (!part.isEmpty() && part.get(0).kind() == AlignedSegment.Kind.MISSING) {
            part.remove(0);
        }
        while (!part.isEmpty() && part.get(part.size() - 1).kind() == AlignedSegment.Kind.MISSING) {
            part.remove(part.size() - 1);
        }
        return part;
    }

    /**
     * {reference start of the first anchor, reference end of the last, member start of the first, member end of the
     * last}, or null when no shared run has {@code minWords} words.
     */
    private static int[] anchors(List<AlignedSegment> segments, int minWords) {
        int r = 0;
        int m = 0;
        int[] out = null;
        for (AlignedSegment s : segments) {
            if (s.kind() == AlignedSegment.Kind.SHARED && s.referenceWords().size() >= minWords) {
                if (out == null) {
                    out = new int[] {r, 0, m, 0};
                }
                out[1] = r + s.referenceWords().size();
                out[3] = m + s.memberWords().size();
            }
            r += s.referenceWords().size();
            m += s.memberWords().size();
        }
        return out;
    }

    /** The words of {@code text} as the alignment counts them (punctuation standing alone joins the word before). */
    public static List<String> tokens(String text) {
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
    public static String key(String token) {
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
