package org.parallax.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parallax.model.Article;
import org.parallax.model.ArticleNames;
import org.parallax.model.DateSource;

/**
 * How an article's fields read on screen. Parallax's interface is English, so dates use English
 * month names whatever the machine's locale. Nothing here invents data: an undated article reads
 * "undated", an article without a title gets its first sentence, marked so the view can mute it.
 */
public final class ArticleLabels {

    public static final String UNDATED = "undated";
    /** Titles made up from the first sentence are cut to about this many characters. */
    public static final int FALLBACK_TITLE_CHARS = ArticleNames.FALLBACK_TITLE_CHARS;

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ArticleLabels() {
    }

    /** "21 Oct 2015", or "undated". */
    public static String shortDate(LocalDate date) {
        return date == null ? UNDATED : SHORT.format(date);
    }

    /** "21 October 2015", or "undated". */
    public static String longDate(LocalDate date) {
        return date == null ? UNDATED : LONG.format(date);
    }

    /** The long date with where it came from when that is not a plain statement: "21 October 2015 (inferred)". */
    public static String longDateWithSource(Article article) {
        String date = longDate(article.published());
        return article.publishedFrom() == DateSource.INFERRED ? date + " (inferred)" : date;
    }

    public static boolean hasTitle(Article article) {
        return !article.title().isBlank();
    }

    /** The title, or the article's first sentence cut to {@link #FALLBACK_TITLE_CHARS}, or its file name. */
    public static String displayTitle(Article article) {
        return ArticleNames.displayTitle(article);
    }

    /** See {@link ArticleNames#source}: the outlet, or for an unknown one its title, never a file hash. */
    public static String source(Article article) {
        return ArticleNames.source(article);
    }

    /** The first sentence of the first paragraph (the whole paragraph when no sentence end is found). */
    public static String firstSentence(String text) {
        return ArticleNames.firstSentence(text);
    }

    /** Cuts {@code s} to at most {@code max} characters at a word boundary, ending in "…". */
    public static String elide(String s, int max) {
        return ArticleNames.elide(s, max);
    }

    /** "1 article", "2 articles". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
