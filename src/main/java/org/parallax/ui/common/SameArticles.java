package org.parallax.ui.common;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Corpus;

/**
 * The one rule of when a corpus that arrives is a correction of the one on show, and when an article of it is the
 * article a view had: the views that keep their place across a correction (the window's view, the article list, the
 * comparisons, a wish to open an article) all ask here.
 */
public final class SameArticles {

    private SameArticles() {
    }

    /**
     * Whether {@code now} holds the articles of {@code old}, by id in the same order: a correction re-made the corpus,
     * rather than another folder opening. Compared in place (another folder's count differs at once) where two lists
     * of 100,000 ids were made on the FX thread.
     */
    public static boolean sameIds(Corpus old, Corpus now) {
        List<Article> before = old.articles();
        List<Article> after = now.articles();
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).id().equals(after.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code now} is the article {@code had} was: the same id and the same text (a correction may have changed
     * its outlet, title or date, and a span into it still marks the same words); an article of that id in another
     * folder is another article.
     */
    public static boolean same(Article had, Article now) {
        return had.id().equals(now.id()) && had.text().equals(now.text());
    }
}
