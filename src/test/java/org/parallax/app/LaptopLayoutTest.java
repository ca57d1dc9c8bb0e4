package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.ui.common.Styles;
import org.parallax.ui.compare.CompareStyles;
import org.parallax.ui.shell.ShellPane;
import org.parallax.ui.shell.ShellWindow;
import org.parallax.ui.shell.WindowParts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at a small laptop's 1024×640 on the bundled corpus, measured from its laid-out nodes (no clicks): the
 * timeline's filter bar and the reader cut no label short, and the Problems panel leaves the timeline two lanes.
 */
@ExtendWith(ApplicationExtension.class)
class LaptopLayoutTest {

    private static final double WIDTH = 1024;
    private static final double HEIGHT = 640;

    private Stage stage;
    private ShellWindow window;
    private WindowParts parts;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ParallaxApplication app = RealWindow.application();
        app.start(stage, List.of());
        window = app.window();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @BeforeEach
    void waitForTheCorpus(FxRobot robot) throws Exception {
        parts = new WindowParts(robot);
        RealWindow.waitForArticles(parts, 5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> parts.timeline().getAxis() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(WIDTH);
    }

    @Test
    void noLabelInTheFilterBarOrTheReaderIsCutShort(FxRobot robot) {
        assertThat(parts.headline()).isNotBlank(); // the reader shows an article
        Node bar = robot.lookup("." + Styles.TIMELINE_BAR).query();
        Node reader = robot.lookup("." + Styles.ARTICLE_VIEW).query();
        List<Labeled> labels = new ArrayList<>(shownLabels(bar));
        labels.addAll(shownLabels(reader));
        assertThat(labels).extracting(Labeled::getText)
                .contains("Outlets: all", "Speakers: all", "Stories: all", parts.headline(), parts.meta().get(0));
        assertThat(labels).allSatisfy(l -> {
            assertThat(rendered(l)).as("%s drawn whole", l.getText()).isEqualTo(l.getText());
            assertThat(l.localToScene(l.getLayoutBounds()).getMaxX()).as("%s inside the window", l.getText())
                    .isLessThanOrEqualTo(WIDTH + 0.5);
        });
    }

    @Test
    void theFilterButtonsKeepTheirWordsWhileTheyHideSomething(FxRobot robot) {
        robot.interact(() -> List.of(parts.outletChecks(), parts.speakerChecks()).forEach(box -> {
            box.getCheckModel().clearCheck(box.getItems().size() - 1);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> labels = shownLabels(robot.lookup("." + Styles.TIMELINE_BAR).query());
        assertThat(labels).extracting(Labeled::getText).contains("Outlets: 3 of 4", "Show all")
                .anyMatch(t -> t.matches("Speakers: \\d+ of \\d+"));
        assertThat(labels).allSatisfy(l -> assertThat(rendered(l)).as("%s drawn whole", l.getText()).isEqualTo(l.getText()));
    }

    @Test
    void theFiguresTabReadsWholeAtLaptopWidth(FxRobot robot) {
        robot.interact(() -> window.show(ShellPane.FIGURES));
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> labels = shownLabels(robot.lookup("." + CompareStyles.FIGURE_TABLE).query());
        assertThat(labels).extracting(Labeled::getText).contains("Figures", "Quantity", "Qualifier", "Sentence")
                .anyMatch(t -> t.contains("given by one outlet only"));
        assertThat(labels).filteredOn(l -> !(l instanceof javafx.scene.control.IndexedCell)) // rows may elide
                .allSatisfy(l -> assertThat(rendered(l)).as("%s drawn whole", l.getText()).isEqualTo(l.getText()));
    }

    @Test
    void theProblemsPanelLeavesTheTimelineTwoLanes(FxRobot robot) {
        CheckMenuItem problems = (CheckMenuItem) parts.menuItem("toggle-problems");
        robot.interact(() -> problems.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.problemsShown()).isTrue();
        // whatever the corpus: room for the footer an undated article brings, too
        double twoLanes = TimelinePainter.laneTop(2) + TimelinePainter.FOOTER;
        assertThat(parts.timeline().getHeight()).isGreaterThanOrEqualTo(twoLanes);
        assertThat(rowsInView(robot)).as("the article list still shows rows").isGreaterThanOrEqualTo(2);
        // dragging the divider down as far as it goes still leaves them
        robot.interact(() -> {
            javafx.scene.control.SplitPane main = robot.lookup("." + Styles.MAIN_SPLIT).query();
            main.setDividerPositions(0.05);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.timeline().getHeight()).isGreaterThanOrEqualTo(twoLanes);
    }

    /** How many of the article list's rows are whole in its view. */
    private int rowsInView(FxRobot robot) {
        var table = parts.articleTable();
        var view = table.localToScene(table.getLayoutBounds());
        return (int) robot.from(table).lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.isVisible() && r.getItem() != null)
                .map(r -> r.localToScene(r.getLayoutBounds()))
                .filter(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY()).count();
    }

    /** The labels under {@code root} that are on screen and have words. */
    private static List<Labeled> shownLabels(Node root) {
        List<Labeled> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Labeled> out) {
        if (!n.isVisible() || n.getScene() == null) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.getWidth() > 0) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** The words a label's skin draws: its text, or that text cut and ended with the ellipsis. */
    private static String rendered(Labeled l) {
        return l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text).map(c -> ((Text) c).getText())
                .findFirst().orElse("");
    }
}
