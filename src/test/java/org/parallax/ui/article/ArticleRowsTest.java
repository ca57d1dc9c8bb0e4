package org.parallax.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Outlet;

/**
 * The list's rows take a corpus's articles in one step and sort by one permutation, telling their listeners the same
 * as the observable array list they replace (kept here as the reference): the same rows, the same changes.
 */
class ArticleRowsTest {

    /** What a listener is told, as text: each change's kind, range, removed rows and permutation. */
    private static List<String> recorder(ObservableList<Article> list) {
        List<String> told = new ArrayList<>();
        list.addListener((ListChangeListener<Article>) c -> {
            StringBuilder s = new StringBuilder();
            while (c.next()) {
                s.append(c.getFrom()).append('-').append(c.getTo());
                if (c.wasPermutated()) {
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        s.append(" p").append(c.getPermutation(i));
                    }
                }
                if (c.wasRemoved()) {
                    s.append(" removed ").append(c.getRemoved().stream().map(Article::id).toList());
                }
                if (c.wasAdded()) {
                    s.append(" added ").append(c.getAddedSubList().stream().map(Article::id).toList());
                }
                s.append("; ");
            }
            told.add(s.toString());
        });
        return told;
    }

    private static List<Article> articles(Random random, int n) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Article("a" + random.nextInt(1000), "f.txt", Outlet.of("O" + random.nextInt(3)),
                    "T" + random.nextInt(5), null, null, null, "text", List.of()));
        }
        return list;
    }

    @Test
    void replacingAndSortingTellTheSameAsAnObservableArrayList() {
        for (int seed = 0; seed < 30; seed++) {
            Random random = new Random(seed);
            ArticleRows rows = new ArticleRows();
            ObservableList<Article> reference = FXCollections.observableArrayList();
            List<String> toldRows = recorder(rows);
            List<String> toldReference = recorder(reference);
            for (int step = 0; step < 8; step++) {
                if (random.nextBoolean()) {
                    List<Article> next = articles(random, random.nextInt(4) == 0 ? 0 : random.nextInt(40));
                    rows.setAll(next);
                    reference.setAll(next);
                } else {
                    Comparator<Article> order = random.nextBoolean() ? Comparator.comparing(Article::title)
                            : Comparator.comparing((Article a) -> a.outlet().name()).reversed();
                    rows.sortBy(order);
                    FXCollections.sort(reference, order);
                }
                assertThat(rows).as("seed %d step %d", seed, step).containsExactlyElementsOf(reference);
                assertThat(toldRows).as("seed %d step %d", seed, step).containsExactlyElementsOf(toldReference);
            }
        }
    }
}
