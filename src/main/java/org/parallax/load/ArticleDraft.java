package org.parallax.load;

import java.time.LocalDate;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;

/** A loaded, cleaned article still waiting for its id, which depends on the other files of the corpus. */
record ArticleDraft(String file, String outlet, String title, LocalDate published, DateSource publishedFrom,
                    String url, String text, List<String> removedLines) {

    Article toArticle(String id) {
        return new Article(id, file, Outlet.of(outlet), title, published, publishedFrom, url, text, removedLines);
    }
}
