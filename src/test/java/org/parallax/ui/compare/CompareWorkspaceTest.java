package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.testing.GoldenImage;
import org.parallax.testing.SampleCorpus;
import org.parallax.chart.coverage.CoverageData;
import org.parallax.chart.coverage.CoveragePainter;
import org.parallax.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace on the bundled corpus: the entry points, the Quotes list, the coverage chart, copying. */
@ExtendWith(ApplicationExtension.class)
class CompareWorkspaceTest {

    private CompareWorkspace workspace;
    private Scene scene;
    private final AtomicReference<Span> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        workspace = new CompareWorkspace();
        workspace.setCorpus(SampleCorpus.get());
        workspace.setOnOpenSpan(opened::set);
        scene = new Scene((Parent) workspace.node(), 1280, 720);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    @Test
    void theQuotesListHasEveryClusterMostOutletsFirstAndFiltersBySpeaker() throws Exception {
        Corpus corpus = SampleCorpus.get();
        QuotesList list = workspace.quotesList();
        assertThat(list.shown()).hasSize(corpus.quoteClusters().size());
        for (int i = 1; i < list.shown().size(); i++) {
            assertThat(ClusterSummary.ORDER.compare(list.shown().get(i - 1), list.shown().get(i))).isNegative();
        }
        onFx(() -> {
            list.filterSpeaker("Vladimir Putin");
            return null;
        });
        assertThat(list.shown()).isNotEmpty().allSatisfy(s -> assertThat(s.speaker()).isEqualTo("Vladimir Putin"));
        onFx(() -> {
            list.filterSpeaker(null);
            return null;
        });
        assertThat(list.shown()).hasSize(corpus.quoteClusters().size());
    }

    @Test
    void choosingAClusterInTheListOpensIt(FxRobot robot) throws Exception {
        ClusterSummary second = workspace.quotesList().shown().get(1);
        onFx(() -> {
            workspace.quotesList().listView().requestFocus();
            workspace.quotesList().listView().getSelectionModel().select(0);
            return null;
        });
        robot.type(KeyCode.DOWN);
        assertThat(workspace.comparisonView().comparison().cluster()).isEqualTo(second.cluster());
    }

    /** The workspace's tab pane: which tab is on show, and a way to bring one to the front. */
    private TabPane tabs() {
        return (TabPane) scene.lookup("." + CompareStyles.WORKSPACE);
    }

    private void showTab(String title) throws Exception {
        onFx(() -> {
            tabs().getSelectionModel().select(tabs().getTabs().stream().filter(t -> t.getText().equals(title))
                    .findFirst().orElseThrow());
            return null;
        });
    }

    @Test
    void aQuoteOpensItsCluster() throws Exception {
        Quote partial = SampleCorpus.quoteStarting("more widespread and harmful");
        boolean shown = onFx(() -> workspace.showQuote(partial));
        assertThat(shown).isTrue();
        QuoteComparison c = workspace.comparisonView().comparison();
        assertThat(c.cluster().members()).anyMatch(v -> v.quoteId().equals(partial.id()));
        assertThat(c.columns().get(0).quotes().get(0).text()).startsWith("First of all I wanted");
        assertThat(tabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Quotes");
        // Ctrl+D in an article: the quote at the caret
        Quote at = CompareWorkspace.quoteAt(SampleCorpus.get(), partial.articleId(), partial.span().start() + 3,
                partial.span().start() + 3).orElseThrow();
        assertThat(at).isEqualTo(partial);
        assertThat(CompareWorkspace.quoteAt(SampleCorpus.get(), partial.articleId(), 0, 0)).isEmpty();
    }

    @Test
    void anEventsQuotesAreTheClustersItsArticlesCarry() throws Exception {
        Corpus corpus = SampleCorpus.get();
        // Assad's Moscow visit: the articles that report it carry his thanks
        Event visit = corpus.events().stream().filter(e -> e.date().equals("2015-10-20") && !e.background())
                .max(java.util.Comparator.comparingInt(e -> e.mentions().size())).orElseThrow();
        boolean shown = onFx(() -> workspace.showEventQuotes(visit));
        assertThat(shown).isTrue();
        org.parallax.compare.event.EventQuotes.Relevance least = workspace.quotesList().eventRelevance();
        assertThat(workspace.quotesList().shown()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.saidIn(visit, corpus, least)).isTrue())
                .anySatisfy(s -> assertThat(s.text()).startsWith("First of all I wanted"));
        assertThat(workspace.comparisonView().comparison().cluster())
                .isEqualTo(workspace.quotesList().shown().get(0).cluster());
        onFx(() -> { // a tab's content joins the scene when it is first shown
            ((TabPane) workspace.node()).getSelectionModel().select(1);
            return null;
        });
        @SuppressWarnings("unchecked")
        TableView<FigureRow> figures = (TableView<FigureRow>) scene.lookup("." + CompareStyles.FIGURE_TABLE + " .table-view");
        assertThat(figures.getItems()).allSatisfy(r -> assertThat(visit.mentions()).anyMatch(m -> m.overlaps(r.span())));
        // an event no clustered quote's article reports lists nothing
        Event sochi = corpus.events().stream().filter(e -> e.date().startsWith("2017")).findFirst().orElseThrow();
        assertThat(onFx(() -> workspace.showEventQuotes(sochi))).isFalse();
        assertThat(workspace.comparisonView().comparison()).isNull();
    }

    @Test
    void theCoverageChartMarksEveryReportAndOpensIt(FxRobot robot) throws Exception {
        Corpus corpus = SampleCorpus.get();
        CoverageChart chart = workspace.coverageChart();
        CoverageData data = chart.getData();
        assertThat(data.rows()).hasSize(corpus.events().size());
        long reports = corpus.events().stream().mapToLong(e -> e.mentions().stream()
                .map(m -> corpus.article(m.articleId()).orElseThrow())
                .map(a -> a.outlet().isKnown() ? a.outlet().name() : a.id()).distinct().count()).sum();
        long cells = data.cells().stream().flatMap(r -> r.stream()).filter(c -> c != null).count();
        assertThat(cells).isEqualTo(reports);
        assertThat(data.cells().stream().flatMap(r -> r.stream()).filter(c -> c != null))
                .anyMatch(CoverageData.Cell::first);

        robot.clickOn("Coverage");
        WaitForAsyncUtils.waitForFxEvents();
        int row = 0;
        int column = 0;
        outer:
        for (row = 0; row < data.rows().size(); row++) {
            for (column = 0; column < data.outlets().size(); column++) {
                if (data.cell(row, column).isPresent()) {
                    break outer;
                }
            }
        }
        CoverageData.Cell cell = data.cell(row, column).orElseThrow();
        double x = CoveragePainter.cellX(column) + CoveragePainter.CELL_W / 2;
        double y = CoveragePainter.cellY(row) + CoveragePainter.CELL_H / 2;
        robot.clickOn(chart.localToScreen(x, y));
        assertThat(opened.get()).isEqualTo(cell.mention());

        WritableImage image = onFx(() -> chart.snapshot(null, null));
        assertThat(image.getWidth()).isEqualTo(new CoveragePainter().preferredSize(data).getWidth());
        String target = System.getProperty("compare.snapshot");
        if (target != null) {
            write(image, Path.of(target.replace(".png", "-coverage.png")));
            WritableImage dark = onFx(() -> {
                Theme.setDark(scene, true);
                chart.applyCss();
                chart.layout();
                WritableImage d = chart.snapshot(null, null);
                Theme.setDark(scene, false);
                return d;
            });
            write(dark, Path.of(target.replace(".png", "-coverage-dark.png")));
        }
    }

    @Test
    void theCoverageChartWalksItsCellsWithTheKeys(FxRobot robot) throws Exception {
        CoverageChart chart = workspace.coverageChart();
        CoverageData data = chart.getData();
        robot.clickOn("Coverage");
        onFx(() -> {
            chart.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the focus starts at the top left; walk right to the first outlet that reported the first event
        int column = 0;
        while (data.cell(0, column).isEmpty()) {
            column++;
        }
        for (int i = 0; i < column; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.type(KeyCode.DOWN).type(KeyCode.UP); // down and back up
        opened.set(null);
        robot.type(KeyCode.ENTER);
        assertThat(opened.get()).isEqualTo(data.cell(0, column).orElseThrow().mention());
        assertThat(chart.getAccessibleText()).contains(data.rows().size() + " events");
    }

    @Test
    void copyPutsTextAndHtmlOnTheClipboard(FxRobot robot) throws Exception {
        onFx(() -> workspace.showCluster(workspace.quotesList().shown().get(0).id()));
        onFx(() -> {
            workspace.comparisonView().columnHeads().get(0).requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        QuoteComparison c = workspace.comparisonView().comparison();
        String text = onFx(() -> Clipboard.getSystemClipboard().getString());
        String html = onFx(() -> (String) Clipboard.getSystemClipboard().getContent(DataFormat.HTML));
        assertThat(text).isEqualTo(ComparisonCopy.text(c));
        assertThat(html).isEqualTo(ComparisonCopy.html(c));
    }

    @Test
    void snapshotForLooking() throws Exception {
        String target = System.getProperty("compare.snapshot");
        if (target == null) {
            return;
        }
        onFx(() -> workspace.showQuote(SampleCorpus.quoteStarting("First of all I wanted")));
        WaitForAsyncUtils.waitForFxEvents();
        write(onFx(() -> workspace.node().snapshot(null, null)), Path.of(target.replace(".png", "-workspace.png")));
        showTab("Figures");
        WaitForAsyncUtils.waitForFxEvents();
        write(onFx(() -> workspace.node().snapshot(null, null)), Path.of(target.replace(".png", "-figures.png")));
    }

    private static void write(WritableImage image, Path path) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        ImageIO.write(GoldenImage.toBuffered(image), "png", path.toFile());
    }
}
