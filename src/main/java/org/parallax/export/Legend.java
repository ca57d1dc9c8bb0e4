package org.parallax.export;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import org.parallax.chart.ChartCanvas;

/**
 * The legend under an exported chart: items laid out left to right in rows that wrap at the picture's width (an item
 * may ask to start a row of its own), under a rule across the picture. What an item looks like is the chart's own
 * business ({@link ItemPainter}); where it goes is decided here, the same way for every chart.
 */
final class Legend<T extends Legend.Item> {

    /** The margin left and right of the items, and under the last row (half of it). */
    static final double PAD = 16;

    /** What the layout needs to know of an item. */
    interface Item {
        /** Its width, its own margins included. */
        double width();

        /** True when it begins a new row unless it is first in its row (a heading). */
        default boolean startsRow() {
            return false;
        }

        /** Space left after it before the next item. */
        default double gapAfter() {
            return 0;
        }
    }

    /** Draws one item with its left edge at {@code x}, centred on {@code y}. */
    @FunctionalInterface
    interface ItemPainter<T> {
        void paint(ChartCanvas g, T item, double x, double y);
    }

    private record Placed<T>(T item, double x, int row) {
    }

    private final List<Placed<T>> placed;
    private final double rowHeight;
    private final double topPad;

    private Legend(List<Placed<T>> placed, double rowHeight, double topPad) {
        this.placed = placed;
        this.rowHeight = rowHeight;
        this.topPad = topPad;
    }

    /** No legend: nothing drawn, no height. */
    static <T extends Item> Legend<T> none() {
        return new Legend<>(List.of(), 0, 0);
    }

    /**
     * {@code items} in rows of {@code rowHeight} within {@code width}, the first row {@code topPad} below the rule.
     */
    static <T extends Item> Legend<T> flow(List<T> items, double width, double rowHeight, double topPad) {
        List<Placed<T>> placed = new ArrayList<>();
        double x = PAD;
        int row = 0;
        for (T item : items) {
            if (x > PAD && (item.startsRow() || x + item.width() > width - PAD)) {
                row++;
                x = PAD;
            }
            placed.add(new Placed<>(item, x, row));
            x += item.width() + item.gapAfter();
        }
        return new Legend<>(List.copyOf(placed), rowHeight, topPad);
    }

    boolean isEmpty() {
        return placed.isEmpty();
    }

    /** The legend's height: its rows, the space above them and half a margin below. */
    double height() {
        if (placed.isEmpty()) {
            return 0;
        }
        return topPad + (placed.get(placed.size() - 1).row() + 1) * rowHeight + PAD / 2;
    }

    /** Draws the rule at {@code top} across {@code width} in {@code rule}, then every item. */
    void paint(ChartCanvas g, double top, double width, Paint rule, ItemPainter<? super T> painter) {
        g.setStroke(rule);
        g.setLineWidth(1);
        g.strokeLine(0, top + 0.5, width, top + 0.5);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Placed<T> p : placed) {
            painter.paint(g, p.item(), p.x(), top + topPad + p.row() * rowHeight + rowHeight / 2);
        }
    }
}
