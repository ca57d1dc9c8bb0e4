package org.parallax.export;

import javafx.scene.paint.Paint;
import org.parallax.chart.ChartCanvas;

/**
 * An exported chart in the frame every chart gets: its background, the title band on top (with decorations), the
 * chart itself clipped to its size below it, and the legend under the chart. Subclasses draw the chart and the
 * legend's items and say which of their colour roles the frame's {@link Ink}s are.
 */
abstract class FramedPicture<T extends Legend.Item> implements ChartPicture {

    /** What the frame draws with. */
    enum Ink { BACKGROUND, TEXT, MUTED, RULE }

    private final double width;
    private final double chartWidth;
    private final double chartHeight;
    private final TitleBand title;
    private final Legend<T> legend;

    /**
     * @param title null without decorations
     * @param width the picture's width, at least the chart's
     */
    FramedPicture(double width, double chartWidth, double chartHeight, TitleBand title, Legend<T> legend) {
        this.width = width;
        this.chartWidth = chartWidth;
        this.chartHeight = chartHeight;
        this.title = title;
        this.legend = legend;
    }

    @Override
    public final double width() {
        return width;
    }

    @Override
    public final double height() {
        return chartTop() + chartHeight + legend.height();
    }

    /** Where the chart's (0, 0) is in the picture: below the title band, if any. */
    public final double chartTop() {
        return title == null ? 0 : TitleBand.HEIGHT;
    }

    final double chartWidth() {
        return chartWidth;
    }

    final double chartHeight() {
        return chartHeight;
    }

    @Override
    public final int paint(ChartCanvas g) {
        g.save();
        g.setFill(ink(Ink.BACKGROUND));
        g.fillRect(0, 0, width, height());
        if (title != null) {
            title.paint(g, width, ink(Ink.TEXT), ink(Ink.MUTED), ink(Ink.RULE));
        }
        g.save();
        g.translate(0, chartTop());
        g.beginPath();
        g.rect(0, 0, chartWidth, chartHeight);
        g.clip();
        int marks = paintChart(g);
        g.restore();
        if (!legend.isEmpty()) {
            legend.paint(g, chartTop() + chartHeight, width, ink(Ink.RULE), this::paintLegendItem);
        }
        g.restore();
        return marks;
    }

    /** The chart's colour for one of the frame's inks. */
    abstract Paint ink(Ink ink);

    /** Draws the chart with its top-left corner at (0, 0), clipped to its size; returns the event marks drawn. */
    abstract int paintChart(ChartCanvas g);

    abstract void paintLegendItem(ChartCanvas g, T item, double x, double y);
}
