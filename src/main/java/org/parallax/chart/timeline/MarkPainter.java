package org.parallax.chart.timeline;

import java.util.function.Function;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;

/**
 * One mark of the timeline: a dot for a reported event, a ring for a background one, a numbered disc for a cluster
 * of events too close to draw apart; a soft edge when its date is rough ("about", "early in"); a halo when selected
 * and a ring when it has the keyboard focus.
 */
final class MarkPainter {

    static final double MARK_R = 5;

    /** The radius of a mark of {@code members} events: clusters grow with their count, never into their neighbours. */
    static double radius(int members) {
        return members <= 1 ? MARK_R
                : Math.min(MARK_R + 2 + Math.log10(members) * 1.5, TimelinePainter.CLUSTER_GAP / 2 - 0.5);
    }

    void paint(ChartCanvas g, TimelineData data, double x, double y, int[] members, boolean selected,
               TimelinePainter.State state, Function<TimelineColour, Paint> colours, boolean eventsLane) {
        double r = radius(members.length);
        boolean background = true;
        for (int k = 0; k < members.length && background; k++) {
            background = data.isBackground(members[k]);
        }
        if (selected) {
            g.setFill(colours.apply(TimelineColour.SELECTION));
            g.fillOval(x - r - 5, y - r - 5, 2 * r + 10, 2 * r + 10);
        }
        if (members.length == 1 && data.mod(members[0]) != null) {
            // a rough date: the mark blurs into two fainter rings of its own colour
            g.setFill(colours.apply(background ? TimelineColour.MARK_BACKGROUND : TimelineColour.MARK));
            g.setGlobalAlpha(0.18);
            g.fillOval(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8);
            g.setGlobalAlpha(0.3);
            g.fillOval(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4);
            g.setGlobalAlpha(1);
        }
        if (members.length > 1) {
            g.setFill(colours.apply(background ? TimelineColour.MARK_BACKGROUND : TimelineColour.CLUSTER));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setFill(colours.apply(TimelineColour.MARK_TEXT));
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(members.length > 99 ? ChartFonts.TINY : ChartFonts.SMALL);
            g.fillText(members.length > 999 ? "1k+" : Integer.toString(members.length), x, y + 0.5);
            g.setTextAlign(TextAlignment.LEFT);
        } else if (background) {
            g.setFill(colours.apply(TimelineColour.BACKGROUND));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(colours.apply(TimelineColour.MARK_BACKGROUND));
            g.setLineWidth(2);
            g.strokeOval(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
        } else {
            g.setFill(colours.apply(TimelineColour.MARK));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
        if (selected && state.focused() && (!eventsLane || state.focusedLane() < 0)) {
            g.setStroke(colours.apply(TimelineColour.FOCUS));
            g.setLineWidth(2);
            g.strokeOval(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8);
        }
    }
}
