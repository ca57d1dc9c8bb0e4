package org.parallax.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.ArticleOrder;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The list shows a corpus's lookup in its first order as sorted off the FX thread, the same order it gives the articles
 * it sorts itself; a column's click sorts them, ties in the corpus's order, the selection staying with its article.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleListOrderTest {

    private static final Corpus CORPUS = Corpus.of(generated());
    private ArticleList list;

    /** Seeded articles over a few days, some undated, outlets differing only in case, titles often alike. */
    private static List<Article> generated() {
        Random random = new Random(11);
        String[] outlets = {"BBC", "bbc", "Reuters", "AP", null};
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            LocalDate day = random.nextInt(5) == 0 ? null : LocalDate.of(2015, 10, 18 + random.nextInt(4));
            String outlet = outlets[random.nextInt(outlets.length)];
            articles.add(new Article("a" + i, "a" + i + ".txt", outlet == null ? null : Outlet.of(outlet),
                    "Title " + random.nextInt(8), day, day == null ? null : DateSource.MANIFEST, null,
                    "Text " + i + ".", List.of()));
        }
        return articles;
    }

    @Start
    void start(Stage stage) {
        list = new ArticleList();
        Scene scene = new Scene((Parent) list.node(), 700, 400);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private List<Article> shown() {
        return List.copyOf(list.table().getItems());
    }

    @Test
    void theLookupsOrderIsTheOrderTheListSortsItself(FxRobot robot) {
        robot.interact(() -> list.setArticles(CORPUS.articles()));
        List<Article> sortedHere = shown();
        robot.interact(() -> list.setLookup(CorpusLookup.of(CORPUS)));
        assertThat(shown()).containsExactlyElementsOf(sortedHere).containsExactlyElementsOf(
                ArticleOrder.listed(CORPUS.articles())).isNotEqualTo(CORPUS.articles());
    }

    @Test
    void aColumnsClickSortsTiesInTheCorpusOrderAndKeepsTheSelection(FxRobot robot) {
        robot.interact(() -> list.setLookup(CorpusLookup.of(CORPUS)));
        Article chosen = shown().get(40);
        robot.interact(() -> list.select(chosen.id()));
        TableColumn<Article, ?> title = list.table().getColumns().get(2);
        robot.interact(() -> list.table().getSortOrder().setAll(List.of(title)));
        List<Article> byTitle = new ArrayList<>(CORPUS.articles());
        byTitle.sort(Comparator.comparing((Article a) -> ArticleLabels.displayTitle(a).toLowerCase(Locale.ROOT)));
        assertThat(shown()).containsExactlyElementsOf(byTitle);
        assertThat(list.selectedProperty().get()).isSameAs(chosen);
        robot.interact(() -> list.setLookup(CorpusLookup.of(Corpus.of(CORPUS.articles()))));
        assertThat(shown()).as("a new corpus in the clicked order").containsExactlyElementsOf(byTitle);
        TableColumn<Article, ?> published = list.table().getColumns().get(1);
        TableColumn<Article, ?> outlet = list.table().getColumns().get(0);
        robot.interact(() -> list.table().getSortOrder().setAll(List.of(published, outlet)));
        assertThat(shown()).containsExactlyElementsOf(ArticleOrder.listed(CORPUS.articles()));
    }
}
