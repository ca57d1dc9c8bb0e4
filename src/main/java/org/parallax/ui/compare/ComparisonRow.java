package org.parallax.ui.compare;

import java.util.List;

/**
 * One aligned segment across the versions: cell {@code i} is column {@code i}'s words for it. Shared words of all
 * versions fall in the same row; a version without words there has a gap.
 *
 * @param insertion words some version has between two words of the base (the base's cell is a gap)
 */
public record ComparisonRow(List<ComparisonCell> cells, boolean insertion) {

    public ComparisonRow {
        cells = List.copyOf(cells);
    }

    public ComparisonCell cell(int column) {
        return cells.get(column);
    }

    /** Whether any cell holds a word that differs from the base. */
    public boolean differs() {
        return cells.stream().flatMap(c -> c.runs().stream()).anyMatch(r -> r.mark().differs());
    }
}
