package org.parallax.load;

import java.util.List;
import java.util.Objects;

/**
 * An article body after cleaning.
 *
 * @param title        the headline found in the text (its first line when that line is a headline), else the
 *                     title the caller already knew, else empty
 * @param text         paragraphs separated by {@code Article.PARAGRAPH_BREAK}; the headline, if the body starts
 *                     with it, stays in once as the first paragraph
 * @param removedLines the page-furniture lines and repeated paragraphs taken out, in order
 */
public record CleanedText(String title, String text, List<String> removedLines) {

    public CleanedText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        removedLines = List.copyOf(removedLines);
    }
}
