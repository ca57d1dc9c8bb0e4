package org.parallax.compare.event;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A range of a sentence as {@link CandidateFinder} reads it for a date (the clause holding the date, or the whole
 * sentence): its range, whether it is running text, and its label, terms and gist, each read when first asked (the
 * label of a statement that is not taken is not read, decision 0091).
 */
final class Statement {
    final int[] range;
    final boolean running;
    private final Supplier<String> labelOf;
    private final ClauseWords words;
    private String label;
    private Map<String, Double> terms;
    private Gist gist;

    /** @param words the words of {@code range}, those in {@code timexes} left out */
    Statement(String text, int[] range, ClauseWords words, List<int[]> timexes) {
        this(range, CandidateFinder.runningText(text, range, words), () -> Labels.of(text, range[0], range[1], timexes),
                words);
    }

    /** A statement of {@code range} whose label {@code labelOf} reads (the tests give their own). */
    Statement(int[] range, boolean running, Supplier<String> labelOf, ClauseWords words) {
        this.range = range;
        this.running = running;
        this.labelOf = labelOf;
        this.words = words;
    }

    /**
     * The statement a date's clause gives: the clause's, or its sentence's when the clause's label has fewer than three
     * chars; null when that one is no running text (a dateline, a Title Case headline). A clause that is no running
     * text in a sentence that is none either gives none whatever its label: its label is not read (a fifth of the
     * statements the bench corpus reads are no running text, and the label was the most of a statement's reading).
     */
    static Statement taken(Statement clause, Supplier<Statement> sentence) {
        if (!clause.running && !sentence.get().running) {
            return null;
        }
        Statement statement = clause.label().length() < 3 ? sentence.get() : clause;
        return statement.running ? statement : null;
    }

    String label() {
        if (label == null) {
            label = labelOf.get();
        }
        return label;
    }

    Map<String, Double> terms() {
        if (terms == null) {
            terms = Terms.of(words);
        }
        return terms;
    }

    Gist gist() {
        if (gist == null) {
            gist = Gist.of(words);
        }
        return gist;
    }
}
