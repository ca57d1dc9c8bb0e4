package org.parallax.export;

import java.util.function.Function;
import javafx.scene.paint.Paint;
import org.parallax.chart.coverage.CoverageColour;
import org.parallax.chart.timeline.TimelineColour;

/**
 * The colours an export draws in, one function per chart's colour roles: the on-screen charts' (so a dark window
 * exports dark) or the light theme's, which the command line uses. A null function stands for the light one.
 */
public record ChartColours(Function<TimelineColour, Paint> timeline, Function<CoverageColour, Paint> coverage) {

    public static final ChartColours LIGHT = new ChartColours(TimelineColour::light, CoverageColour::light);

    public ChartColours {
        timeline = timeline == null ? TimelineColour::light : timeline;
        coverage = coverage == null ? CoverageColour::light : coverage;
    }
}
