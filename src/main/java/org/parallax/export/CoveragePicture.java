package org.parallax.export;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.parallax.model.Corpus;
import org.parallax.chart.ChartCanvas;
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
public final class CoveragePicture implements ChartPicture {

    static final double PAD = 16;
    static final double TITLE_BAND = TitleBand.HEIGHT;
    static final double LEGEND_ROW = 26;
    /** Below the last row of cells, before the legend's rule. */
    static final double GRID_MARGIN = 14;
    static final String DEFAULT_TITLE = "Who reported what, when";
    /** How far "everything" widens the label column and the cells so labels and outlet names are not cut. */
    static final double MAX_LABEL_WIDTH = 720;
    static final double MAX_CELL_WIDTH = 280;

    private final CoverageData data;
    private final double width;
    private final double chartWidth;
    private final double chartHeight;
    private final boolean decorations;
    private final String title;
    private final String subtitle;
    private final Function<CoverageColour, Paint> colours;
    private final CoveragePainter painter;
    private final String emptyText;
    private final Font legendFont = Font.font(Font.getDefault().getFamily(), 12);
    private final Font legendBold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
    private final Font swatchFont = Font.font(Font.getDefault().getFamily(), 11);
    private final List<LegendItem> legend;
    private final double legendHeight;
    private int lastMarks;

    /** What a legend item shows: a heading, a cell of a lag (empty: undated), or the "not reported" dot. */
    private enum Kind { HEADING, LAG, UNDATED, NOT_REPORTED }

    private record LegendItem(Kind kind, String text, OptionalLong lag, double x, double width, int row) {
    }

    private CoveragePicture(CoverageData data, CoveragePainter painter, double chartWidth, double chartHeight, boolean decorations,
                            String title, String subtitle, Function<CoverageColour, Paint> colours, String emptyText) {
        this.data = data;
        this.emptyText = emptyText;
        this.painter = painter;
        this.chartWidth = chartWidth;
        this.chartHeight = chartHeight;
        this.decorations = decorations;
        this.title = title;
        this.subtitle = subtitle;
        this.colours = colours;
        this.width = decorations ? Math.max(chartWidth, new TitleBand(title, subtitle).minWidth()) : chartWidth;
        this.legend = decorations && !data.isEmpty() ? layOutLegend() : List.of();
        this.legendHeight = legend.isEmpty() ? 0
                : PAD / 2 + (legend.stream().mapToInt(LegendItem::row).max().orElse(0) + 1) * LEGEND_ROW + PAD / 2;
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
        double width;
        double height;
        if (request.extent() instanceof Extent.OnScreen screen) { // as on screen: the screen's geometry
            painter = new CoveragePainter();
            width = screen.width();
            height = screen.height();
        } else { // every label and outlet name in full, within reason
            painter = new CoveragePainter(new CoveragePainter().fitting(data, MAX_LABEL_WIDTH, MAX_CELL_WIDTH));
            width = painter.preferredSize(data).getWidth();
            height = naturalHeight(data, painter);
        }
        String title = request.title() == null || request.title().isBlank() ? DEFAULT_TITLE : request.title().strip();
        return new CoveragePicture(data, painter, width, height, request.decorations(), title,
                subtitle(corpus, data, request.filter()), colours == null ? CoverageColour::light : colours,
                emptyText(corpus, request.filter(), filteredOut));
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

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return top() + chartHeight + legendHeight;
    }

    private double top() {
        return decorations ? TITLE_BAND : 0;
    }

    public CoverageData data() {
        return data;
    }

    /** The painter, with the geometry this picture draws in. */
    public CoveragePainter painter() {
        return painter;
    }

    /** Where the chart's (0, 0) is in the picture: below the title band. */
    public double chartTop() {
        return top();
    }

    /** Reports (cells) drawn by the last {@link #paint}, whole or in part. */
    public int marks() {
        return lastMarks;
    }

    @Override
    public int paint(ChartCanvas g) {
        g.save();
        g.setFill(colours.apply(CoverageColour.BACKGROUND));
        g.fillRect(0, 0, width, height());
        if (decorations) {
            paintTitle(g);
        }
        g.save();
        g.translate(0, top());
        g.beginPath();
        g.rect(0, 0, chartWidth, chartHeight);
        g.clip();
        if (data.isEmpty()) { // the painter's own message blames dating; say the real cause
            g.setFill(colours.apply(CoverageColour.BACKGROUND));
            g.fillRect(0, 0, chartWidth, chartHeight);
            g.setFont(legendFont);
            g.setFill(colours.apply(CoverageColour.MUTED));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(emptyText, PAD, PAD + 18);
        } else {
            painter.paint(g, chartWidth, chartHeight, data, colours, CoveragePainter.State.NONE, false);
        }
        g.restore();
        if (!legend.isEmpty()) {
            paintLegend(g, top() + chartHeight);
        }
        g.restore();
        lastMarks = visibleReports();
        return lastMarks;
    }

    /** Reports whose cell starts inside the chart's size. */
    private int visibleReports() {
        int n = 0;
        for (int r = 0; r < data.rows().size(); r++) {
            if (CoveragePainter.cellY(r) >= chartHeight) {
                break;
            }
            for (int c = 0; c < data.outlets().size() && painter.columnX(c) < chartWidth; c++) {
                if (data.cell(r, c).isPresent()) {
                    n++;
                }
            }
        }
        return n;
    }

    private void paintTitle(ChartCanvas g) {
        new TitleBand(title, subtitle).paint(g, width, colours.apply(CoverageColour.TEXT), colours.apply(CoverageColour.MUTED),
                colours.apply(CoverageColour.GRID));
    }

    /** "same day", "1 day later", "12 days later". */
    static String lagText(long days) {
        return days == 0 ? "same day" : days == 1 ? "1 day later" : days + " days later";
    }

    /** The lags the legend shows: 0 and the largest, with evenly spaced ones between (at most five). */
    static List<Long> legendLags(long maxLag) {
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

    private List<LegendItem> layOutLegend() {
        List<Object[]> wanted = new ArrayList<>();
        wanted.add(new Object[] {Kind.HEADING, "Reported, counted from the first outlet to report the event:", null});
        for (long lag : legendLags(data.maxLag())) {
            wanted.add(new Object[] {Kind.LAG, lagText(lag), OptionalLong.of(lag)});
        }
        boolean undated = data.cells().stream().flatMap(List::stream)
                .anyMatch(c -> c != null && c.lagDays().isEmpty());
        if (undated) {
            wanted.add(new Object[] {Kind.UNDATED, "article undated", OptionalLong.empty()});
        }
        wanted.add(new Object[] {Kind.NOT_REPORTED, "not reported", null});
        List<LegendItem> items = new ArrayList<>();
        double x = PAD;
        int row = 0;
        for (Object[] w : wanted) {
            Kind kind = (Kind) w[0];
            String text = (String) w[1];
            double itemWidth = switch (kind) {
                case HEADING -> textWidth(text, legendBold) + 12;
                case LAG, UNDATED -> Math.max(56, textWidth(text, swatchFont) + 18) + 6;
                case NOT_REPORTED -> 44 + 8 + textWidth(text, legendFont) + 6;
            };
            if (x > PAD && x + itemWidth > width - PAD) {
                row++;
                x = PAD;
            }
            items.add(new LegendItem(kind, text, (OptionalLong) w[2], x, itemWidth, row));
            x += itemWidth + (kind == Kind.LAG || kind == Kind.HEADING ? 0 : 8);
        }
        return List.copyOf(items);
    }

    private void paintLegend(ChartCanvas g, double top) {
        g.setStroke(colours.apply(CoverageColour.GRID));
        g.setLineWidth(1);
        g.strokeLine(0, top + 0.5, width, top + 0.5);
        g.setTextBaseline(VPos.CENTER);
        for (LegendItem item : legend) {
            double y = top + PAD / 2 + item.row() * LEGEND_ROW + LEGEND_ROW / 2;
            double x = item.x();
            switch (item.kind()) {
                case HEADING -> {
                    g.setFont(legendBold);
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
                    g.setFont(swatchFont);
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
                    g.setFont(legendFont);
                    g.setTextAlign(TextAlignment.LEFT);
                    g.setFill(colours.apply(CoverageColour.MUTED));
                    g.fillText(item.text(), x + 52, y);
                }
            }
        }
    }

    private static double textWidth(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }
}
