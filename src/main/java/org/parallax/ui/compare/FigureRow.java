package org.parallax.ui.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.compare.figure.FigureComparison;
import org.parallax.compare.figure.FigureGroup;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Qualifier;
import org.parallax.model.Span;
import org.parallax.text.SentenceBounds;
import org.parallax.ui.common.ArticleLabels;

/**
 * One outlet's statement of a quantity, as a row of the figures table.
 *
 * @param quantity     what is counted (the group's fullest subject)
 * @param group        the index of its {@link FigureGroup} in the table (rows of one group are neighbours), or -1 for
 *                     a figure only one outlet gives
 * @param disagreement whether its group's values are incompatible
 * @param why          the group's explanation ({@link FigureGroup#why()}), empty for a single figure
 * @param sentence     the sentence the figure stands in, so a disagreement shows its words in context
 * @param source       who said it ({@link ArticleLabels#source}): the outlet, or an unknown outlet's article title
 */
public record FigureRow(String quantity, Claim claim, Outlet outlet, LocalDate published, int group,
                        boolean disagreement, String why, String sentence, String source) {

    public FigureRow {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(claim, "claim");
        sentence = sentence == null || sentence.isBlank() ? claim.text() : sentence;
        source = source == null ? outlet.displayName() : source;
        outlet = outlet == null ? Outlet.UNKNOWN : outlet;
        why = why == null ? "" : why;
    }

    public Span span() {
        return claim.span();
    }

    /** "250,000", "10–20". */
    public String valueText() {
        return claim.upperValue().map(hi -> plain(claim.value()) + "\u2013" + plain(hi)).orElse(plain(claim.value()));
    }

    /** "at least", "" for a plain number. */
    public String qualifierText() {
        return claim.qualifier() == Qualifier.NONE ? "" : claim.qualifier().jsonName().replace('_', ' ');
    }

    public boolean single() {
        return group < 0;
    }

    /**
     * The figures of {@code event} (those stated within one of its mentions) or of the whole corpus when
     * {@code event} is null: first every {@link FigureComparison} group with such a figure (all its members, a
     * group's rows together, disagreeing groups first), then the figures (of the event's mentions, or all) no other
     * outlet gives.
     */
    public static List<FigureRow> of(Corpus corpus, Event event) {
        return FigureRows.of(corpus).rows(event);
    }

    /** The row of {@code c}, member of group {@code g} shown as the table's {@code index}th group. */
    static FigureRow grouped(FigureGroup g, Claim c, Article a, int index) {
        return new FigureRow(g.subject(), c, a == null ? null : a.outlet(), a == null ? null : a.published(), index,
                g.disagreement(), g.why(), sentence(c, a), a == null ? null : ArticleLabels.source(a));
    }

    /** The row of {@code c}, a figure no other outlet gives. */
    static FigureRow single(Claim c, Article a) {
        return new FigureRow(c.subject().isEmpty() ? c.unit() : c.subject(), c, a == null ? null : a.outlet(),
                a == null ? null : a.published(), -1, false, "", sentence(c, a), a == null ? null : ArticleLabels.source(a));
    }

    private static String sentence(Claim c, Article a) {
        if (a == null || c.span().end() > a.text().length()) {
            return c.text();
        }
        return SentenceBounds.around(a.text(), c.span().start(), c.span().end()).text(a.text());
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        String text = s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String frac = dot < 0 ? "" : text.substring(dot);
        boolean negative = whole.startsWith("-");
        if (negative) {
            whole = whole.substring(1);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + b + frac.toLowerCase(Locale.ROOT);
    }
}
