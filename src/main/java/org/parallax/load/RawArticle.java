package org.parallax.load;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one file says about itself, before cleaning and before the manifest has its say.
 *
 * @param title     the title from the file's metadata (HTML, JSON), empty for plain text
 * @param outlet    the outlet the file names, empty if none
 * @param published the publication date the file's metadata gives, {@code null} if none
 * @param url       the article's address from the metadata, empty if none
 * @param body      the article's words: lines separated by '\n', paragraphs by a blank line
 */
record RawArticle(String title, String outlet, LocalDate published, String url, String body) {

    RawArticle {
        title = title == null ? "" : title.strip();
        outlet = outlet == null ? "" : outlet.strip();
        url = url == null ? "" : url.strip();
        Objects.requireNonNull(body, "body");
    }

    static RawArticle text(String body) {
        return new RawArticle("", "", null, "", body);
    }
}
