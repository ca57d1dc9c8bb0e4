package org.parallax.export;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import org.parallax.model.Corpus;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.TextMeasure;
import org.parallax.chart.coverage.CoverageColour;
import org.parallax.chart.coverage.CoverageData;
import org.parallax.chart.coverage.CoveragePainter;

/**
 * The coverage chart (events × outlets, a cell where an outlet reported an event, shaded by how many days after the
 * first report) as an export draws it: the {@link CoveragePainter}'s grid without its own legend and without focus,
 * under a title and over a legend that spells the shading out, all through the same {@link ChartCanvas}.
 * "Everything" is the chart's natural size (every row and column); "on screen" keeps the size given, the chart's
 * top-left corner in view.
 */
public final class CoveragePicture extends FramedPicture<CoveragePicture.LegendItem> {

    static final double LEGEND_ROW = 26;
    /** Below the last row of cells, before the legend's rule. */
    static final double GRID_MARGIN = 14;
    static final String DEFAULT_TITLE = "Who reported what, when";
    /** How far "everything" widens the label column and the cells so labels and outlet names are not cut. */
    static final double MAX_LABEL_WIDTH = 720;
    static final double MAX_CELL_WIDTH = 280;

    private final CoverageData data;
    private final Function<CoverageColour, Paint> colours;
    private final CoveragePainter painter;
    private final String emptyText;

    /** What a legend item shows: a heading, a cell of a lag (empty: undated), or the "not reported" dot. */
    enum Kind { HEADING, LAG, UNDATED, NOT_REPORTED }

    /** A legend item; lag swatches sit edge to edge, the others keep a gap after them. */
    record LegendItem(Kind kind, String text, OptionalLong lag, double width) implements Legend.Item {
        @Override
        public double gapAfter() {
            return kind == Kind.LAG || kind == Kind.HEADING ? 0 : 8;
        }
    }

    private CoveragePicture(CoverageData data, CoveragePainter painter, double width, double chartWidth,
                            double chartHeight, TitleBand title, Legend<LegendItem> legend,
                            Function<CoverageColour, Paint> colours, String emptyText) {
        super(width, chartWidth, chartHeight, title, legend);
        this.data = data;
        this.painter = painter;
        this.colours = colours;
        this.emptyText = emptyText;
    }

    /** The coverage chart of {@code corpus} (already filtered) as {@code request} asks, in {@code colours}. */
    public static CoveragePicture of(Corpus corpus, ExportRequest request, Function<CoverageColour, Paint> colours) {
        return of(corpus, request, colours, false);
    }

    /**
     * As {@link #of(Corpus, ExportRequest, Function)}; {@code filteredOut} says the request's filters removed every
     * event of the corpus (so an empty chart says so, not that nothing is dated).
     */
    static CoveragePicture of(Corpus corpus, ExportRequest request, Function<CoverageColour, Paint> colours,
                              boolean filteredOut) {
        CoverageData data = CoverageData.of(corpus);
        CoveragePainter painter;
        double chartWidth;
        double chartHeight;
        if (request.extent() instanceof Extent.OnScreen screen) { // as on screen: the screen's geometry
            painter = new CoveragePainter();
            chartWidth = screen.width();
            chartHeight = screen.height();
        } else { // every label and outlet name in full, within reason
            painter = new CoveragePainter(new CoveragePainter().fitting(data, MAX_LABEL_WIDTH, MAX_CELL_WIDTH));
            chartWidth = painter.preferredSize(data).getWidth();
            chartHeight = naturalHeight(data, painter);
        }
        TitleBand title = TitleBand.of(request, DEFAULT_TITLE, subtitle(corpus, data, request.filter()));
        double width = title == null ? chartWidth : Math.max(chartWidth, title.minWidth());
        Legend<LegendItem> legend = title != null && !data.isEmpty() ? legend(data, width) : Legend.none();
        return new CoveragePicture(data, painter, width, chartWidth, chartHeight, title, legend,
                colours == null ? CoverageColour::light : colours, emptyText(corpus, request.filter(), filteredOut));
    }

    /** Why there is nothing to chart, by its cause. */
    static String emptyText(Corpus corpus, ExportFilter filter, boolean filteredOut) {
        if (corpus.articles().isEmpty()) {
            return "No events to chart: there are no articles.";
        }
        if (filteredOut) {
            String filters = filter.describe(corpus);
            return "No events to chart: the filters" + (filters.isEmpty() ? "" : " (" + filters + ")")
                    + " leave none.";
        }
        if (corpus.events().isEmpty()) {
            return "No events to chart: the articles mention no dated events.";
        }
        return "No events to chart: no article here is dated.";
    }

    /** What an empty chart says, by its cause ("the filters … leave none"). */
    public String emptyText() {
        return emptyText;
    }

    /** Every row, then a margin: the painter's own legend is left out (the picture's legend replaces it). */
    static double naturalHeight(CoverageData data, CoveragePainter painter) {
        if (data.isEmpty()) {
            return painter.preferredSize(data).getHeight();
        }
        return CoveragePainter.cellY(data.rows().size()) + GRID_MARGIN;
    }

    private static String subtitle(Corpus corpus, CoverageData data, ExportFilter filter) {
        List<String> parts = new ArrayList<>();
        int events = data.rows().size();
        int outlets = data.outlets().size();
        parts.add(events + (events == 1 ? " event" : " events") + " × " + outlets
                + (outlets == 1 ? " outlet" : " outlets"));
        return TitleBand.subtitle(parts, corpus, filter);
    }

    public CoverageData data() {
        return data;
    }

    /** The painter, with the geometry this picture draws in. */
    public CoveragePainter painter() {
        return painter;
    }

    @Override
    Paint ink(Ink ink) {
        return colours.apply(switch (ink) {
            case BACKGROUND -> CoverageColour.BACKGROUND;
            case TEXT -> CoverageColour.TEXT;
            case MUTED -> CoverageColour.MUTED;
            case RULE -> CoverageColour.GRID;
        });
    }

    /** The painter's grid without its legend and focus; an empty chart says why in its own words. */
    @Override
    int paintChart(ChartCanvas g) {
        if (data.isEmpty()) { // the painter's own message blames dating; say the real cause
            g.setFill(colours.apply(CoverageColour.BACKGROUND));
            g.fillRect(0, 0, chartWidth(), chartHeight());
            g.setFont(ChartFonts.REGULAR);
            g.setFill(colours.apply(CoverageColour.MUTED));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(emptyText, Legend.PAD, Legend.PAD + 18);
        } else {
            painter.paint(g, chartWidth(), chartHeight(), data, colours, CoveragePainter.State.NONE, false);
        }
        return visibleReports();
    }

    /** Reports whose cell starts inside the chart's size. */
    private int visibleReports() {
        int n = 0;
        for (int r = 0; r < data.rows().size(); r++) {
            if (CoveragePainter.cellY(r) >= chartHeight()) {
                break;
            }
            for (int c = 0; c < data.outlets().size() && painter.columnX(c) < chartWidth(); c++) {
                if (data.cell(r, c).isPresent()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** "same day", "1 day later", "12 days later". */
    static String lagText(long days) {
        return days == 0 ? "same day" : days == 1 ? "1 day later" : days + " days later";
    }

    /** The shading spelled out: a heading, the lags, "article undated" when there is one, and "not reported". */
    private static Legend<LegendItem> legend(CoverageData data, double width) {
        TextMeasure measure = new TextMeasure();
        List<LegendItem> items = new ArrayList<>();
        String heading = "Reported, counted from the first outlet to report the event:";
        items.add(new LegendItem(Kind.HEADING, heading, null, measure.width(heading, ChartFonts.BOLD) + 12));
        for (long lag : CoveragePainter.legendLags(data.maxLag())) {
            items.add(swatch(measure, Kind.LAG, lagText(lag), OptionalLong.of(lag)));
        }
        boolean undated = data.cells().stream().flatMap(List::stream)
                .anyMatch(c -> c != null && c.lagDays().isEmpty());
        if (undated) {
            items.add(swatch(measure, Kind.UNDATED, "article undated", OptionalLong.empty()));
        }
        String notReported = "not reported";
        items.add(new LegendItem(Kind.NOT_REPORTED, notReported, null,
                44 + 8 + measure.width(notReported, ChartFonts.REGULAR) + 6));
        return Legend.flow(items, width, LEGEND_ROW, Legend.PAD / 2);
    }

    private static LegendItem swatch(TextMeasure measure, Kind kind, String text, OptionalLong lag) {
        return new LegendItem(kind, text, lag, Math.max(56, measure.width(text, ChartFonts.SMALL) + 18) + 6);
    }

    @Override
    void paintLegendItem(ChartCanvas g, LegendItem item, double x, double y) {
        switch (item.kind()) {
            case HEADING -> {
                g.setFont(ChartFonts.BOLD);
                g.setTextAlign(TextAlignment.LEFT);
                g.setFill(colours.apply(CoverageColour.TEXT));
                g.fillText(item.text(), x, y);
            }
            case LAG, UNDATED -> {
                Paint fill = CoveragePainter.fill(new CoverageData.Cell("", null, null, item.lag()),
                        data.maxLag(), colours);
                double w = item.width() - 6;
                g.setFill(fill);
                g.fillRoundRect(x, y - 10, w, 20, 8, 8);
                g.setFont(ChartFonts.SMALL);
                g.setTextAlign(TextAlignment.CENTER);
                g.setFill(CoveragePainter.onFill(fill, colours));
                g.fillText(item.text(), x + w / 2, y);
            }
            case NOT_REPORTED -> { // an empty cell: its dot, in a cell's outline
                g.setStroke(colours.apply(CoverageColour.GRID));
                g.setLineWidth(1);
                g.strokeRoundRect(x + 0.5, y - 9.5, 43, 19, 8, 8);
                g.setFill(colours.apply(CoverageColour.GRID));
                g.fillOval(x + 20, y - 2, 4, 4);
                g.setFont(ChartFonts.REGULAR);
                g.setTextAlign(TextAlignment.LEFT);
                g.setFill(colours.apply(CoverageColour.MUTED));
                g.fillText(item.text(), x + 52, y);
            }
        }
    }
}
