package org.parallax.chart.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Dimension2D;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.chart.ChartCanvas;
import org.testfx.framework.junit5.ApplicationExtension;

/** Coverage data from a hand-made corpus, and the painter's geometry and marks on a recording canvas. */
@ExtendWith(ApplicationExtension.class) // the painter measures text
class CoverageChartDataTest {

    private static Article article(String id, String outlet, String date) {
        return new Article(id, id + ".txt", Outlet.of(outlet), "", date == null ? null : LocalDate.parse(date),
                date == null ? DateSource.UNKNOWN : DateSource.MANIFEST, "", "Some text about the storm and more.", List.of());
    }

    private static Corpus corpus() {
        List<Article> articles = List.of(article("a1", "North Star", "2022-03-01"),
                article("a2", "North Star", "2022-03-03"), article("b1", "East Wire", "2022-03-04"),
                article("u1", "", "2022-03-02"), article("z1", "West Post", null));
        List<Event> events = List.of(
                new Event("e2", "Bridge closed", "2022-03-01", null,
                        List.of(new Span("a2", 0, 4), new Span("b1", 5, 9), new Span("a1", 0, 4))),
                new Event("e1", "Storm hits", "2022-02-28", null,
                        List.of(new Span("u1", 0, 4), new Span("z1", 0, 4), new Span("b1", 0, 4))),
                new Event("e0", "Old flood", "1999", null, List.of(new Span("a1", 10, 14)), true));
        return Corpus.of(articles).withEvents(events);
    }

    @Test
    void rowsByDateBackgroundLastColumnsByNameUnknownOutletsLast() {
        CoverageData d = CoverageData.of(corpus());
        assertThat(d.rows()).extracting(CoverageData.Row::label).containsExactly("Storm hits", "Bridge closed", "Old flood");
        assertThat(d.rows().get(2).background()).isTrue();
        assertThat(d.outlets()).hasSize(4).startsWith("East Wire", "North Star", "West Post");
        assertThat(d.outlets().get(3)).as("an unknown outlet named by its article, never its id")
                .startsWith("Unknown outlet \u00b7 ").doesNotContain("u1");
        // Bridge closed: North Star first (its earlier article, a1), East Wire three days later
        CoverageData.Cell north = d.cell(1, 1).orElseThrow();
        assertThat(north.articleId()).isEqualTo("a1");
        assertThat(north.mention()).isEqualTo(new Span("a1", 0, 4));
        assertThat(north.first()).isTrue();
        assertThat(d.cell(1, 0).orElseThrow().lagDays().getAsLong()).isEqualTo(3);
        assertThat(d.cell(1, 0).orElseThrow().lagText()).isEqualTo("+3 d");
        assertThat(d.cell(1, 2)).isEmpty();
        // Storm hits: the unknown outlet first, West Post undated
        assertThat(d.cell(0, 3).orElseThrow().first()).isTrue();
        assertThat(d.cell(0, 2).orElseThrow().lagDays()).isEmpty();
        assertThat(d.cell(0, 2).orElseThrow().lagText()).isEqualTo("undated");
        assertThat(d.maxLag()).isEqualTo(3);
    }

    @Test
    void thePainterDrawsOneCellPerReportWithinItsPreferredSize() {
        CoverageData d = CoverageData.of(corpus());
        CoveragePainter painter = new CoveragePainter();
        Dimension2D size = painter.preferredSize(d);
        assertThat(size.getWidth()).isEqualTo(CoveragePainter.cellX(d.outlets().size()) + CoveragePainter.PAD);
        assertThat(size.getHeight()).isGreaterThan(CoveragePainter.cellY(d.rows().size()));
        List<Object[]> cells = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        ChartCanvas recording = (ChartCanvas) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ChartCanvas.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fillRoundRect")) {
                        cells.add(args);
                    } else if (method.getName().equals("fillText")) {
                        texts.add((String) args[0]);
                    }
                    return null;
                });
        Function<CoverageColour, Paint> colours = CoverageColour::light;
        painter.paint(recording, size.getWidth(), size.getHeight(), d, colours);
        long reports = d.cells().stream().flatMap(List::stream).filter(c -> c != null).count();
        long inGrid = cells.stream().filter(a -> (double) a[1] < CoveragePainter.cellY(d.rows().size())).count();
        assertThat(inGrid).isEqualTo(reports);
        for (Object[] a : cells) {
            assertThat((double) a[0] + (double) a[2]).isLessThanOrEqualTo(size.getWidth());
            assertThat((double) a[1] + (double) a[3]).isLessThanOrEqualTo(size.getHeight());
        }
        assertThat(texts).contains("East Wire", "1 Mar 2022", "4 Mar 2022  +3 d", "undated", "not reported", "first");
        assertThat(texts).anyMatch(t -> t.startsWith("Storm hits"));
    }

    @Test
    void hitTestingInvertsTheCellGeometry() {
        CoverageData d = CoverageData.of(corpus());
        CoveragePainter painter = new CoveragePainter();
        for (int r = 0; r < d.rows().size(); r++) {
            for (int c = 0; c < d.outlets().size(); c++) {
                Optional<CoveragePainter.CellRef> hit = painter.cellAt(CoveragePainter.cellX(c) + 5,
                        CoveragePainter.cellY(r) + 5, d);
                assertThat(hit).contains(new CoveragePainter.CellRef(r, c));
            }
        }
        assertThat(painter.cellAt(2, 2, d)).isEmpty();
        assertThat(painter.cellAt(CoveragePainter.cellX(d.outlets().size()) + 1, CoveragePainter.cellY(0) + 1, d))
                .isEmpty();
    }

    @Test
    void cellsShadeFromFirstToLateAndUndatedIsItsOwnColour() {
        Function<CoverageColour, Paint> colours = CoverageColour::light;
        CoverageData.Cell first = new CoverageData.Cell("a", null, null, java.util.OptionalLong.of(0));
        CoverageData.Cell late = new CoverageData.Cell("a", null, null, java.util.OptionalLong.of(4));
        CoverageData.Cell mid = new CoverageData.Cell("a", null, null, java.util.OptionalLong.of(2));
        CoverageData.Cell undated = new CoverageData.Cell("a", null, null, java.util.OptionalLong.empty());
        assertThat(CoveragePainter.fill(first, 4, colours)).isEqualTo(CoverageColour.FIRST.light());
        assertThat(CoveragePainter.fill(late, 4, colours)).isEqualTo(CoverageColour.LATE.light());
        assertThat(CoveragePainter.fill(mid, 4, colours))
                .isEqualTo(CoverageColour.FIRST.light().interpolate(CoverageColour.LATE.light(), 0.5));
        assertThat(CoveragePainter.fill(undated, 4, colours)).isEqualTo(CoverageColour.UNDATED.light());
        // light text on the dark first cell, dark text on the pale late one
        assertThat(CoveragePainter.onFill(CoverageColour.FIRST.light(), colours)).isEqualTo(Color.web("#ffffff"));
        assertThat(CoveragePainter.onFill(CoverageColour.LATE.light(), colours)).isEqualTo(CoverageColour.TEXT.light());
    }
}
