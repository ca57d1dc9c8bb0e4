package org.parallax.ui.compare;

import java.util.List;
import org.parallax.model.Span;

/**
 * One column's words in one aligned row; a gap when the version has nothing there.
 *
 * @param span the quote the words come from (to open it), {@code null} for a gap
 */
public record ComparisonCell(List<DiffRun> runs, Span span) {

    public static final ComparisonCell GAP = new ComparisonCell(List.of(), null);

    public ComparisonCell {
        runs = List.copyOf(runs);
    }

    public boolean isGap() {
        return runs.isEmpty();
    }

    public String text() {
        return String.join(" ", runs.stream().map(DiffRun::text).toList());
    }
}
