package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Outlet;
import org.parallax.ui.common.Styles;
import org.parallax.ui.compare.CompareStyles;
import org.parallax.ui.compare.FigureRow;
import org.parallax.ui.shell.LoadRequest;
import org.parallax.ui.shell.ShellPane;
import org.parallax.ui.shell.ShellWindow;
import org.parallax.ui.shell.WindowParts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Figures tab on the real pipeline, in the real window: a folder of one outlet full of unrelated percentages
 * shows no disagreement; two outlets that give different numbers of evacuated residents for the same flood show
 * it, with both sentences.
 */
@ExtendWith(ApplicationExtension.class)
class FiguresWindowTest {

    private static final Path FIXTURES = Path.of("src/test/resources/org/parallax/ui/figures");
    private static final Path ONE_OUTLET = FIXTURES.resolve("one-outlet");
    private static final Path TWO_OUTLETS = FIXTURES.resolve("two-outlets");

    private ShellWindow window;
    private WindowParts parts;

    @Start
    void start(Stage stage) {
        ParallaxApplication app = RealWindow.application();
        app.start(stage, List.of(ONE_OUTLET.toString()));
        window = app.window();
    }

    @BeforeEach
    void lookUp(FxRobot robot) {
        parts = new WindowParts(robot);
    }

    private void showFigures(FxRobot robot) {
        robot.interact(() -> window.show(ShellPane.FIGURES));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<FigureRow> figureTable(FxRobot robot) {
        return robot.lookup("." + CompareStyles.FIGURE_TABLE + " .table-view").queryAs(TableView.class);
    }

    /** The line above the table that counts quantities and disagreements. */
    private static String summary(FxRobot robot) {
        return robot.lookup("." + CompareStyles.FIGURE_TABLE + " ." + Styles.MUTED).queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t.contains("outlet")).findFirst().orElseThrow();
    }

    /** The rows painted as disagreeing, as the screen shows them. */
    private static List<FigureRow> flaggedRows(FxRobot robot) {
        return robot.lookup("." + CompareStyles.FIGURE_TABLE + " .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && r.getItem() != null
                        && r.getPseudoClassStates().contains(CompareStyles.DISAGREES))
                .map(r -> (FigureRow) r.getItem()).toList();
    }

    /** The texts the table's cells show. */
    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup("." + CompareStyles.FIGURE_TABLE + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.isVisible() && c.getText() != null).map(TableCell::getText).toList();
    }

    @Test
    void aOneOutletFolderShowsItsFiguresAndNoDisagreement(FxRobot robot) throws Exception {
        RealWindow.waitForArticles(parts, 4);
        showFigures(robot);
        TableView<FigureRow> table = figureTable(robot);
        assertThat(table.getItems()).as("the folder's percentages are listed").hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(r -> assertThat(r.single()).isTrue())
                .noneMatch(FigureRow::disagreement);
        assertThat(flaggedRows(robot)).isEmpty();
        assertThat(summary(robot)).startsWith("No quantity is given by several outlets").doesNotContain("disagreeing");
    }

    @Test
    void twoOutletsGivingDifferentFiguresForTheSameFloodShowTheDisagreementWithBothSentences(FxRobot robot)
            throws Exception {
        RealWindow.waitForArticles(parts, 4);
        robot.interact(() -> window.open(new LoadRequest.Folder(TWO_OUTLETS)));
        RealWindow.waitForArticles(parts, 2);
        showFigures(robot);
        assertThat(summary(robot)).contains("1 disagreeing");
        List<FigureRow> flagged = flaggedRows(robot);
        assertThat(flagged).extracting(r -> r.outlet().name())
                .containsExactlyInAnyOrder("Valley Ledger", "Evening Courier");
        assertThat(flagged).extracting(FigureRow::valueText).containsExactlyInAnyOrder("3,000", "1,200");
        String ledger = "More than 3,000 residents of Millbrook were evacuated on Tuesday after the Ordell river burst"
                + " its banks following two days of heavy rain, the county council said.";
        String courier = "About 1,200 residents of Millbrook were evacuated on Tuesday when the Ordell river overflowed"
                + " after two days of heavy rain, police said.";
        assertThat(flagged).extracting(FigureRow::sentence).containsExactlyInAnyOrder(ledger, courier);
        assertThat(cellTexts(robot)).as("both sentences on screen").contains(ledger, courier);
    }

    @Test
    void showAllBringsTheOutletsBackAndTheOutletButtonSaysSo(FxRobot robot) throws Exception {
        RealWindow.waitForArticles(parts, 4);
        robot.interact(() -> window.open(new LoadRequest.Folder(TWO_OUTLETS)));
        RealWindow.waitForArticles(parts, 2);
        var outlets = parts.outletChecks();
        Outlet courier = outlets.getItems().stream().filter(o -> o.name().equals("Evening Courier")).findFirst()
                .orElseThrow();
        robot.interact(() -> outlets.getCheckModel().clearCheck(courier));
        assertThat(buttonText(robot)).isEqualTo("Outlets: 1 of 2");
        robot.clickOn("Show all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outlets.getCheckModel().getCheckedItems()).hasSize(2);
        assertThat(buttonText(robot)).isEqualTo("Outlets: all");
        assertThat(parts.timeline().getData().lanes()).extracting(l -> l.label())
                .contains("Valley Ledger", "Evening Courier");
    }

    /** The words the outlet filter's button shows (its skin's label), not just its title property. */
    private String buttonText(FxRobot robot) {
        return robot.from(parts.outletChecks()).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled)
                .queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText).filter(t -> t != null && t.startsWith("Outlets"))
                .findFirst().orElseThrow();
    }
}
