package org.parallax.ui.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Verdict;

/**
 * One article's version of a quote cluster: its quotes in the cluster (an outlet may split an utterance in two), in
 * text order, their verdicts against the cluster's reference, and the words marked against the base.
 *
 * @param published the article's publication date, {@code null} if undated
 * @param speaker   the speaker as the article or the cluster names them, "Unknown speaker" if neither does
 * @param verdicts  the distinct verdicts of its quotes, in text order
 * @param reference whether it holds the cluster's reference quote
 * @param base      whether the others are marked against it
 * @param runs      its words, marked against the base; its pieces joined by an ellipsis
 * @param source    who published it, as {@code ArticleLabels.source} says: the outlet, or an unknown outlet's title
 */
public record ComparisonColumn(String articleId, Outlet outlet, LocalDate published, String speaker,
                               List<Quote> quotes, List<Verdict> verdicts, boolean reference, boolean base,
                               List<DiffRun> runs, String source) {

    public static final String ELLIPSIS = "\u2026";

    public ComparisonColumn {
        quotes = List.copyOf(quotes);
        verdicts = List.copyOf(verdicts);
        runs = List.copyOf(runs);
        if (quotes.isEmpty()) {
            throw new IllegalArgumentException("a column needs a quote");
        }
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** The span to open for the column as a whole: its first quote's. */
    public Span span() {
        return quotes.get(0).span();
    }

    /** The quotes' text as the article gives it, pieces joined by an ellipsis. */
    public String text() {
        return String.join(" " + ELLIPSIS + " ", quotes.stream().map(Quote::text).toList());
    }

    /** The outlet's name, or for an unknown outlet its article's title, so two unknowns differ (never a file hash). */
    public String label() {
        return source == null || source.isBlank() ? outlet.displayName() : source;
    }

    /** The verdicts as words: "trimmed", "reference". */
    public String verdictText() {
        return String.join(", ", verdicts.stream().map(Verdict::jsonName).toList());
    }
}
