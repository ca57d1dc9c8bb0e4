package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Variant;
import org.parallax.ui.common.Styles;
import org.parallax.ui.compare.ClusterSummary;
import org.parallax.ui.compare.CompareStyles;
import org.parallax.ui.search.CorpusSearch;
import org.parallax.ui.shell.ShellPane;
import org.parallax.ui.shell.ShellWindow;
import org.parallax.ui.shell.WindowParts;
import org.parallax.ui.timeline.TimelineChart;
import org.parallax.ui.timeline.TimelineMarks;
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
    private Stage stage;
    private WindowParts parts;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ParallaxApplication app = RealWindow.application((owner, initial) -> {
            chooserCalls.add(initial == null ? Path.of("") : initial);
            return java.util.Optional.ofNullable(chosenFolder);
        });
        app.start(stage, List.of());
        window = app.window();
    }

    @BeforeEach
    void lookUp(FxRobot robot) {
        parts = new WindowParts(robot);
    }

    /** Waits until the list shows {@code count} articles and the window has done all its work for them. */
    private void waitForArticles(int count) throws Exception {
        RealWindow.waitForArticles(parts, count);
    }

    private Article article(Predicate<Article> which) {
        return parts.shownArticles().stream().filter(which).findFirst().orElseThrow();
    }

    @Test
    void opensOnTheBundledCorpus(FxRobot robot) throws Exception {
        waitForArticles(5);
        assertThat(stage.getTitle()).startsWith("Parallax");
        assertThat(parts.statusCounts()).isEqualTo("5 articles · 4 outlets");
        assertThat(parts.shownArticles()).extracting(Article::published)
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }

    @Test
    void clickingAnArticleShowsItsCleanedText(FxRobot robot) throws Exception {
        waitForArticles(5);
        Article sputnik = article(a -> a.outlet().name().equals("Sputnik"));
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == sputnik).findFirst().orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.shownFile()).isEqualTo(sputnik.file());
        assertThat(parts.bodyText())
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

        robot.clickOn(parts.articleTable()).press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitForArticles(2);

        assertThat(chooserCalls).hasSize(1);
        assertThat(stage.getTitle()).contains("floods");
        assertThat(parts.statusCounts()).isEqualTo("2 articles · 1 outlet");
        assertThat(parts.problems()).singleElement().satisfies(w -> assertThat(w.file()).isEqualTo("broken.txt"));
    }

    @Test
    void droppingAFolderOpensIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        Path folder = Files.createDirectories(temp.resolve("dropped"));
        Files.writeString(folder.resolve("one.txt"), "Bridge reopens\n\nThe bridge reopened on Friday.\n");
        robot.interact(() -> window.openDropped(List.of(folder)));
        waitForArticles(1);
        assertThat(parts.bodyText()).contains("The bridge reopened on Friday.");
    }

    @Test
    void selectingAnEventOnTheTimelineShowsWhereTheArticleOnScreenReportedIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        Article sputnik = article(a -> a.outlet().name().equals("Sputnik"));
        robot.interact(() -> parts.articleTable().getSelectionModel().select(sputnik));
        TimelineChart timeline = parts.timeline();
        Event talks = timeline.getEvents().stream()
                .filter(e -> e.date().startsWith("2015-10-20")).findFirst().orElseThrow();
        assertThat(talks.mentions()).extracting(Span::articleId).contains(sputnik.id());

        robot.interact(() -> timeline.setSelectedEvent(talks));

        assertThat(parts.shownFile()).isEqualTo(sputnik.file());
        assertThat(timeline.getStories()).hasSize(2);
    }

    @Test
    void theEventDetailListsEveryOutletsSentenceAndOpensIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        TimelineChart timeline = parts.timeline();
        Event talks = timeline.getEvents().stream()
                .filter(e -> e.date().startsWith("2015-10-20")).findFirst().orElseThrow();
        robot.interact(() -> timeline.setSelectedEvent(talks));

        var sentences = parts.eventMentions();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sentences).anySatisfy(b -> assertThat(b.getAccessibleText()).startsWith("Sputnik: "));

        var rise = sentences.stream().filter(b -> b.getAccessibleText().startsWith("Rise News: ")).findFirst().orElseThrow();
        robot.interact(rise::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.shownOutlet()).isEqualTo("Rise News");
    }

    // ---- the timeline issue's checks

    /** Waits until the timeline has laid out what the window gave it (it does so off the FX thread). */
    private void waitForTimeline() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> parts.timeline().getData().size() > 0
                && parts.timeline().getAxis() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The event of 20 October 2015 that the most outlets reported. */
    private Event moscowTalks() {
        TimelineData data = parts.timeline().getData();
        return data.events().stream().filter(e -> e.date().startsWith("2015-10-20"))
                .max(java.util.Comparator.comparingInt(e -> data.outlets(data.indexOf(e)).size()))
                .orElseThrow();
    }

    @Test
    void theBundledCorpusShowsBothStoriesOnTheTimeline(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        TimelineChart timeline = parts.timeline();
        assertThat(timeline.getData().eras()).extracting(e -> e.story().label())
                .containsExactly("Assad in Moscow, October 2015", "Sochi talks, November 2017");
        double plot = timeline.getWidth() - TimelinePainter.GUTTER;
        for (var era : timeline.getData().eras()) {
            double x = timeline.getAxis().toPixel(era.range().start());
            assertThat(x).as(era.story().label() + " in view").isBetween(0.0, plot);
        }
    }

    @Test
    void clickingTheMoscowTalksFillsTheDetailAndASentenceOpensItsArticleHighlighted(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        TimelineChart timeline = parts.timeline();
        Event talks = moscowTalks();
        for (int attempt = 0; attempt < 4 && timeline.getSelectedEvent() != talks; attempt++) {
            // a click on a cluster zooms in to show its events: click the event's own mark then
            Point2D at = WaitForAsyncUtils.asyncFx(() -> TimelineMarks.onScreen(timeline, talks).orElseThrow()).get();
            robot.clickOn(at);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(timeline.getSelectedEvent()).isEqualTo(talks);
        var sentences = parts.eventMentions();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sentences.stream().map(n -> n.getAccessibleText().substring(0, n.getAccessibleText().indexOf(": ")))
                .distinct().count()).isGreaterThanOrEqualTo(3);

        // a sentence of another outlet than the article on show, its middle in view in the detail pane
        String shownOutlet = parts.shownOutlet();
        Node detail = robot.lookup(".scroll-pane").queryAllAs(ScrollPane.class).stream()
                .filter(p -> p.getContent() != null && p.getContent().getStyleClass().contains(Styles.EVENT_DETAIL))
                .findFirst().orElseThrow();
        Bounds pane = detail.localToScreen(detail.getBoundsInLocal());
        Node card = sentences.stream()
                .filter(n -> !n.getAccessibleText().startsWith(shownOutlet + ": "))
                .filter(n -> {
                    Bounds b = n.localToScreen(n.getBoundsInLocal());
                    return pane.contains(b.getCenterX(), b.getCenterY());
                })
                .findFirst().orElseThrow();
        String outlet = card.getAccessibleText().substring(0, card.getAccessibleText().indexOf(": "));
        String sentence = card.getAccessibleText().substring(outlet.length() + 2);
        robot.clickOn(card);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.shownOutlet()).isEqualTo(outlet);
        assertThat(parts.highlightedText()).isEqualTo(sentence);
    }

    @Test
    void rightAndLeftWalkTheEventsInDateOrder(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        TimelineChart timeline = parts.timeline();
        var data = timeline.getData();
        robot.interact(() -> {
            timeline.requestFocus();
            timeline.setSelectedEvent(null);
        });
        List<Event> seen = new java.util.ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            robot.type(KeyCode.RIGHT);
            seen.add(timeline.getSelectedEvent());
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(data.events());
        assertThat(seen.stream().map(e -> org.parallax.model.TimexValue.parse(e.date()).orElseThrow())
                .map(v -> org.parallax.chart.timeline.scale.DayRange.of(v).middle())
                .toList()).isSorted();
        assertThat(timeline.getSelectedEvent()).isEqualTo(data.event(data.size() - 1));
        robot.type(KeyCode.LEFT);
        assertThat(timeline.getSelectedEvent()).isEqualTo(data.event(data.size() - 2));
    }

    @Test
    void ctrlFPeskovFindsHisQuoteAndEnterOpensIt(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        robot.clickOn(parts.articleTable());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.searchField().isFocused()).isTrue();
        robot.write("peskov");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !parts.searchHits().isEmpty());
        List<CorpusSearch.Hit> hits = parts.searchHits();
        var quote = hits.stream().filter(h -> h.kind() == CorpusSearch.Kind.QUOTE).findFirst().orElseThrow();
        assertThat(quote.text()).contains("Peskov");
        int position = hits.indexOf(quote);
        for (int i = 0; i < position; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.shownFile()).isEqualTo(quote.article().file());
        assertThat(parts.highlightedText()).isEqualTo(quote.article().textOf(quote.span()));
        if (quote.event() != null) {
            assertThat(parts.timeline().getSelectedEvent()).isEqualTo(quote.event());
        }
    }

    @Test
    void hidingAnOutletRemovesItsLane(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        TimelineChart timeline = parts.timeline();
        assertThat(timeline.getData().lanes()).extracting(l -> l.label()).contains("Sputnik");
        var checks = parts.outletChecks();
        Outlet sputnik = checks.getItems().stream().filter(o -> o.name().equals("Sputnik")).findFirst().orElseThrow();
        robot.interact(() -> checks.getCheckModel().clearCheck(sputnik));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getData().lanes().stream()
                .noneMatch(l -> l.label().equals("Sputnik")));
        assertThat(timeline.getData().lanes()).hasSize(3);
        assertThat(checks.getTitle()).isEqualTo("Outlets: 3 of 4");
        robot.interact(() -> checks.getCheckModel().check(sputnik));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getData().lanes().size() == 4);
    }

    /** The quote in the sample where Assad thanks Putin, as 001 (the cluster's reference) gives it. */
    private Quote assadThanksIn(String filePrefix) {
        Article article = article(a -> a.file().startsWith(filePrefix));
        return window.model().corpus().quotes().stream().filter(q -> q.articleId().equals(article.id()))
                .filter(q -> q.text().contains("terrorism")).findFirst().orElseThrow();
    }

    private void waitForComparison() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !parts.quotesList().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlDOnAQuoteInTheReaderOpensItsClusterAndAColumnLeadsBack(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        waitForComparison();
        Quote quote = assadThanksIn("001");
        Article article = article(a -> a.id().equals(quote.articleId()));
        // find the quote's words and open the article there, then select a few characters inside the quote
        robot.clickOn(parts.articleTable());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(quote.text().substring(0, 40));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> parts.searchHits().stream()
                .anyMatch(h -> h.kind() == CorpusSearch.Kind.ARTICLE && h.article().id().equals(article.id())));
        List<CorpusSearch.Hit> hits = parts.searchHits();
        int position = hits.indexOf(hits.stream()
                .filter(h -> h.kind() == CorpusSearch.Kind.ARTICLE && h.article().id().equals(article.id()))
                .findFirst().orElseThrow());
        for (int i = 0; i < position; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.shownFile()).isEqualTo(article.file());
        robot.drag(parts.highlightOnScreen(0.4), MouseButton.PRIMARY).dropTo(parts.highlightOnScreen(0.5));
        String selected = parts.selectedText();
        assertThat(selected).isNotBlank();
        assertThat(quote.text()).contains(selected);
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(parts.shownPane()).isEqualTo(ShellPane.QUOTES);
        ClusterSummary compared = parts.quotesList().getSelectionModel().getSelectedItem();
        assertThat(compared.cluster().members()).anyMatch(v -> v.quoteId().equals(quote.id()));
        List<Node> heads = parts.columnHeads();
        assertThat(heads).hasSizeGreaterThanOrEqualTo(3);

        // a click on another outlet's column opens that article at its quote, on the Articles tab
        Node last = heads.get(heads.size() - 1);
        String outlet = robot.from(last).lookup("." + CompareStyles.COLUMN_OUTLET).queryAs(Label.class).getText();
        robot.clickOn(last);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.shownPane()).isEqualTo(ShellPane.ARTICLES);
        assertThat(parts.shownOutlet()).isEqualTo(outlet);
        Article opened = article(a -> a.file().equals(parts.shownFile()));
        Set<String> members = compared.cluster().members().stream().map(Variant::quoteId).collect(Collectors.toSet());
        assertThat(window.model().corpus().quotes().stream()
                .filter(q -> members.contains(q.id()) && q.articleId().equals(opened.id()))
                .map(q -> opened.textOf(q.span()))).contains(parts.highlightedText());
    }

    @Test
    void theEventDetailOffersToCompareTheQuotesOfTheMoscowTalks(FxRobot robot) throws Exception {
        waitForArticles(5);
        waitForTimeline();
        waitForComparison();
        robot.interact(() -> parts.timeline().setSelectedEvent(moscowTalks()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.compareQuotesButton()).startsWith("Compare");
        robot.clickOn("#compare-quotes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.shownPane()).isEqualTo(ShellPane.QUOTES);
        assertThat(parts.quotesList().getItems()).isNotEmpty();
        assertThat(parts.columnHeads()).isNotEmpty();
    }

    @Test
    void ctrlTwoToFourShowTheComparisonTabs(FxRobot robot) throws Exception {
        waitForArticles(5);
        robot.clickOn(parts.articleTable());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.shownPane()).isEqualTo(ShellPane.COVERAGE);
        assertThat(robot.lookup("." + CompareStyles.COVERAGE_CHART).queryAs(Node.class).isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.shownPane()).isEqualTo(ShellPane.ARTICLES);
    }
}
