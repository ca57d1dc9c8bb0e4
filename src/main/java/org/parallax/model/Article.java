package org.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cleaned news article.
 *
 * @param id            stable id within the corpus (the file name without its extension)
 * @param file          the file name relative to the corpus folder, as the manifest names it
 * @param outlet        who published it, {@link Outlet#UNKNOWN} if nobody says
 * @param title         the headline, empty if none was found
 * @param published     the publication date, {@code null} when undated ({@link DateSource#UNKNOWN})
 * @param publishedFrom where {@code published} came from
 * @param url           the article's address, empty if not known
 * @param text          the cleaned text: paragraphs separated by one blank line ({@link #PARAGRAPH_BREAK});
 *                      every {@link Span} of this article indexes into it
 * @param removedLines  the page-furniture lines cleaning took out, kept so nothing is lost
 *                      (they still name outlets and addresses); not part of the model JSON
 */
public record Article(String id, String file, Outlet outlet, String title, LocalDate published,
                      DateSource publishedFrom, String url, String text, List<String> removedLines) {

    public static final String PARAGRAPH_BREAK = "\n\n";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        outlet = outlet == null ? Outlet.UNKNOWN : outlet;
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        text = Objects.requireNonNull(text, "text");
        removedLines = removedLines == null ? List.of() : List.copyOf(removedLines);
        publishedFrom = published == null ? DateSource.UNKNOWN : Objects.requireNonNull(publishedFrom, "publishedFrom");
        if (published != null && publishedFrom == DateSource.UNKNOWN) {
            throw new IllegalArgumentException("a dated article needs a date source: " + id);
        }
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public boolean isDated() {
        return published != null;
    }

    public Article withOutlet(Outlet newOutlet) {
        return new Article(id, file, newOutlet, title, published, publishedFrom, url, text, removedLines);
    }

    public Article withPublished(LocalDate date, DateSource source) {
        return new Article(id, file, outlet, title, date, source, url, text, removedLines);
    }

    /** The characters a span of this article covers. */
    public String textOf(Span span) {
        if (!span.articleId().equals(id)) {
            throw new IllegalArgumentException("span of " + span.articleId() + " used on " + id);
        }
        return span.of(text);
    }

    /** The paragraphs of {@link #text}, in order. */
    public List<String> paragraphs() {
        return text.isEmpty() ? List.of() : List.of(text.split(PARAGRAPH_BREAK, -1));
    }
}
