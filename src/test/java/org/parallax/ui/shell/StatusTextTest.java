package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Outlet;

class StatusTextTest {

    @Test
    void countsArticlesAndOutletsWithTheUnknownOutletAsOneGroup() {
        List<Article> articles = List.of(a("1", "Sputnik"), a("2", "Sputnik"), a("3", "Rise News"), a("4", ""), a("5", ""));
        assertThat(StatusText.counts(articles)).isEqualTo("5 articles · 3 outlets");
        assertThat(StatusText.countsTooltip(articles)).startsWith("2 articles have no known outlet");
    }

    @Test
    void singularAndEmpty() {
        assertThat(StatusText.counts(List.of(a("1", "Sputnik")))).isEqualTo("1 article · 1 outlet");
        assertThat(StatusText.countsTooltip(List.of(a("1", "")))).startsWith("1 article has no known outlet");
        assertThat(StatusText.countsTooltip(List.of(a("1", "Sputnik")))).startsWith("Every article names its outlet");
        assertThat(StatusText.counts(List.of())).isEqualTo("No articles");
    }

    @Test
    void problemsAndProgress() {
        assertThat(StatusText.problems(0)).isEqualTo("No problems");
        assertThat(StatusText.problems(1)).isEqualTo("1 problem");
        assertThat(StatusText.problems(2)).isEqualTo("2 problems");
        assertThat(StatusText.loading(3, 120, "reading file.txt")).isEqualTo("Opening · 3% · reading file.txt");
        assertThat(StatusText.loading(120, 120, "")).isEqualTo("Opening · 100%");
        assertThat(StatusText.loading(0, 0, null)).isEqualTo("Opening · 0%");
    }

    private static Article a(String id, String outlet) {
        return new Article(id, id + ".txt", Outlet.of(outlet), "", null, null, "", "Text.", List.of());
    }
}
