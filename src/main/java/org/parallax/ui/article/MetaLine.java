package org.parallax.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A line of items with separators between them ("Outlet · 21 October 2015 · file.txt") that wraps like a
 * {@link FlowPane}, but never starts or ends a wrapped line with a separator: one left at a line's edge is hidden
 * and the rest of its line closes up, so a narrow reader shows "file.txt" on its own line, not "· file.txt".
 */
final class MetaLine extends FlowPane {

    private final Predicate<Node> separator;

    MetaLine(Predicate<Node> separator) {
        this.separator = separator;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (List<Node> row : rows()) {
            Node first = row.get(0);
            Node last = row.get(row.size() - 1);
            boolean hideFirst = separator.test(first);
            for (Node n : row) {
                show(n, !(n == first && hideFirst || n == last && row.size() > 1 && separator.test(last)));
            }
            if (hideFirst && row.size() > 1) {
                double shift = row.get(1).getLayoutX() - first.getLayoutX();
                row.forEach(n -> n.setLayoutX(n.getLayoutX() - shift));
            }
        }
    }

    /** Sets visibility only when it changes, so a layout pass starts no other. */
    private static void show(Node n, boolean visible) {
        if (n.isVisible() != visible) {
            n.setVisible(visible);
        }
    }

    /** The managed children as laid out, one list per line. */
    private List<List<Node>> rows() {
        List<List<Node>> rows = new ArrayList<>();
        List<Node> row = null;
        double lastX = Double.NEGATIVE_INFINITY;
        for (Node n : getManagedChildren()) {
            if (row == null || n.getLayoutX() <= lastX) { // a flow line starts again at the left
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(n);
            lastX = n.getLayoutX();
        }
        return rows;
    }
}
