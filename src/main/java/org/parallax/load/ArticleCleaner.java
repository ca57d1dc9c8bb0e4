package org.parallax.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.Article;

/**
 * Turns a decoded article body into clean paragraphs, by general rules rather than per-file edits:
 * <ol>
 *   <li>whitespace normalised per line (tabs, NBSP and other spaces; indentation and trailing spaces go);</li>
 *   <li>page-furniture lines removed ({@link PageFurniture}), before reflowing, since a furniture line has no final
 *       punctuation and would otherwise be glued to a paragraph;</li>
 *   <li>the first line recognised as the headline ({@link HeadlineDetector}): it stays a paragraph of its own,
 *       and copies of it right after it are dropped;</li>
 *   <li>hard-wrapped lines joined into paragraphs ({@link HardWrapJoiner});</li>
 *   <li>repeated and truncated repeated paragraphs dropped ({@link RepeatedParagraphs}).</li>
 * </ol>
 * The characters of the text are otherwise kept as written (no quote normalisation): spans point into it.
 * Thread-safe and stateless apart from its immutable furniture patterns.
 */
public final class ArticleCleaner {

    private final PageFurniture furniture;
    private final HeadlineDetector headlines = new HeadlineDetector();
    private final HardWrapJoiner joiner = new HardWrapJoiner();
    private final RepeatedParagraphs repeats = new RepeatedParagraphs();

    /** A cleaner with the bundled page-furniture patterns. */
    public ArticleCleaner() {
        this(PageFurniture.defaults());
    }

    public ArticleCleaner(PageFurniture furniture) {
        this.furniture = Objects.requireNonNull(furniture, "furniture");
    }

    /**
     * @param decoded    the body text, line ends already normalised to '\n'
     * @param knownTitle a title the file's metadata gave (HTML, JSON), or empty
     */
    public CleanedText clean(String decoded, String knownTitle) {
        String known = knownTitle == null ? "" : LineText.normalise(knownTitle);
        PageFurniture.Separated separated = furniture.separate(LineText.split(decoded == null ? "" : decoded));
        List<Located> body = separated.body();

        Set<Integer> headlineLines = headlineLines(body, known);
        List<Located> paragraphs = joiner.join(body, headlineLines::contains);
        RepeatedParagraphs.Result result = repeats.drop(paragraphs);

        String title = headlineLines.isEmpty() ? known : firstNonBlank(body).text();
        String text = result.kept().stream().map(Located::text).collect(Collectors.joining(Article.PARAGRAPH_BREAK));
        return new CleanedText(title, text, removedInOrder(separated.furniture(), result.dropped()));
    }

    /** The headline's line and the lines right after it that only repeat it; empty when there is no headline. */
    private Set<Integer> headlineLines(List<Located> body, String knownTitle) {
        int first = indexOfFirstNonBlank(body);
        if (first < 0) {
            return Set.of();
        }
        String line = body.get(first).text();
        String next = first + 1 < body.size() && !body.get(first + 1).isBlank() ? body.get(first + 1).text() : null;
        if (!headlines.isHeadline(line, next, knownTitle)) {
            return Set.of();
        }
        Set<Integer> lines = new HashSet<>();
        lines.add(body.get(first).line());
        String key = ComparisonKey.of(line);
        for (int i = first + 1; i < body.size(); i++) {
            Located candidate = body.get(i);
            if (candidate.isBlank()) {
                continue;
            }
            if (!ComparisonKey.of(candidate.text()).equals(key)) {
                break;
            }
            lines.add(candidate.line());
        }
        return lines;
    }

    private static int indexOfFirstNonBlank(List<Located> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static Located firstNonBlank(List<Located> lines) {
        return lines.get(indexOfFirstNonBlank(lines));
    }

    /** Furniture and repeats merged back into the order they had in the input. */
    private static List<String> removedInOrder(List<Located> furniture, List<Located> repeats) {
        List<Located> all = new ArrayList<>(furniture.size() + repeats.size());
        all.addAll(furniture);
        all.addAll(repeats);
        all.sort(Comparator.comparingInt(Located::line));
        return all.stream().map(Located::text).toList();
    }
}
