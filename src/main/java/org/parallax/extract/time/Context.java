package org.parallax.extract.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a rule needs to normalise one match: the anchor ({@code dct}: the publication date, or the day of the speech a
 * quote gives; may be null), the date order, the clause's tense, the last day the article mentioned before the match
 * (for "the same day", "two days later"), the last calendar value of any precision ("the same period last year") and
 * the {@link Scene} (the paragraph's date in focus, the days of events named before).
 *
 * <p>Not a record, though its parts never change: it notes which parts a normaliser read ({@link #reads()}), so the
 * tagger can tell that the same match in another context, equal in those parts, takes the same value without
 * normalising it again (a year or a full date reads none). One context serves one normalisation on one thread.
 *
 * <p>The tense is read from the sentence's clauses only when a rule asks for it: the rules of years, full dates and
 * durations never do, and finding a sentence's tense cues was a tenth of the tagger's time.
 */
final class Context {

    static final int DCT = 1;
    static final int ORDER = 1 << 1;
    static final int TENSE = 1 << 2;
    static final int REFERENCE = 1 << 3;
    static final int SENTENCE_REFERENCE = 1 << 4;
    static final int REFERENCE_VALUE = 1 << 5;
    static final int SCENE = 1 << 6;

    private final LocalDate dct;
    private final DateOrder order;
    private final TenseCues.Clauses clauses;
    private final int clauseStart;
    private final int clauseEnd;
    /** The tense of the clause around {@code [clauseStart, clauseEnd)}, null until asked. */
    private Tense tense;
    private final LocalDate reference;
    private final LocalDate sentenceReference;
    private final String referenceValue;
    private final Scene scene;
    /** The parts read since the last {@link #forgetReads()}, as bits. */
    private int reads;

    Context(LocalDate dct, DateOrder order, Tense tense, LocalDate reference, LocalDate sentenceReference,
            String referenceValue, Scene scene) {
        this(dct, order, null, 0, 0, tense, reference, sentenceReference, referenceValue, scene);
    }

    /** A context whose tense is that of the clause around {@code [start, end)} in {@code clauses}, read when asked. */
    Context(LocalDate dct, DateOrder order, TenseCues.Clauses clauses, int start, int end, LocalDate reference,
            LocalDate sentenceReference, String referenceValue, Scene scene) {
        this(dct, order, clauses, start, end, null, reference, sentenceReference, referenceValue, scene);
    }

    private Context(LocalDate dct, DateOrder order, TenseCues.Clauses clauses, int start, int end, Tense tense,
                    LocalDate reference, LocalDate sentenceReference, String referenceValue, Scene scene) {
        this.dct = dct;
        this.order = order;
        this.clauses = clauses;
        this.clauseStart = start;
        this.clauseEnd = end;
        this.tense = tense;
        this.reference = reference;
        this.sentenceReference = sentenceReference;
        this.referenceValue = referenceValue;
        this.scene = scene;
    }

    /** A context with nothing read before the match: only the publication (or speech) date, if any. */
    static Context bare(LocalDate dct, DateOrder order, Tense tense) {
        return new Context(dct, order, tense, null, null, null, Scene.NONE);
    }

    /** A context with nothing read before the match but {@code dct}, in this context's date order and clause. */
    Context bare(LocalDate dct) {
        return new Context(dct, order, clauses, clauseStart, clauseEnd, tense, null, null, null, Scene.NONE);
    }

    LocalDate dct() {
        reads |= DCT;
        return dct;
    }

    DateOrder order() {
        reads |= ORDER;
        return order;
    }

    Tense tense() {
        reads |= TENSE;
        return clauseTense();
    }

    private Tense clauseTense() {
        if (tense == null) {
            tense = clauses.around(clauseStart, clauseEnd);
        }
        return tense;
    }

    /** Whether {@code other}'s tense is this one's: the same clause, or the same tense read. */
    private boolean sameTense(Context other) {
        return clauses != null && clauses == other.clauses && clauseStart == other.clauseStart
                && clauseEnd == other.clauseEnd || clauseTense() == other.clauseTense();
    }

    LocalDate reference() {
        reads |= REFERENCE;
        return reference;
    }

    LocalDate sentenceReference() {
        reads |= SENTENCE_REFERENCE;
        return sentenceReference;
    }

    String referenceValue() {
        reads |= REFERENCE_VALUE;
        return referenceValue;
    }

    Scene scene() {
        reads |= SCENE;
        return scene;
    }

    boolean anchored() {
        return dct() != null;
    }

    /** The day anaphoric expressions lean on: the last day mentioned, else the publication date. */
    LocalDate referenceOrDct() {
        return reference() != null ? reference : dct();
    }

    /** The parts read since the last {@link #forgetReads()} (or since made), as bits. */
    int reads() {
        return reads;
    }

    void forgetReads() {
        reads = 0;
    }

    /**
     * Whether {@code other} equals this context in the {@code parts} (bits), compared without noting them as read: a
     * normaliser that read only those parts of this context takes the same path, and value, in {@code other}.
     */
    boolean sameIn(Context other, int parts) {
        return ((parts & DCT) == 0 || Objects.equals(dct, other.dct))
                && ((parts & ORDER) == 0 || order == other.order)
                && ((parts & TENSE) == 0 || sameTense(other))
                && ((parts & REFERENCE) == 0 || Objects.equals(reference, other.reference))
                && ((parts & SENTENCE_REFERENCE) == 0 || Objects.equals(sentenceReference, other.sentenceReference))
                && ((parts & REFERENCE_VALUE) == 0 || Objects.equals(referenceValue, other.referenceValue))
                && ((parts & SCENE) == 0 || Objects.equals(scene, other.scene));
    }

    @Override
    public String toString() {
        return "Context[dct=" + dct + ", order=" + order + ", tense=" + clauseTense() + ", reference=" + reference
                + ", sentenceReference=" + sentenceReference + ", referenceValue=" + referenceValue + ", scene="
                + scene + "]";
    }
}
