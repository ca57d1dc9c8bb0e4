package org.parallax.ui.compare;

import java.util.List;
import org.parallax.ui.common.ArticleLabels;

/**
 * A quote comparison as a table for the clipboard: plain text (tab-separated, the marks in wdiff notation:
 * {@code [-missing-]}, <code>{+added+}</code>, <code>[-base-]{+changed+}</code>) and HTML ({@code <del>},
 * {@code <ins>}, {@code <mark>}), one row per version, the base first marked "(base)", each speaker as the column
 * head shows it ({@link ColumnAttribution#text()}). Plain code, no toolkit.
 */
public final class ComparisonCopy {

    private ComparisonCopy() {
    }

    public static String text(QuoteComparison c) {
        StringBuilder b = new StringBuilder();
        b.append(title(c)).append('\n');
        b.append("Outlet\tArticle\tDate\tSpeaker\tVerdict\tQuote\n");
        for (ComparisonColumn col : c.columns()) {
            b.append(String.join("\t", col.outlet().displayName(), col.articleId(), date(col), speaker(c, col),
                    verdict(col), marked(col.runs(), false))).append('\n');
        }
        b.append("Marks against ").append(c.base().label())
                .append(": [-missing-] {+added+} [-base-]{+changed+}\n");
        return b.toString();
    }

    public static String html(QuoteComparison c) {
        StringBuilder b = new StringBuilder();
        b.append("<table>\n<caption>").append(escape(title(c))).append("</caption>\n");
        b.append("<thead><tr><th>Outlet</th><th>Article</th><th>Date</th><th>Speaker</th><th>Verdict</th>"
                + "<th>Quote</th></tr></thead>\n<tbody>\n");
        for (ComparisonColumn col : c.columns()) {
            b.append("<tr><td>").append(escape(col.outlet().displayName())).append("</td><td>")
                    .append(escape(col.articleId())).append("</td><td>").append(escape(date(col))).append("</td><td>")
                    .append(escape(speaker(c, col))).append("</td><td>").append(escape(verdict(col)))
                    .append("</td><td>").append(marked(col.runs(), true)).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return b.toString();
    }

    private static String title(QuoteComparison c) {
        return c.credit().text() + ": one quote in " + ArticleLabels.count(c.outletCount(), "outlet", "outlets");
    }

    /** Whom the column credits, in the column head's words (an inherited speaker marked as such). */
    private static String speaker(QuoteComparison c, ComparisonColumn col) {
        return ColumnAttribution.of(c.cluster(), col).text();
    }

    private static String date(ComparisonColumn col) {
        return col.published() == null ? "undated" : col.published().toString();
    }

    private static String verdict(ComparisonColumn col) {
        return col.verdictText() + (col.base() ? " (base)" : "");
    }

    static String marked(List<DiffRun> runs, boolean html) {
        StringBuilder b = new StringBuilder();
        for (DiffRun r : runs) {
            if (b.length() > 0) {
                b.append(' ');
            }
            String t = html ? escape(r.text()) : r.text();
            String base = html ? escape(r.baseText()) : r.baseText();
            switch (r.mark()) {
                case SAME -> b.append(t);
                case ADDED -> b.append(html ? "<ins>" + t + "</ins>" : "{+" + t + "+}");
                case MISSING -> b.append(html ? "<del>" + t + "</del>" : "[-" + t + "-]");
                case CHANGED -> b.append(html ? "<del>" + base + "</del> <mark>" + t + "</mark>"
                        : "[-" + base + "-]{+" + t + "+}");
            }
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
