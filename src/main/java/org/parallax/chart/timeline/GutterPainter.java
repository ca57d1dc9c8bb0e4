package org.parallax.chart.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.TextMeasure;
import org.parallax.chart.timeline.scale.Ticks;

/**
 * The lane-name column and the footer: "Events" and its count, the zoom, a small key to the marks (on screen, where
 * no legend is printed under the chart), each lane's name and count, and what could not be placed.
 */
final class GutterPainter {

    /** A line of the key: what is drawn, and what it means. */
    enum Key {
        REPORTED("reported"), BACKGROUND("background"), CLUSTER("close together"), BREAK("time left out"),
        EDGE("far off the axis"), ROUGH("rough date");

        final String text;

        Key(String text) {
            this.text = text;
        }
    }

    static final double KEY_LINE = 15;

    private final Font font = ChartFonts.REGULAR;
    private final Font small = ChartFonts.SMALL;
    private final Font bold = ChartFonts.BOLD;
    private final TextMeasure measure;

    GutterPainter(TextMeasure measure) {
        this.measure = measure;
    }

    /**
     * The lines of the key a frame needs: the marks always, breaks, edge markers and rough dates ("early 2011") when
     * there are some.
     */
    static List<Key> keys(TimelineData data, boolean breaks) {
        List<Key> keys = new ArrayList<>(List.of(Key.REPORTED, Key.BACKGROUND, Key.CLUSTER));
        if (breaks) {
            keys.add(Key.BREAK);
        }
        if (data.outliers().before() + data.outliers().after() > 0) {
            keys.add(Key.EDGE);
        }
        for (int i = 0; i < data.size(); i++) {
            if (data.mod(i) != null) {
                keys.add(Key.ROUGH);
                break;
            }
        }
        return keys;
    }

    /** The column's header and events lane part (the lanes' names are painted with the lanes). */
    void paintHead(ChartCanvas g, TimelineGeometry geo, TimelineData data, Ticks ticks, List<Key> key,
                   Function<TimelineColour, Paint> colours) {
        double gutter = geo.gutter();
        g.setFill(colours.apply(TimelineColour.BACKGROUND));
        g.fillRect(0, 0, gutter, geo.laneTop(0));
        g.setFont(bold);
        g.setFill(colours.apply(TimelineColour.TEXT));
        g.fillText("Events", 12, geo.markY(-1));
        g.setFont(small);
        g.setFill(colours.apply(TimelineColour.MUTED));
        double countY = geo.markY(-1) - 18;
        g.fillText(data.size() + (data.size() == 1 ? " event" : " events"), 12, countY);
        g.fillText(measure.fitOrEmpty("Zoom: " + ticks.unit().description(), small, gutter - 16), 12,
                TimelineGeometry.CONTEXT_ROW + TimelineGeometry.TICK_ROW / 2);
        double y = TimelineGeometry.HEADER + 10;
        for (Key k : key) {
            if (y > countY - KEY_LINE + 2) {
                break; // no room left above the count: the rest of the key is in the tooltip and the export
            }
            paintKey(g, k, 12, y, gutter - 40, colours);
            y += KEY_LINE;
        }
    }

    private void paintKey(ChartCanvas g, Key key, double x, double y, double room,
                          Function<TimelineColour, Paint> colours) {
        String text = measure.fitOrEmpty(key.text, small, room);
        if (text.isEmpty()) {
            return;
        }
        double cx = x + 6;
        switch (key) {
            case REPORTED -> {
                g.setFill(colours.apply(TimelineColour.MARK));
                g.fillOval(cx - 4, y - 4, 8, 8);
            }
            case BACKGROUND -> {
                g.setStroke(colours.apply(TimelineColour.MARK_BACKGROUND));
                g.setLineWidth(1.6);
                g.strokeOval(cx - 3.5, y - 3.5, 7, 7);
            }
            case CLUSTER -> {
                g.setFill(colours.apply(TimelineColour.CLUSTER));
                g.fillOval(cx - 6, y - 6, 12, 12);
                g.setFill(colours.apply(TimelineColour.MARK_TEXT));
                g.setFont(ChartFonts.TINY);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText("3", cx, y + 0.5);
                g.setTextAlign(TextAlignment.LEFT);
            }
            case BREAK -> {
                g.setFill(colours.apply(TimelineColour.BREAK));
                g.fillRect(cx - 5, y - 7, 10, 14);
                g.setStroke(colours.apply(TimelineColour.MUTED));
                g.setLineWidth(1.2);
                TimeScalePainter.zigzag(g, cx, y - 7, y + 7);
            }
            case ROUGH -> {
                g.setFill(colours.apply(TimelineColour.MARK));
                g.setGlobalAlpha(0.24);
                g.fillRoundRect(cx - 9, y - 4, 18, 8, 6, 6);
                g.setGlobalAlpha(0.35);
                g.fillOval(cx - 6, y - 6, 12, 12);
                g.setGlobalAlpha(1);
                g.fillOval(cx - 4, y - 4, 8, 8);
            }
            case EDGE -> {
                g.setFont(small);
                g.setFill(colours.apply(TimelineColour.MARK));
                g.fillText("→", cx - 5, y);
            }
        }
        g.setFont(small);
        g.setFill(colours.apply(TimelineColour.MUTED));
        g.fillText(text, x + 18, y);
    }

    /** A lane's name (shortened to the column) and its count, at the lane's mark line {@code y}. */
    void paintLaneName(ChartCanvas g, TimelineGeometry geo, TimelineData.Lane lane, double y,
                       Function<TimelineColour, Paint> colours) {
        String count = Integer.toString(lane.events().length);
        g.setFont(font);
        g.setFill(colours.apply(TimelineColour.TEXT));
        g.fillText(measure.fitOrEmpty(lane.label(), font, geo.gutter() - 24 - measure.width(count, small)), 12, y);
        g.setFont(small);
        g.setFill(colours.apply(TimelineColour.MUTED));
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(count, geo.gutter() - 10, y);
        g.setTextAlign(TextAlignment.LEFT);
    }

    /** The lane-name column's right edge: a rule, with a grip in the middle (on screen) to drag it wider or narrower. */
    void paintEdge(ChartCanvas g, TimelineGeometry geo, double bottom, boolean grip,
                   Function<TimelineColour, Paint> colours) {
        double x = geo.gutter() - 0.5;
        g.setStroke(colours.apply(TimelineColour.RULE));
        g.setLineWidth(1);
        g.strokeLine(x, 0, x, bottom);
        if (!grip) {
            return;
        }
        double mid = (geo.laneTop(0) + bottom) / 2;
        g.setStroke(colours.apply(TimelineColour.MUTED));
        g.setGlobalAlpha(0.6);
        g.strokeLine(x - 2, mid - 6, x - 2, mid + 6);
        g.strokeLine(x + 2, mid - 6, x + 2, mid + 6);
        g.setGlobalAlpha(1);
    }

    void paintFooter(ChartCanvas g, TimelineData data, double width, double height,
                     Function<TimelineColour, Paint> colours) {
        double top = height - TimelineGeometry.FOOTER;
        g.setFill(colours.apply(TimelineColour.LANE_ALT));
        g.fillRect(0, top, width, TimelineGeometry.FOOTER);
        g.setStroke(colours.apply(TimelineColour.RULE));
        g.setLineWidth(1);
        g.strokeLine(0, top + 0.5, width, top + 0.5);
        g.setFont(small);
        g.setFill(colours.apply(TimelineColour.MUTED));
        StringBuilder text = new StringBuilder("Not placed: ");
        if (!data.undatedArticles().isEmpty()) {
            int n = data.undatedArticles().size();
            text.append(n).append(n == 1 ? " undated article (" : " undated articles (");
            text.append(String.join(", ", data.undatedArticles().stream().map(a -> a.outlet().displayName())
                    .distinct().toList())).append(')');
        }
        if (!data.undatedEvents().isEmpty()) {
            int n = data.undatedEvents().size();
            text.append(data.undatedArticles().isEmpty() ? "" : " · ").append(n)
                    .append(n == 1 ? " undated event" : " undated events");
        }
        g.fillText(text.toString(), 12, top + TimelineGeometry.FOOTER / 2);
    }
}
