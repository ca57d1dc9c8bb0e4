package org.parallax.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.HeldTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A new corpus keeps the selected article selected only when it holds that article: the same id and the same text. A
 * correction's corpus does (a new title, the same words); another folder's article that shares the id does not.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleListSelectionTest {

    private static final Article FIRST = article("a1", "Herald", "First", 18, "The first article's words.");
    private static final Article CHOSEN = article("a2", "Herald", "Chosen", 19, "The chosen article's words.");
    private static final Corpus FOLDER = Corpus.of(List.of(FIRST, CHOSEN));
    private ArticleList list;

    private static Article article(String id, String outlet, String title, int day, String text) {
        LocalDate date = LocalDate.of(2015, 10, day);
        return new Article(id, id + ".txt", Outlet.of(outlet), title, date, DateSource.MANIFEST, null, text, List.of());
    }

    @Start
    void start(Stage stage) {
        list = new ArticleList();
        Scene scene = new Scene((Parent) list.node(), 700, 400);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private Article selected() {
        return list.selectedProperty().get();
    }

    private void chooseInFolder(FxRobot robot) {
        robot.interact(() -> list.setLookup(CorpusLookup.of(FOLDER)));
        robot.interact(() -> list.select(CHOSEN.id()));
        assertThat(selected()).isSameAs(CHOSEN);
    }

    @Test
    void anotherFoldersArticleOfTheSameIdIsNotSelected(FxRobot robot) {
        chooseInFolder(robot);
        Article earlier = article("b1", "Courier", "Earlier", 10, "Another folder's first article.");
        Article namesake = article(CHOSEN.id(), "Courier", "Namesake", 20, "Another article that shares the id.");
        robot.interact(() -> list.setLookup(CorpusLookup.of(Corpus.of(List.of(namesake, earlier)))));
        assertThat(selected()).as("the other folder's first row, not its a2").isSameAs(earlier);
    }

    @Test
    void theSameArticleInACorrectionsCorpusStaysSelected(FxRobot robot) {
        chooseInFolder(robot);
        Article retitled = new Article(CHOSEN.id(), CHOSEN.file(), CHOSEN.outlet(), "A corrected title",
                CHOSEN.published(), CHOSEN.publishedFrom(), CHOSEN.url(), CHOSEN.text(), CHOSEN.removedLines());
        robot.interact(() -> list.setLookup(CorpusLookup.of(Corpus.of(List.of(FIRST, retitled)))));
        assertThat(selected()).isSameAs(retitled);
    }

    @Test
    void theSameArticleStaysSelectedWhenACorrectionComesWhileTheListIsFiltered(FxRobot robot) {
        HeldTaskRunner runner = new HeldTaskRunner();
        robot.interact(() -> list.setRunner(runner));
        chooseInFolder(robot);
        TextField field = robot.from(list.node()).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("words"));
        robot.interact(() -> {
            while (runner.runNext()) {
                // the filter's articles found
            }
        });
        assertThat(selected()).isSameAs(CHOSEN);
        Article retitled = new Article(CHOSEN.id(), CHOSEN.file(), CHOSEN.outlet(), "A corrected title",
                CHOSEN.published(), CHOSEN.publishedFrom(), CHOSEN.url(), CHOSEN.text(), CHOSEN.removedLines());
        robot.interact(() -> list.setLookup(CorpusLookup.of(Corpus.of(List.of(FIRST, retitled)))));
        robot.interact(() -> {
            while (runner.runNext()) {
                // the new corpus's articles filtered
            }
        });
        assertThat(selected()).as("the corrected article, not the first row").isSameAs(retitled);
    }
}
