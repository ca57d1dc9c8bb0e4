package org.parallax.ui.common;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parallax.model.Article;
import org.parallax.model.DateSource;

/**
 * How an article's fields read on screen. Parallax's interface is English, so dates use English
 * month names whatever the machine's locale. Nothing here invents data: an undated article reads
 * "undated", an article without a title gets its first sentence, marked so the view can mute it.
 */
public final class ArticleLabels {

    public static final String UNDATED = "undated";
    /** Titles made up from the first sentence are cut to about this many characters. */
    public static final int FALLBACK_TITLE_CHARS = 110;

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
        if (hasTitle(article)) {
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

    /** "1 article", "2 articles". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
