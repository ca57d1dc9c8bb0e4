package org.parallax.model;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * How an article is named to a reader wherever it is shown (the window, the exports): its title, or its first
 * sentence; who it is from, or for an unknown outlet its title, never a file hash. One home for the window's
 * {@code ArticleLabels} and the charts' column names.
 */
public final class ArticleNames {

    /** Titles made up from the first sentence are cut to about this many characters. */
    public static final int FALLBACK_TITLE_CHARS = 110;

    private ArticleNames() {
    }

    /** The title, or the article's first sentence cut to {@link #FALLBACK_TITLE_CHARS}, or its file name. */
    public static String displayTitle(Article article) {
        if (!article.title().isBlank()) {
            return article.title().strip();
        }
        String first = firstSentence(article.text());
        return first.isEmpty() ? article.file() : elide(first, FALLBACK_TITLE_CHARS);
    }

    /** Characters of a title that stand for an article of no known outlet. */
    public static final int SOURCE_TITLE_CHARS = 40;

    /**
     * Who an article is from, as one short label: the outlet's name, or for an article of no known outlet its title
     * (or first sentence), elided — "Unknown outlet · Assad makes first foreign trip…" — so two unknown sources differ
     * by something a reader recognises, never by a file hash.
     */
    public static String source(Article article) {
        if (article.outlet().isKnown()) {
            return article.outlet().name();
        }
        return article.outlet().displayName() + " \u00b7 " + elide(displayTitle(article), SOURCE_TITLE_CHARS);
    }

    /** The first sentence of the first paragraph (the whole paragraph when no sentence end is found). */
    public static String firstSentence(String text) {
        String t = text == null ? "" : text.strip();
        int para = t.indexOf(Article.PARAGRAPH_BREAK);
        if (para >= 0) {
            t = t.substring(0, para);
        }
        // A first line on its own (an uncleaned headline, a dateline) ends the sentence too.
        int line = t.indexOf('\n');
        if (line > 0) {
            t = t.substring(0, line);
        }
        t = t.replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return "";
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(t);
        int end = it.next();
        return (end == BreakIterator.DONE ? t : t.substring(0, end)).strip();
    }

    /** Cuts {@code s} to at most {@code max} characters at a word boundary, ending in "…". */
    public static String elide(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return s.substring(0, cut).stripTrailing().replaceAll("[,;:\\-–—]+$", "") + "…";
    }
}
