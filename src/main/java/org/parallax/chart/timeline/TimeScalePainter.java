package org.parallax.chart.timeline;

import static org.parallax.chart.timeline.TimelineGeometry.CONTEXT_ROW;
import static org.parallax.chart.timeline.TimelineGeometry.TICK_ROW;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.TextAlignment;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.TextMeasure;
import org.parallax.chart.timeline.scale.CollapsedTime;
import org.parallax.chart.timeline.scale.Tick;
import org.parallax.chart.timeline.scale.Ticks;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.model.TimePrecision;

/**
 * The timeline's time scale, in plot coordinates: the breaks where empty time is collapsed (shaded, one zigzag down the
 * middle, how much they leave out), the tick grid, and the header's two rows of labels (ticks; above them the context: "October
 * 2015", or a year where that does not fit).
 */
final class TimeScalePainter {

    /** Islands narrower than this many days are a sliver around one anchor, not a stretch of time. */
    private static final double SLIVER_DAYS = 7;

    private final Font small = ChartFonts.SMALL;
    private final Font bold = ChartFonts.BOLD;
    /** How long a break is, set apart from the dates: a length, not a tick. */
    private final Font gapFont = Font.font(ChartFonts.SMALL.getFamily(), FontPosture.ITALIC, 10);
    private final TextMeasure measure;

    TimeScalePainter(TextMeasure measure) {
        this.measure = measure;
    }

    void paintBreaks(ChartCanvas g, TimeAxis axis, double plotWidth, double bottom,
                     Function<TimelineColour, Paint> colours) {
        for (CollapsedTime.Break b : axis.mapping().breaks()) {
            double x0 = (b.startPos() - axis.origin()) * axis.scale();
            double x1 = (b.endPos() - axis.origin()) * axis.scale();
            if (x1 < 0 || x0 > plotWidth) {
                continue;
            }
            g.setFill(colours.apply(TimelineColour.BREAK));
            g.fillRect(x0, 0, x1 - x0, bottom);
            String gap = gapText(b.endDay() - b.startDay());
            double textWidth = measure.width(gap, gapFont);
            boolean named = textWidth < x1 - x0 - 6 && (x0 + x1 - textWidth) / 2 >= 0
                    && (x0 + x1 + textWidth) / 2 <= plotWidth; // never cut at the plot's edge
            if (named) { // how long, in the tick row, where the zigzag starts
                g.setFont(gapFont);
                g.setFill(colours.apply(TimelineColour.MUTED));
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(gap, (x0 + x1) / 2, CONTEXT_ROW + TICK_ROW / 2);
                g.setTextAlign(TextAlignment.LEFT);
            }
            g.setStroke(colours.apply(TimelineColour.MARK_BACKGROUND));
            g.setLineWidth(1.2);
            // one marker per collapsed stretch, down its middle
            zigzag(g, Math.round((x0 + x1) / 2) + 0.5, named ? CONTEXT_ROW + TICK_ROW : 0, bottom);
        }
    }

    /** A zigzag line down from {@code top} to {@code bottom} around {@code x}: time left out. */
    static void zigzag(ChartCanvas g, double x, double top, double bottom) {
        g.beginPath();
        g.moveTo(x, top);
        boolean left = true;
        for (double y = top + 6; y < bottom; y += 6) {
            g.lineTo(x + (left ? -2.5 : 2.5), y);
            left = !left;
        }
        g.stroke();
    }

    /** "26 yrs", "7 mo", "19 d": how much time a break leaves out. */
    static String gapText(double days) {
        if (days >= 730) {
            return Math.round(days / 365.25) + " yrs";
        }
        if (days >= 60) {
            return Math.round(days / 30.44) + " mo";
        }
        return Math.round(days) + " d";
    }

    void paintGrid(ChartCanvas g, Ticks ticks, double bottom, Function<TimelineColour, Paint> colours) {
        g.setStroke(colours.apply(TimelineColour.GRID));
        g.setLineWidth(1);
        for (Tick t : ticks.ticks()) {
            double x = Math.round(t.x()) + 0.5;
            g.setGlobalAlpha(t.major() ? 1 : 0.55);
            g.strokeLine(x, CONTEXT_ROW, x, bottom);
        }
        g.setGlobalAlpha(1);
    }

    /** The tick labels, then the context labels above them; neither is drawn over a break. */
    void paintHeader(ChartCanvas g, Ticks ticks, TimeAxis axis, double plotWidth, TimelineData data,
                     Function<TimelineColour, Paint> colours) {
        List<CollapsedTime.Break> breaks = axis.mapping().breaks();
        double[] breakX0 = new double[breaks.size()];
        double[] breakX1 = new double[breaks.size()];
        for (int i = 0; i < breaks.size(); i++) {
            breakX0[i] = (breaks.get(i).startPos() - axis.origin()) * axis.scale();
            breakX1[i] = (breaks.get(i).endPos() - axis.origin()) * axis.scale();
        }
        g.setFill(colours.apply(TimelineColour.MUTED));
        g.setFont(small);
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks.ticks()) {
            double w = measure.width(t.label(), small);
            if (t.x() + 4 > lastEnd + 6 && !crosses(t.x() + 4, t.x() + 4 + w, breakX0, breakX1)) {
                g.fillText(t.label(), t.x() + 4, CONTEXT_ROW + TICK_ROW / 2);
                lastEnd = t.x() + 4 + w;
            }
        }
        g.setFill(colours.apply(TimelineColour.TEXT));
        g.setFont(bold);
        paintContexts(g, ticks.contexts(), axis, plotWidth, data, breakX0, breakX1);
    }

    private void paintContexts(ChartCanvas g, List<Tick> contexts, TimeAxis axis, double plotWidth, TimelineData data,
                               double[] breakX0, double[] breakX1) {
        double lastEnd = Double.NEGATIVE_INFINITY;
        String lastLabel = "";
        for (int i = 0; i < contexts.size(); i++) {
            Tick t = contexts.get(i);
            double x = Math.max(4, t.x() + 4);
            double w = measure.width(t.label(), bold);
            double next = i + 1 < contexts.size() ? contexts.get(i + 1).x() : Double.POSITIVE_INFINITY;
            double limit = Math.min(next, plotWidth - 2); // never cut at the right edge
            String label = t.label();
            String vague = vagueIsland(data, axis, t, breakX0, breakX1, plotWidth);
            if (vague != null && vague.isEmpty()) {
                continue;
            }
            if (vague != null) {
                label = vague;
                w = measure.width(label, bold);
            }
            if (x + w >= limit && vague == null) { // "October 2015" does not fit before the next one: "2015" may
                String year = Integer.toString(LocalDate.ofEpochDay((long) Math.floor(t.day())).getYear());
                String nextLabel = i + 1 < contexts.size() ? contexts.get(i + 1).label() : "";
                if (lastLabel.endsWith(year) || nextLabel.endsWith(year) && next < plotWidth) {
                    continue; // a neighbour already names the year: "2015" before "October 2015" says nothing
                }
                label = year;
                w = measure.width(label, bold);
            }
            if (x > lastEnd + 8 && x + w < limit && !label.equals(lastLabel)) {
                g.fillText(label, x, CONTEXT_ROW / 2 + 2);
                lastEnd = x + w;
                lastLabel = label;
            }
        }
    }

    /**
     * The context label of a sliver island (a few days kept between breaks) that holds only vague events (a year,
     * a decade): their own date ("the 1980s"), since the island's month ("January 1985", the middle of a decade)
     * would pretend a precision nobody gave. Null when the island is wider or holds a precise event; empty when it is
     * cut off by the left edge with none of its events in view.
     */
    private static String vagueIsland(TimelineData data, TimeAxis axis, Tick t, double[] breakX0, double[] breakX1,
                                      double plotWidth) {
        double from = 0; // the whole island the tick stands in: from the break before it to the break after it
        double to = plotWidth;
        for (double b : breakX1) {
            if (b <= t.x() + 0.5 && b > from) {
                from = b;
            }
        }
        for (double b : breakX0) {
            if (b > t.x() + 0.5 && b < to) {
                to = b;
            }
        }
        if ((to - from) / axis.scale() > SLIVER_DAYS || to <= from) {
            return null;
        }
        double dayFrom = axis.toDay(from);
        double dayTo = axis.toDay(to);
        String label = null;
        for (int i = data.firstAtOrAfter(dayFrom); i < data.size() && data.anchor(i) < dayTo; i++) {
            TimePrecision p = data.event(i).precision();
            boolean coarse = switch (p) {
                case CENTURY, DECADE, YEAR, HALF_YEAR, QUARTER, SEASON -> true;
                default -> false;
            };
            if (!coarse) {
                return null;
            }
            if (label == null) {
                label = TimelineData.dateText(data.event(i).date());
            }
        }
        // the cut-off end of a sliver at the left edge, its events out of view (an outlier's, marked at the edge):
        // its month would crowd the next stretch's name and say nothing
        return label == null && from == 0 ? "" : label;
    }

    private static boolean crosses(double x0, double x1, double[] bandX0, double[] bandX1) {
        for (int i = 0; i < bandX0.length; i++) {
            if (x0 < bandX1[i] + 2 && bandX0[i] - 2 < x1) {
                return true;
            }
        }
        return false;
    }
}
