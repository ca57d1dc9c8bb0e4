package org.parallax.ui.shell;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.ui.common.ArticleLabels;

/** The words of the status bar, kept apart from the controls so they can be tested as text. */
public final class StatusText {

    private StatusText() {
    }

    /**
     * The status bar's counts of a corpus's articles, their tooltip and whether there are none: worded on a worker
     * when a corpus arrives (three passes over its articles, 100,000 of them in a big model), shown on the FX thread.
     */
    public record Counts(String text, String tooltip, boolean none) {

        public static final Counts NONE = of(List.of());

        /** The counts of {@code articles}: linear in them, on any thread. */
        public static Counts of(List<Article> articles) {
            return new Counts(counts(articles), countsTooltip(articles), articles.isEmpty());
        }

        /**
         * What the bar says of {@code articles} while their outlets are counted on a worker: how many there are (a
         * list's size, on the FX thread), never the corpus before's counts.
         */
        public static Counts pending(List<Article> articles) {
            return articles.isEmpty() ? NONE
                    : new Counts(ArticleLabels.count(articles.size(), "article", "articles"), COUNTING, false);
        }
    }

    /** The counts' tooltip while the outlets are counted. */
    static final String COUNTING = "Counting the outlets\u2026";

    /**
     * "5 articles · 4 outlets": outlets are the distinct {@link Article#outlet()} values, the unknown
     * outlet counting as one group. "No articles" for an empty corpus.
     */
    public static String counts(List<Article> articles) {
        if (articles.isEmpty()) {
            return "No articles";
        }
        int outlets = Corpus.outletCount(articles);
        return ArticleLabels.count(articles.size(), "article", "articles") + " · "
                + ArticleLabels.count(outlets, "outlet", "outlets");
    }

    /** The counts' tooltip: how many articles name no outlet. */
    public static String countsTooltip(List<Article> articles) {
        long unknown = articles.stream().filter(a -> !a.outlet().isKnown()).count();
        long undated = articles.stream().filter(a -> !a.isDated()).count();
        String outlets = unknown == 0 ? "Every article names its outlet"
                : unknown == 1 ? "1 article has no known outlet"
                : unknown + " articles have no known outlet";
        String dates = undated == 0 ? "" : undated == 1 ? "\n1 article is undated" : "\n" + undated + " articles are undated";
        return outlets + (articles.isEmpty() ? "" : dates);
    }

    /** "1 problem", "2 problems", "No problems". */
    public static String problems(int n) {
        return n == 0 ? "No problems" : ArticleLabels.count(n, "problem", "problems");
    }

    /**
     * "Opening · 40% · reading file.txt": the pipeline counts every file read, every article analysed and the
     * comparison as steps of one bar, so the share says more than a count of steps would.
     */
    public static String loading(int done, int total, String file) {
        int percent = total <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * done / total));
        return "Opening · " + percent + "%" + (file == null || file.isEmpty() ? "" : " · " + file);
    }
}
