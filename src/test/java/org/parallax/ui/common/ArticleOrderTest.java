package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;

/** The article list's first order, made off the FX thread with each outlet's key computed once, is the list's own. */
class ArticleOrderTest {

    static Article article(String id, String outlet, LocalDate published) {
        return new Article(id, id + ".txt", outlet == null ? Outlet.UNKNOWN : Outlet.of(outlet), "Title " + id,
                published, published == null ? null : DateSource.MANIFEST, null, "Text of " + id + ".", List.of());
    }

    /** Seeded articles over a few days (some undated) and outlets that differ only in case, with the unknown one. */
    static List<Article> generated(long seed, int n) {
        Random random = new Random(seed);
        String[] outlets = {"BBC", "bbc", "Reuters", "Associated Press", "ÉCHO", "écho", null};
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate day = random.nextInt(6) == 0 ? null : LocalDate.of(2015, 10, 18 + random.nextInt(5));
            articles.add(article("a" + i, outlets[random.nextInt(outlets.length)], day));
        }
        return articles;
    }

    @Test
    void listedIsTheListsOwnStableSortForEverySeed() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Article> articles = generated(seed, 300);
            List<Article> bySort = new ArrayList<>(articles);
            bySort.sort(ArticleOrder.LISTED); // stable, as the table's sorted list
            assertThat(ArticleOrder.listed(articles)).as("seed %d", seed).containsExactlyElementsOf(bySort);
        }
    }

    @Test
    void datesFirstUndatedLastThenKnownOutletsByNameIgnoringCaseTiesInTheirOrder() {
        LocalDate day = LocalDate.of(2015, 10, 20);
        Article undated = article("u", "AP", null);
        Article unknown = article("x", null, day);
        Article bbcUpper = article("b1", "BBC", day);
        Article ap = article("ap", "ap", day);
        Article bbcLower = article("b2", "bbc", day);
        Article earlier = article("e", "Reuters", day.minusDays(1));
        assertThat(ArticleOrder.listed(List.of(undated, unknown, bbcUpper, ap, bbcLower, earlier)))
                .containsExactly(earlier, ap, bbcUpper, bbcLower, unknown, undated);
    }
}
