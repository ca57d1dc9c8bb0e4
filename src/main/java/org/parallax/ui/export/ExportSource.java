package org.parallax.ui.export;

import java.util.function.Function;
import javafx.scene.paint.Paint;
import org.parallax.chart.coverage.CoverageColour;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.chart.timeline.TimelineColour;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.export.ChartColours;
import org.parallax.model.Corpus;

/**
 * What is exported: the corpus on show (with the view's filters applied), and what the timeline shows now.
 *
 * @param axis            the timeline's current axis, or null when it has none yet (then only "everything" is
 *                        offered)
 * @param colours         the timeline's colours (the on-screen chart's, so a dark window exports dark)
 * @param coverageColours the coverage chart's colours, likewise
 * @param collapse        the timeline's "Collapse Empty Time" ({@code timeline.isCollapseEmptyTime()}): an
 *                        "everything" export draws empty time as breaks when true, to scale when false
 * @param name            what the corpus is called (its folder's name), for the suggested file name
 *                        ("timeline-moscow.png"); null when it has none
 * @param laneNames       how wide the timeline's lane-name column is now (NaN: its default)
 */
public record ExportSource(Corpus corpus, TimeAxis axis, double width, double height,
                           Function<TimelineColour, Paint> colours, LaneMode lanes,
                           Function<CoverageColour, Paint> coverageColours, boolean collapse, String name,
                           double laneNames) {

    public ExportSource {
        colours = colours == null ? TimelineColour::light : colours;
        lanes = lanes == null ? LaneMode.OUTLET : lanes;
        coverageColours = coverageColours == null ? CoverageColour::light : coverageColours;
    }

    /** A corpus without a name. */
    public ExportSource(Corpus corpus, TimeAxis axis, double width, double height,
                        Function<TimelineColour, Paint> colours, LaneMode lanes,
                        Function<CoverageColour, Paint> coverageColours, boolean collapse) {
        this(corpus, axis, width, height, colours, lanes, coverageColours, collapse, null, Double.NaN);
    }

    /** A corpus with no timeline on screen: only "everything" can be exported, in the light colours. */
    public static ExportSource of(Corpus corpus) {
        return new ExportSource(corpus, null, 0, 0, null, null, null, true);
    }

    /** This source with the corpus called {@code newName} (e.g. its folder's name). */
    public ExportSource named(String newName) {
        return new ExportSource(corpus, axis, width, height, colours, lanes, coverageColours, collapse, newName,
                laneNames);
    }

    /** This source with the timeline's lane-name column {@code width} wide. */
    public ExportSource withLaneNames(double width) {
        return new ExportSource(corpus, axis, this.width, height, colours, lanes, coverageColours, collapse, name,
                width);
    }

    /** True when the timeline has a view to export as it is. */
    public boolean hasScreen() {
        return axis != null && width > 0 && height > 0;
    }

    /** Both charts' colours, as the export draws them. */
    public ChartColours chartColours() {
        return new ChartColours(colours, coverageColours);
    }
}
