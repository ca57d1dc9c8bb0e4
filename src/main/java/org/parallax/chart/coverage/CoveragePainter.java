package org.parallax.chart.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Dimension2D;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.TextMeasure;

/**
 * Draws the coverage chart on a {@link ChartCanvas}: outlet names across the top, one row per event (date, label),
 * a rounded cell where an outlet reported the event, shaded from {@link CoverageColour#FIRST} (the first report) to
 * {@link CoverageColour#LATE} (the latest) with its article's date (and the lag, after the first) written in it, grey when the article is undated; a legend
 * at the bottom. The geometry is fixed (cells do not stretch), so {@link #preferredSize} is the chart's natural full
 * size, {@link #cellAt} inverts it, and a screen canvas, a PNG and an SVG of the same data look the same.
 */
public final class CoveragePainter {

    public static final double PAD = 14;
    public static final double DATE_W = 92;
    public static final double LABEL_W = 300;
    public static final double HEADER_H = 58;
    public static final double CELL_W = 128;
    public static final double CELL_H = 28;
    public static final double LEGEND_H = 44;
    private static final double INSET = 3;
    private static final String EMPTY_TEXT = "No events to chart: no article here is dated.";

    /** A cell position: event row, outlet column. */
    public record CellRef(int row, int column) {
    }

    /**
     * The widths of the label column and of a cell. The screen uses {@link #DEFAULT}; an export widens them with
     * {@link CoveragePainter#fitting} so no event label or outlet name is cut short.
     */
    public record Geometry(double labelWidth, double cellWidth) {
        public static final Geometry DEFAULT = new Geometry(LABEL_W, CELL_W);
    }

    /** The keyboard focus, {@code null} for none. */
    public record State(CellRef focus) {
        public static final State NONE = new State(null);
    }

    private final Font font = ChartFonts.REGULAR;
    private final Font small = ChartFonts.SMALL;
    private final Font bold = ChartFonts.BOLD;
    private final TextMeasure measure = new TextMeasure();
    private final Geometry geometry;

    /** The screen's geometry, {@link Geometry#DEFAULT}. */
    public CoveragePainter() {
        this(Geometry.DEFAULT);
    }

    public CoveragePainter(Geometry geometry) {
        this.geometry = geometry;
    }

    /**
     * The default geometry widened (up to {@code maxLabelWidth} and {@code maxCellWidth}) until every event label
     * fits on its line and every outlet name in its two lines.
     */
    public Geometry fitting(CoverageData data, double maxLabelWidth, double maxCellWidth) {
        double label = LABEL_W;
        for (CoverageData.Row row : data.rows()) {
            String text = row.background() ? row.label() + " (background)" : row.label();
            label = Math.max(label, Math.ceil(measure.width(text, font)) + 12);
        }
        double cell = CELL_W;
        for (String outlet : data.outlets()) {
            while (cell < maxCellWidth && wrap(outlet, bold, cell - 10, 2).stream().anyMatch(l -> l.endsWith("\u2026"))) {
                cell += 8;
            }
        }
        return new Geometry(Math.min(label, Math.max(LABEL_W, maxLabelWidth)), Math.min(cell, Math.max(CELL_W, maxCellWidth)));
    }

    /** The chart's natural full size: every row, every column and the legend. */
    public Dimension2D preferredSize(CoverageData data) {
        if (data.isEmpty()) {
            return new Dimension2D(PAD * 2 + DATE_W + geometry.labelWidth() + 3 * geometry.cellWidth(),
                    PAD * 2 + HEADER_H + CELL_H);
        }
        return new Dimension2D(PAD * 2 + DATE_W + geometry.labelWidth() + data.outlets().size() * geometry.cellWidth(),
                PAD + HEADER_H + data.rows().size() * CELL_H + LEGEND_H + PAD);
    }

    /** The cell under ({@code x}, {@code y}), if any. */
    public Optional<CellRef> cellAt(double x, double y, CoverageData data) {
        double gx = x - PAD - DATE_W - geometry.labelWidth();
        double gy = y - PAD - HEADER_H;
        if (gx < 0 || gy < 0) {
            return Optional.empty();
        }
        int column = (int) (gx / geometry.cellWidth());
        int row = (int) (gy / CELL_H);
        return row < data.rows().size() && column < data.outlets().size()
                ? Optional.of(new CellRef(row, column)) : Optional.empty();
    }

    /** The left, top corner of a cell (before its inset), in the default geometry. */
    public static double cellX(int column) {
        return PAD + DATE_W + LABEL_W + column * CELL_W;
    }

    /** The left edge of a column in this painter's geometry. */
    public double columnX(int column) {
        return PAD + DATE_W + geometry.labelWidth() + column * geometry.cellWidth();
    }

    public static double cellY(int row) {
        return PAD + HEADER_H + row * CELL_H;
    }

    public void paint(ChartCanvas g, double width, double height, CoverageData data,
                      Function<CoverageColour, Paint> colours) {
        paint(g, width, height, data, colours, State.NONE);
    }

    public void paint(ChartCanvas g, double width, double height, CoverageData data,
                      Function<CoverageColour, Paint> colours, State state) {
        paint(g, width, height, data, colours, state, true);
    }

    /**
     * As above; without {@code legend} the chart ends below the last row (an export draws its own legend there:
     * {@link #preferredSize} still counts the legend's band).
     */
    public void paint(ChartCanvas g, double width, double height, CoverageData data,
                      Function<CoverageColour, Paint> colours, State state, boolean legend) {
        g.save();
        g.setFill(colours.apply(CoverageColour.BACKGROUND));
        g.fillRect(0, 0, width, height);
        g.setTextBaseline(VPos.CENTER);
        if (data.isEmpty()) {
            g.setFont(font);
            g.setFill(colours.apply(CoverageColour.MUTED));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(EMPTY_TEXT, PAD, PAD + HEADER_H / 2);
            g.restore();
            return;
        }
        int rows = data.rows().size();
        int columns = data.outlets().size();
        paintRows(g, data, colours);
        paintGrid(g, rows, columns, colours);
        paintOutletNames(g, data, colours);
        paintCells(g, data, colours);
        if (state.focus() != null && state.focus().row() < rows && state.focus().column() < columns) {
            g.setStroke(colours.apply(CoverageColour.FOCUS));
            g.setLineWidth(2);
            g.strokeRoundRect(columnX(state.focus().column()) + 1, cellY(state.focus().row()) + 1, geometry.cellWidth() - 2,
                    CELL_H - 2, 10, 10);
        }
        if (legend) {
            legend(g, cellY(rows) + 14, data.maxLag(), colours);
        }
        g.restore();
    }

    /** Every other row striped; each row's date and event label. */
    private void paintRows(ChartCanvas g, CoverageData data, Function<CoverageColour, Paint> colours) {
        double gridRight = columnX(data.outlets().size());
        for (int r = 0; r < data.rows().size(); r++) {
            double y = cellY(r);
            if (r % 2 == 1) {
                g.setFill(colours.apply(CoverageColour.STRIPE));
                g.fillRect(PAD, y, gridRight - PAD, CELL_H);
            }
            CoverageData.Row row = data.rows().get(r);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(small);
            g.setFill(colours.apply(CoverageColour.MUTED));
            g.fillText(measure.elide(row.date(), small, DATE_W - 8), PAD + 4, y + CELL_H / 2);
            g.setFont(font);
            g.setFill(colours.apply(row.background() ? CoverageColour.MUTED : CoverageColour.TEXT));
            String label = row.background() ? row.label() + " (background)" : row.label();
            g.fillText(measure.elide(label, font, geometry.labelWidth() - 12), PAD + DATE_W, y + CELL_H / 2);
        }
    }

    private void paintGrid(ChartCanvas g, int rows, int columns, Function<CoverageColour, Paint> colours) {
        double gridRight = columnX(columns);
        double gridBottom = cellY(rows);
        g.setStroke(colours.apply(CoverageColour.GRID));
        g.setLineWidth(1);
        for (int c = 0; c <= columns; c++) {
            double x = Math.round(columnX(c)) + 0.5;
            g.strokeLine(x, PAD + HEADER_H - 6, x, gridBottom);
        }
        g.strokeLine(PAD, Math.round(gridBottom) + 0.5, gridRight, Math.round(gridBottom) + 0.5);
    }

    /** Each outlet's name over its column, in up to two lines. */
    private void paintOutletNames(ChartCanvas g, CoverageData data, Function<CoverageColour, Paint> colours) {
        g.setFont(bold);
        g.setFill(colours.apply(CoverageColour.TEXT));
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < data.outlets().size(); c++) {
            List<String> lines = wrap(data.outlets().get(c), bold, geometry.cellWidth() - 10, 2);
            double cx = columnX(c) + geometry.cellWidth() / 2;
            double y0 = PAD + HEADER_H - 14 - (lines.size() - 1) * 15;
            for (int i = 0; i < lines.size(); i++) {
                g.fillText(lines.get(i), cx, y0 + i * 15);
            }
        }
    }

    /** A shaded cell with its date (and lag) where an outlet reported the event, a dot where it did not. */
    private void paintCells(ChartCanvas g, CoverageData data, Function<CoverageColour, Paint> colours) {
        g.setFont(small);
        for (int r = 0; r < data.rows().size(); r++) {
            for (int c = 0; c < data.outlets().size(); c++) {
                double x = columnX(c) + INSET;
                double y = cellY(r) + INSET;
                double w = geometry.cellWidth() - 2 * INSET;
                double h = CELL_H - 2 * INSET;
                Optional<CoverageData.Cell> cell = data.cell(r, c);
                if (cell.isEmpty()) {
                    g.setFill(colours.apply(CoverageColour.GRID));
                    g.fillOval(x + w / 2 - 2, y + h / 2 - 2, 4, 4);
                    continue;
                }
                Paint fill = fill(cell.get(), data.maxLag(), colours);
                g.setFill(fill);
                g.fillRoundRect(x, y, w, h, 8, 8);
                g.setFill(onFill(fill, colours));
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(cell.get().lagDays().isPresent() && !cell.get().first()
                        ? cell.get().dateText() + "  " + cell.get().lagText() : cell.get().dateText(), x + w / 2, y + h / 2);
            }
        }
    }

    private void legend(ChartCanvas g, double top, long maxLag, Function<CoverageColour, Paint> colours) {
        double x = PAD;
        double y = top + 12;
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(colours.apply(CoverageColour.MUTED));
        g.fillText("Reported:", x, y);
        x += measure.width("Reported:", small) + 10;
        for (long lag : legendLags(maxLag)) {
            CoverageData.Cell sample = new CoverageData.Cell("", null, null, java.util.OptionalLong.of(lag));
            x = swatch(g, x, y, fill(sample, maxLag, colours), sample.lagText(), colours);
        }
        CoverageData.Cell undated = new CoverageData.Cell("", null, null, java.util.OptionalLong.empty());
        x = swatch(g, x + 10, y, fill(undated, maxLag, colours), "undated", colours);
        g.setFill(colours.apply(CoverageColour.GRID));
        g.fillOval(x + 12, y - 2, 4, 4);
        g.setFill(colours.apply(CoverageColour.MUTED));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("not reported", x + 22, y);
    }

    /** The lags a legend shows: 0 and the largest, with evenly spaced ones between (at most five). */
    public static List<Long> legendLags(long maxLag) {
        int steps = maxLag == 0 ? 1 : (int) Math.min(5, maxLag + 1);
        List<Long> lags = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            long lag = steps == 1 ? 0 : Math.round(maxLag * i / (double) (steps - 1));
            if (!lags.contains(lag)) {
                lags.add(lag);
            }
        }
        return lags;
    }

    private double swatch(ChartCanvas g, double x, double y, Paint fill, String text,
                          Function<CoverageColour, Paint> colours) {
        double w = Math.max(44, measure.width(text, small) + 14);
        g.setFill(fill);
        g.fillRoundRect(x, y - 9, w, 18, 8, 8);
        g.setFill(onFill(fill, colours));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text, x + w / 2, y);
        return x + w + 4;
    }

    /** FIRST mixed towards LATE by the share of the largest lag; UNDATED for an undated report. */
    public static Paint fill(CoverageData.Cell cell, long maxLag, Function<CoverageColour, Paint> colours) {
        if (cell.lagDays().isEmpty()) {
            return colours.apply(CoverageColour.UNDATED);
        }
        Paint first = colours.apply(CoverageColour.FIRST);
        Paint late = colours.apply(CoverageColour.LATE);
        double t = maxLag == 0 ? 0 : Math.min(1, cell.lagDays().getAsLong() / (double) maxLag);
        if (first instanceof Color a && late instanceof Color b) {
            return a.interpolate(b, t);
        }
        return t < 0.5 ? first : late;
    }

    /** Text colour on a cell: the cell-text colour on dark fills, the text colour on light ones. */
    public static Paint onFill(Paint fill, Function<CoverageColour, Paint> colours) {
        if (fill instanceof Color c) {
            double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            Paint text = colours.apply(CoverageColour.TEXT);
            boolean textIsDark = !(text instanceof Color t) || 0.2126 * t.getRed() + 0.7152 * t.getGreen()
                    + 0.0722 * t.getBlue() < 0.5;
            if (luminance < 0.5) {
                return textIsDark ? colours.apply(CoverageColour.CELL_TEXT) : text;
            }
            return textIsDark ? text : CoverageColour.TEXT.light();
        }
        return colours.apply(CoverageColour.TEXT);
    }

    /** Words into at most {@code maxLines} lines of {@code max} pixels, the last elided. */
    private List<String> wrap(String s, Font f, double max, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = s.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String next = line.length() == 0 ? words[i] : line + " " + words[i];
            if (measure.width(next, f) <= max || line.length() == 0) {
                line.setLength(0);
                line.append(next);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(words[i]);
                if (lines.size() == maxLines - 1) {
                    StringBuilder rest = new StringBuilder(line);
                    for (int j = i + 1; j < words.length; j++) {
                        rest.append(' ').append(words[j]);
                    }
                    lines.add(measure.elide(rest.toString(), f, max));
                    return lines;
                }
            }
        }
        if (line.length() > 0) {
            lines.add(measure.elide(line.toString(), f, max));
        }
        return lines;
    }
}
