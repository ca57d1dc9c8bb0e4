package org.parallax.export;

import java.util.Objects;
import java.util.Set;
import org.parallax.chart.timeline.LaneMode;

/**
 * One export, as the command line and the dialog both describe it: which chart, how much of it, in which format
 * and at what scale (PNG: 1, 2 or 4 device pixels per chart pixel; SVG ignores it), with or without the title and
 * legend, and which events.
 *
 * @param title the title line; null or blank for the chart's own ("Timeline — 5 articles, 4 outlets")
 * @param lanes the timeline's lanes: one per outlet (the default) or per story, as on screen
 * @param collapse the timeline's "Collapse Empty Time": true (the default) draws long empty stretches as narrow
 *                 breaks, false draws time to scale ("everything" only; "on screen" keeps the screen's axis)
 */
public record ExportRequest(ChartKind chart, Extent extent, ImageFormat format, int scale, boolean decorations,
                            String title, ExportFilter filter, LaneMode lanes, boolean collapse) {

    /** The scales offered; anything else is refused. */
    public static final Set<Integer> SCALES = Set.of(1, 2, 4);

    public ExportRequest {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(format, "format");
        filter = filter == null ? ExportFilter.NONE : filter;
        lanes = lanes == null ? LaneMode.OUTLET : lanes;
        if (!SCALES.contains(scale)) {
            throw new IllegalArgumentException("scale must be 1, 2 or 4, not " + scale);
        }
    }

    /** Lanes per outlet, empty time collapsed: as the timeline shows it by default. */
    public ExportRequest(ChartKind chart, Extent extent, ImageFormat format, int scale, boolean decorations,
                         String title, ExportFilter filter) {
        this(chart, extent, format, scale, decorations, title, filter, LaneMode.OUTLET, true);
    }

    /** The whole timeline with title and legend at 1×. */
    public static ExportRequest timeline(ImageFormat format) {
        return new ExportRequest(ChartKind.TIMELINE, Extent.EVERYTHING, format, 1, true, null, ExportFilter.NONE);
    }

    public ExportRequest withScale(int newScale) {
        return new ExportRequest(chart, extent, format, newScale, decorations, title, filter, lanes, collapse);
    }

    public ExportRequest withFormat(ImageFormat newFormat) {
        return new ExportRequest(chart, extent, newFormat, scale, decorations, title, filter, lanes, collapse);
    }

    public ExportRequest withDecorations(boolean on) {
        return new ExportRequest(chart, extent, format, scale, on, title, filter, lanes, collapse);
    }

    public ExportRequest withCollapse(boolean on) {
        return new ExportRequest(chart, extent, format, scale, decorations, title, filter, lanes, on);
    }

    public ExportRequest withExtent(Extent newExtent) {
        return new ExportRequest(chart, newExtent, format, scale, decorations, title, filter, lanes, collapse);
    }
}
