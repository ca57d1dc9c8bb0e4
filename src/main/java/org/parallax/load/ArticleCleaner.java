package org.parallax.load;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.parallax.model.Article;

/**
 * Turns a decoded article body (lines separated by '\n', blank lines between blocks) into clean paragraphs.
 *
 * <p>INTERIM: only splits on blank lines; the cleaning work replaces the body of {@link #clean}.
 */
public final class ArticleCleaner {

    /**
     * @param decoded    the body text, line ends already normalised to '\n'
     * @param knownTitle a title the file's metadata gave (HTML, JSON), or empty
     */
    public CleanedText clean(String decoded, String knownTitle) {
        List<String> paragraphs = Arrays.stream(decoded.split("\n\\s*\n"))
                .map(p -> p.strip().replaceAll("\\s+", " "))
                .filter(p -> !p.isEmpty())
                .toList();
        return new CleanedText(knownTitle, paragraphs.stream().collect(Collectors.joining(Article.PARAGRAPH_BREAK)),
                List.of());
    }
}
