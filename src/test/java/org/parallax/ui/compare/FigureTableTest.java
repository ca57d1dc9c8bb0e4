package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Corpus;
import org.parallax.model.Qualifier;
import org.parallax.model.Span;
import org.parallax.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The figures table on a hand-made corpus: a disagreeing quantity is flagged, a row opens its source. */
@ExtendWith(ApplicationExtension.class)
class FigureTableTest {

    private FigureTable table;
    private Corpus corpus;
    private final AtomicReference<Span> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        CorpusBuilder b = new CorpusBuilder()
                .article("a", "Alpha", "2020-01-01", "At least 300 homes were flooded.")
                .article("b", "Beta", "2020-01-02", "About 120 homes were flooded.");
        Span flooded = b.span("a", "At least 300 homes were flooded.");
        Span floodedToo = b.span("b", "About 120 homes were flooded.");
        corpus = b.claim("a", "At least 300 homes", 300, Qualifier.AT_LEAST, "homes")
                .claim("b", "About 120 homes", 120, Qualifier.APPROXIMATELY, "homes")
                .event("e1", "Homes flooded", "2020-01-01", flooded, floodedToo) // both outlets report the flood
                .build();
        table = new FigureTable();
        table.setCorpus(corpus);
        table.setOnOpenSpan(opened::set);
        Scene scene = new Scene((Parent) table.node(), 900, 300);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static List<FigureRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup(".table-view").queryAs(TableView.class).getItems());
    }

    @Test
    void theDisagreementIsFlaggedAndEnterOpensTheRowsSource(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows(robot)).hasSize(2).allSatisfy(r -> assertThat(r.disagreement()).isTrue());
        assertThat(rows(robot)).extracting(FigureRow::sentence) // the words behind the disagreement, in context
                .containsExactlyInAnyOrder("At least 300 homes were flooded.", "About 120 homes were flooded.");
        assertThat(robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getItem() != null))
                .hasSize(2).allSatisfy(n -> assertThat(n.getPseudoClassStates()).contains(CompareStyles.DISAGREES));
        TableView<?> view = robot.lookup(".table-view").queryAs(TableView.class);
        WaitForAsyncUtils.asyncFx(() -> {
            view.requestFocus();
            view.getSelectionModel().select(1);
        }).get();
        robot.type(KeyCode.ENTER);
        assertThat(opened.get()).isEqualTo(rows(robot).get(1).span());
        // the event's figures: the group it touches, both members
        WaitForAsyncUtils.asyncFx(() -> table.showEvent(corpus.events().get(0))).get();
        assertThat(rows(robot)).hasSize(2);
    }
}
