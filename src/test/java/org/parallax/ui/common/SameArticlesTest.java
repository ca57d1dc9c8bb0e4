package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Outlet;

class SameArticlesTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, id + ".txt", Outlet.of(outlet), "Title " + id, null, null, "", text, List.of());
    }

    private static final Article A = article("a1", "Daily", "The first text.");
    private static final Article B = article("a2", "Daily", "The second text.");

    @Test
    void aCorrectionHoldsTheSameIdsInTheSameOrder() {
        Corpus old = Corpus.of(List.of(A, B));
        assertThat(SameArticles.sameIds(old, Corpus.of(List.of(article("a1", "Other", "Changed."), B)))).isTrue();
        assertThat(SameArticles.sameIds(old, Corpus.of(List.of(B, A)))).as("another order").isFalse();
        assertThat(SameArticles.sameIds(old, Corpus.of(List.of(A)))).as("fewer").isFalse();
        assertThat(SameArticles.sameIds(old, Corpus.of(List.of(A, article("b2", "Daily", "The second text.")))))
                .isFalse();
        assertThat(SameArticles.sameIds(Corpus.EMPTY, Corpus.EMPTY)).isTrue();
    }

    @Test
    void theSameArticleHasTheSameIdAndText() {
        assertThat(SameArticles.same(A, article("a1", "Another outlet", "The first text."))).as("outlet corrected")
                .isTrue();
        assertThat(SameArticles.same(A, article("a1", "Daily", "A namesake in another folder."))).isFalse();
        assertThat(SameArticles.same(A, B)).isFalse();
    }
}
