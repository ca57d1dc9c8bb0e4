package org.parallax.compare.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;

/**
 * Who reported an event first: each outlet that mentions it, with the publication date of its earliest article
 * that does, and how many days that is after the first outlet's. An article of an unknown outlet counts as an outlet
 * of its own. An outlet whose articles are all undated has an unknown lag and is listed last.
 */
public final class ReportingLag {

    /**
     * One outlet's report of an event.
     *
     * @param articleId its earliest article that mentions the event
     * @param published that article's publication date, {@code null} if undated
     * @param lagDays   days after the first report, empty when undated
     */
    public record OutletLag(Outlet outlet, String articleId, LocalDate published, OptionalLong lagDays) {

        public Optional<LocalDate> publishedDate() {
            return Optional.ofNullable(published);
        }

        public boolean first() {
            return lagDays.isPresent() && lagDays.getAsLong() == 0;
        }
    }

    private ReportingLag() {
    }

    /** The outlets that mention {@code event}, earliest first, then the undated ones by name. */
    public static List<OutletLag> of(Corpus corpus, Event event) {
        Map<String, Article> articles = corpus.articlesById();
        Map<String, Article> earliest = new LinkedHashMap<>();
        for (Span s : event.mentions()) {
            Article a = articles.get(s.articleId());
            if (a == null) {
                continue;
            }
            String key = a.outlet().isKnown() ? "o:" + a.outlet().name() : "a:" + a.id();
            earliest.merge(key, a, ReportingLag::earlier);
        }
        LocalDate first = earliest.values().stream().map(Article::published).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
        List<OutletLag> out = new ArrayList<>();
        for (Article a : earliest.values()) {
            OptionalLong lag = a.published() == null ? OptionalLong.empty()
                    : OptionalLong.of(ChronoUnit.DAYS.between(first, a.published()));
            out.add(new OutletLag(a.outlet(), a.id(), a.published(), lag));
        }
        out.sort(Comparator.comparing((OutletLag l) -> l.lagDays().isEmpty())
                .thenComparingLong(l -> l.lagDays().orElse(0))
                .thenComparing(l -> l.outlet().displayName())
                .thenComparing(OutletLag::articleId));
        return out;
    }

    private static Article earlier(Article a, Article b) {
        if (a.published() == null) {
            return b.published() == null && b.id().compareTo(a.id()) < 0 ? b : (b.published() == null ? a : b);
        }
        if (b.published() == null) {
            return a;
        }
        return b.published().isBefore(a.published()) ? b : a;
    }
}
