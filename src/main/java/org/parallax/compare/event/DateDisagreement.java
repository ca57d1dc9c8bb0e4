package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimePrecision;
import org.parallax.model.TimexType;
import org.parallax.model.TimexValue;

/**
 * Where outlets disagree about an event's date. The model keeps one date per event, so each mention's own date is
 * read from the text: the first dated temporal expression (DATE or TIME, resolved against its article's publication
 * date by extraction) inside the mention's span, the same rule comparison uses to date a statement. A mention with
 * none says nothing about the date. A time of day counts as its day ({@link TimexValue#byDay}). Two dates disagree
 * when they share no day: "19 October" and "20 October" disagree, "October 2015" and "20 October 2015" do not.
 * Plain and free of any toolkit; the views only put the claims into words.
 */
public final class DateDisagreement {

    /**
     * One date some outlets gave, with those outlets (in the order their mentions come).
     *
     * @param value the TIMEX3 value, by day ("2015-10-20", "2015-10")
     */
    public record Claim(String value, List<Outlet> outlets) {

        public Claim {
            outlets = List.copyOf(outlets);
        }
    }

    private DateDisagreement() {
    }

    /**
     * The dates the outlets give for {@code event}, earliest first, when at least two of them disagree; empty when
     * they agree or fewer than two dates are given.
     */
    public static List<Claim> of(Event event, Map<String, Article> articles, Collection<TimeMention> timexes) {
        Map<String, List<TimeMention>> byArticle = datedByArticle(event, timexes);
        Map<String, TimexValue> dates = new LinkedHashMap<>();
        Map<String, Set<Outlet>> outlets = new LinkedHashMap<>();
        for (Span m : event.mentions()) {
            Article a = articles.get(m.articleId());
            if (a == null) {
                continue;
            }
            Optional<TimexValue> date = byArticle.getOrDefault(m.articleId(), List.of()).stream()
                    .filter(t -> m.contains(t.span()))
                    .min(Comparator.comparingInt(t -> t.span().start()))
                    .flatMap(t -> TimexValue.parse(t.value()))
                    .map(TimexValue::byDay);
            date.ifPresent(d -> {
                dates.putIfAbsent(d.value(), d);
                outlets.computeIfAbsent(d.value(), k -> new LinkedHashSet<>()).add(a.outlet());
            });
        }
        List<TimexValue> given = new ArrayList<>(dates.values());
        if (!disagree(given)) {
            return List.of();
        }
        given.sort(Comparator.comparing(TimexValue::first));
        return given.stream().map(d -> new Claim(d.value(), List.copyOf(outlets.get(d.value())))).toList();
    }

    /** The dated DATE and TIME expressions of the articles that report {@code event}, by article. */
    private static Map<String, List<TimeMention>> datedByArticle(Event event, Collection<TimeMention> timexes) {
        Set<String> wanted = new HashSet<>();
        event.mentions().forEach(m -> wanted.add(m.articleId()));
        Map<String, List<TimeMention>> byArticle = new HashMap<>();
        for (TimeMention t : timexes) {
            if (wanted.contains(t.span().articleId()) && (t.type() == TimexType.DATE || t.type() == TimexType.TIME)
                    && t.precision() != TimePrecision.NONE) {
                byArticle.computeIfAbsent(t.span().articleId(), k -> new ArrayList<>()).add(t);
            }
        }
        return byArticle;
    }

    /** Whether two of the dates share no day. */
    private static boolean disagree(List<TimexValue> dates) {
        for (int i = 0; i < dates.size(); i++) {
            for (int j = i + 1; j < dates.size(); j++) {
                if (!dates.get(i).overlaps(dates.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
