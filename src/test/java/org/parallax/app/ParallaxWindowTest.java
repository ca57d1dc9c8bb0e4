package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.FxTaskRunner;
import org.parallax.ui.shell.ShellServices;
import org.parallax.ui.shell.ShellWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The foundation issue's window checks, on the real pipeline and the bundled corpus, headless. */
@ExtendWith(ApplicationExtension.class)
class ParallaxWindowTest {

    @TempDir
    static Path temp;

    private final List<Path> chooserCalls = new CopyOnWriteArrayList<>();
    private volatile Path chosenFolder;
    private ShellWindow window;

    @Start
    void start(Stage stage) {
        ParallaxApplication app = new ParallaxApplication(host -> new ShellServices(new FxTaskRunner(),
                ParallaxApplication.source(Pipeline.standard()), new InMemorySettings(),
                (owner, initial) -> {
                    chooserCalls.add(initial == null ? Path.of("") : initial);
                    return java.util.Optional.ofNullable(chosenFolder);
                }, url -> { }));
        app.start(stage, List.of());
        window = app.window();
    }

    private void waitForArticles(int count) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.articleList().table().getItems().size() == count && !window.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheBundledCorpus(FxRobot robot) throws Exception {
        waitForArticles(5);
        assertThat(window.stage().getTitle()).startsWith("Parallax");
        assertThat(window.statusBar().countsText()).isEqualTo("5 articles · 4 outlets");
        assertThat(window.articleList().table().getItems()).extracting(Article::published)
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }

    @Test
    void clickingAnArticleShowsItsCleanedText(FxRobot robot) throws Exception {
        waitForArticles(5);
        Article sputnik = window.articleList().table().getItems().stream()
                .filter(a -> a.outlet().name().equals("Sputnik")).findFirst().orElseThrow();
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == sputnik).findFirst().orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.articleView().articleProperty().get()).isEqualTo(sputnik);
        assertThat(window.articleView().bodyText())
                .contains("Russian President Vladimir Putin and Syrian President Bashar Assad met in Moscow on Tuesday evening")
                .doesNotContain("Get short URL");
    }

    @Test
    void ctrlOAsksForAFolderAndOpensIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        Path folder = Files.createDirectories(temp.resolve("floods"));
        Files.writeString(folder.resolve("a.txt"), "River floods the valley\n\nThe river rose on Monday.\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "Rain stops\n\nThe rain stopped on Tuesday.\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1});
        chosenFolder = folder;

        robot.clickOn(window.articleList().table()).press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitForArticles(2);

        assertThat(chooserCalls).hasSize(1);
        assertThat(window.stage().getTitle()).contains("floods");
        assertThat(window.statusBar().countsText()).isEqualTo("2 articles · 1 outlet");
        assertThat(window.problemsPanel().table().getItems())
                .singleElement().satisfies(w -> assertThat(w.file()).isEqualTo("broken.txt"));
    }

    @Test
    void droppingAFolderOpensIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        Path folder = Files.createDirectories(temp.resolve("dropped"));
        Files.writeString(folder.resolve("one.txt"), "Bridge reopens\n\nThe bridge reopened on Friday.\n");
        robot.interact(() -> window.openDropped(List.of(folder)));
        waitForArticles(1);
        assertThat(window.articleView().bodyText()).contains("The bridge reopened on Friday.");
    }

    @Test
    void selectingAnEventOnTheTimelineShowsWhereTheArticleOnScreenReportedIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        Article sputnik = window.articleList().table().getItems().stream()
                .filter(a -> a.outlet().name().equals("Sputnik")).findFirst().orElseThrow();
        robot.interact(() -> window.articleList().select(sputnik.id()));
        org.parallax.model.Event talks = window.timeline().getEvents().stream()
                .filter(e -> e.date().startsWith("2015-10-20")).findFirst().orElseThrow();
        assertThat(talks.mentions()).extracting(org.parallax.model.Span::articleId).contains(sputnik.id());

        robot.interact(() -> window.timeline().setSelectedEvent(talks));

        assertThat(window.articleView().articleProperty().get()).isEqualTo(sputnik);
        assertThat(window.timeline().getStories()).hasSize(2);
    }

    @Test
    void theEventDetailListsEveryOutletsSentenceAndOpensIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        org.parallax.model.Event talks = window.timeline().getEvents().stream()
                .filter(e -> e.date().startsWith("2015-10-20")).findFirst().orElseThrow();
        robot.interact(() -> window.timeline().setSelectedEvent(talks));

        var sentences = window.eventDetail().mentions();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sentences).anySatisfy(b -> assertThat(b.getAccessibleText()).startsWith("Sputnik: "));

        var rise = sentences.stream().filter(b -> b.getAccessibleText().startsWith("Rise News: ")).findFirst().orElseThrow();
        robot.interact(rise::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.articleView().articleProperty().get().outlet().name()).isEqualTo("Rise News");
    }

    // ---- the timeline issue's checks

    /** Waits until the timeline has laid out what the window gave it (it does so off the FX thread). */
    private void waitForTimeline() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.timeline().getData().size() > 0
                && window.timeline().getAxis() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private org.parallax.model.Event moscowTalks() {
        org.parallax.model.Corpus corpus = window.model().corpus();
        // the event of 20 October 2015 that the most outlets reported
        return window.timeline().getData().events().stream().filter(e -> e.date().startsWith("2015-10-20"))
                .max(java.util.Comparator.comparingLong(e -> e.mentions().stream()
                        .map(m -> corpus.article(m.articleId()).orElseThrow().outlet()).distinct().count()))
                .orElseThrow();
    }

    @Test
    void theBundledCorpusShowsBothStoriesOnTheTimeline(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        assertThat(window.timeline().getData().eras()).extracting(e -> e.story().label())
                .containsExactly("Moscow, October 2015", "Sochi talks, November 2017");
        double plot = window.timeline().getWidth() - org.parallax.chart.timeline.TimelinePainter.GUTTER;
        for (var era : window.timeline().getData().eras()) {
            double x = window.timeline().getAxis().toPixel(era.range().start());
            assertThat(x).as(era.story().label() + " in view").isBetween(0.0, plot);
        }
    }

    @Test
    void clickingTheMoscowTalksFillsTheDetailAndASentenceOpensItsArticleHighlighted(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        org.parallax.model.Event talks = moscowTalks();
        for (int attempt = 0; attempt < 4 && window.timeline().getSelectedEvent() != talks; attempt++) {
            // a click on a cluster zooms in to show its events: click the event's own mark then
            javafx.geometry.Point2D at = WaitForAsyncUtils.asyncFx(() -> window.timeline().localToScreen(
                    window.timeline().markPosition(talks).orElseThrow())).get();
            robot.clickOn(at);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(window.timeline().getSelectedEvent()).isEqualTo(talks);
        var sentences = window.eventDetail().mentions();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sentences.stream().map(n -> n.getAccessibleText().substring(0, n.getAccessibleText().indexOf(": ")))
                .distinct().count()).isGreaterThanOrEqualTo(3);

        // a sentence of another outlet than the article on show, its middle in view in the detail pane
        String shownOutlet = window.articleView().articleProperty().get().outlet().displayName();
        javafx.geometry.Bounds pane = window.eventDetail().node().localToScreen(window.eventDetail().node().getBoundsInLocal());
        javafx.scene.Node card = sentences.stream()
                .filter(n -> !n.getAccessibleText().startsWith(shownOutlet + ": "))
                .filter(n -> {
                    javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
                    return pane.contains(b.getCenterX(), b.getCenterY());
                })
                .findFirst().orElseThrow();
        String outlet = card.getAccessibleText().substring(0, card.getAccessibleText().indexOf(": "));
        String sentence = card.getAccessibleText().substring(outlet.length() + 2);
        robot.clickOn(card);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.articleView().articleProperty().get().outlet().displayName()).isEqualTo(outlet);
        assertThat(window.articleView().highlightedText()).isEqualTo(sentence);
    }

    @Test
    void rightAndLeftWalkTheEventsInDateOrder(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        var data = window.timeline().getData();
        robot.interact(() -> {
            window.timeline().requestFocus();
            window.timeline().setSelectedEvent(null);
        });
        List<org.parallax.model.Event> seen = new java.util.ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            robot.type(KeyCode.RIGHT);
            seen.add(window.timeline().getSelectedEvent());
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(data.events());
        assertThat(seen.stream().map(e -> org.parallax.chart.timeline.scale.TimexRange.of(e.date()).orElseThrow().middle())
                .toList()).isSorted();
        assertThat(window.timeline().getSelectedEvent()).isEqualTo(data.event(data.size() - 1));
        robot.type(KeyCode.LEFT);
        assertThat(window.timeline().getSelectedEvent()).isEqualTo(data.event(data.size() - 2));
    }

    @Test
    void ctrlFPeskovFindsHisQuoteAndEnterOpensIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        robot.clickOn(window.articleList().table());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.searchField().isFocused()).isTrue();
        robot.write("peskov");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.searchHits().isEmpty());
        var quote = window.searchHits().stream().filter(h -> h.kind() == org.parallax.ui.search.CorpusSearch.Kind.QUOTE)
                .findFirst().orElseThrow();
        assertThat(quote.text()).contains("Peskov");
        int position = window.searchHits().indexOf(quote);
        for (int i = 0; i < position; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.articleView().articleProperty().get()).isEqualTo(quote.article());
        assertThat(window.articleView().highlightedText()).isEqualTo(quote.article().textOf(quote.span()));
        if (quote.event() != null) {
            assertThat(window.timeline().getSelectedEvent()).isEqualTo(quote.event());
        }
    }

    @Test
    void hidingAnOutletRemovesItsLane(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        assertThat(window.timeline().getData().lanes()).extracting(l -> l.label()).contains("Sputnik");
        var checks = window.outletFilter();
        org.parallax.model.Outlet sputnik = checks.getItems().stream().filter(o -> o.name().equals("Sputnik"))
                .findFirst().orElseThrow();
        robot.interact(() -> checks.getCheckModel().clearCheck(sputnik));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().getData().lanes().stream()
                .noneMatch(l -> l.label().equals("Sputnik")));
        assertThat(window.timeline().getData().lanes()).hasSize(3);
        assertThat(checks.getTitle()).isEqualTo("Outlets: 3 of 4");
        robot.interact(() -> checks.getCheckModel().check(sputnik));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().getData().lanes().size() == 4);
    }

    /** The quote in the sample where Assad thanks Putin, as 001 (the cluster's reference) gives it. */
    private org.parallax.model.Quote assadThanksIn(String filePrefix) {
        var corpus = window.model().corpus();
        var article = corpus.articles().stream().filter(a -> a.file().startsWith(filePrefix)).findFirst().orElseThrow();
        return corpus.quotes().stream().filter(q -> q.articleId().equals(article.id()))
                .filter(q -> q.text().contains("terrorism")).findFirst().orElseThrow();
    }

    private void waitForComparison() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !window.compareWorkspace().quotesList().all().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlDOnAQuoteInTheReaderOpensItsClusterAndAColumnLeadsBack(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForComparison();
        var quote = assadThanksIn("001");
        var article = window.model().corpus().article(quote.articleId()).orElseThrow();
        robot.interact(() -> {
            window.articleList().select(article.id());
            // a caret inside the quote is enough
            int middle = (quote.span().start() + quote.span().end()) / 2;
            window.articleView().select(middle, middle);
        });
        robot.clickOn(window.articleView().node());
        robot.interact(() -> window.articleView().select((quote.span().start() + quote.span().end()) / 2,
                (quote.span().start() + quote.span().end()) / 2 + 3));
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.shownPane()).isEqualTo(org.parallax.ui.shell.ShellPane.QUOTES);
        var comparison = window.compareWorkspace().comparisonView().comparison();
        assertThat(comparison).isNotNull();
        assertThat(comparison.cluster().members()).anyMatch(v -> v.quoteId().equals(quote.id()));
        assertThat(comparison.columns()).hasSizeGreaterThanOrEqualTo(3);

        // a click on another outlet's column opens that article at its quote, on the Articles tab
        var heads = window.compareWorkspace().comparisonView().columnHeads();
        var clicked = comparison.columns().get(heads.size() - 1);
        robot.clickOn(heads.get(heads.size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownPane()).isEqualTo(org.parallax.ui.shell.ShellPane.ARTICLES);
        var opened = window.articleView().articleProperty().get();
        assertThat(opened.id()).isEqualTo(clicked.articleId());
        assertThat(window.articleView().highlightedText()).isEqualTo(opened.textOf(clicked.quotes().get(0).span()));
    }

    @Test
    void theEventDetailOffersToCompareTheQuotesOfTheMoscowTalks(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        waitForComparison();
        robot.interact(() -> window.timeline().setSelectedEvent(moscowTalks()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.eventDetail().compareQuotesText()).startsWith("Compare");
        robot.clickOn("#compare-quotes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownPane()).isEqualTo(org.parallax.ui.shell.ShellPane.QUOTES);
        assertThat(window.compareWorkspace().quotesList().shown()).isNotEmpty();
        assertThat(window.compareWorkspace().comparisonView().comparison()).isNotNull();
    }

    @Test
    void ctrlTwoToFourShowTheComparisonTabs(FxRobot robot) throws Exception {
        waitForArticles(5);
        robot.clickOn(window.articleList().table());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownPane()).isEqualTo(org.parallax.ui.shell.ShellPane.COVERAGE);
        assertThat(window.compareWorkspace().selectedTab()).isEqualTo(2);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownPane()).isEqualTo(org.parallax.ui.shell.ShellPane.ARTICLES);
    }
}
