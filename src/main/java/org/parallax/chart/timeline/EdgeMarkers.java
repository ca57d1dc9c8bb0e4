package org.parallax.chart.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.paint.Paint;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.TextMeasure;
import org.parallax.chart.timeline.scale.Outliers;
import org.parallax.chart.timeline.scale.TimeAxis;

/**
 * Outliers ({@link Outliers}) beyond the edge of the view, marked at that edge of the events lane instead of
 * stretching the axis to reach them: "→ 2050" at the right, "← 1980s" at the left, with their count when there
 * are several. A marker is a mark like any other: it can be clicked, and its flag is placed with the rest. Once the
 * view reaches an outlier it is drawn in its place and its marker goes.
 */
final class EdgeMarkers {

    static final double HALF_HEIGHT = 9;
    private static final double INSET = 2;

    private final TextMeasure measure;

    EdgeMarkers(TextMeasure measure) {
        this.measure = measure;
    }

    /** A marker: its events, its box {x0, y0, x1, y1}, its text, and where its flag's leader starts. */
    record Marker(int[] members, double[] box, String text, double flagX) {
    }

    List<Marker> markers(TimelineData data, TimeAxis axis, double plotWidth, double y) {
        Outliers.Split split = data.outliers();
        List<Marker> out = new ArrayList<>(2);
        int n = data.size();
        int before = 0;
        while (before < split.before() && axis.toPixel(data.anchor(before)) < 0) {
            before++;
        }
        if (before > 0) {
            String text = "← " + dates(data, 0, before);
            double w = width(text);
            out.add(new Marker(EventsLanePainter.range(0, before),
                    new double[] {INSET, y - HALF_HEIGHT, INSET + w, y + HALF_HEIGHT}, text, INSET + w / 2));
        }
        int after = 0;
        while (after < split.after() && axis.toPixel(data.anchor(n - 1 - after)) > plotWidth) {
            after++;
        }
        if (after > 0) {
            String text = "→ " + dates(data, n - after, n);
            double w = width(text);
            double x1 = plotWidth - INSET;
            out.add(new Marker(EventsLanePainter.range(n - after, n),
                    new double[] {x1 - w, y - HALF_HEIGHT, x1, y + HALF_HEIGHT}, text, x1 - w / 2));
        }
        return out;
    }

    private double width(String text) {
        return measure.width(text, ChartFonts.SMALL) + 12;
    }

    /** "2050", "2030–2050 (3)": the dates of events {@code [from, to)}. */
    private static String dates(TimelineData data, int from, int to) {
        String first = TimelineData.shortDateText(data.event(from).date());
        String last = TimelineData.shortDateText(data.event(to - 1).date());
        String span = first.equals(last) ? first : first + "–" + last;
        return to - from == 1 ? span : span + " (" + (to - from) + ")";
    }

    void paint(ChartCanvas g, Marker m, TimelineData data, boolean selected, Function<TimelineColour, Paint> colours) {
        double[] b = m.box();
        boolean background = true;
        for (int i : m.members()) {
            background &= data.isBackground(i);
        }
        if (selected) {
            g.setFill(colours.apply(TimelineColour.SELECTION));
            g.fillRoundRect(b[0] - 3, b[1] - 3, b[2] - b[0] + 6, b[3] - b[1] + 6, 20, 20);
        }
        g.setFill(colours.apply(TimelineColour.BACKGROUND));
        g.fillRoundRect(b[0], b[1], b[2] - b[0], b[3] - b[1], 18, 18);
        g.setStroke(colours.apply(background ? TimelineColour.MARK_BACKGROUND : TimelineColour.MARK));
        g.setLineWidth(1.5);
        g.strokeRoundRect(b[0] + 0.75, b[1] + 0.75, b[2] - b[0] - 1.5, b[3] - b[1] - 1.5, 16, 16);
        g.setFont(ChartFonts.SMALL);
        g.setFill(colours.apply(background ? TimelineColour.MUTED : TimelineColour.MARK));
        g.fillText(m.text(), b[0] + 6, (b[1] + b[3]) / 2);
    }
}
