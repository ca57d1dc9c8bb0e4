package org.parallax.ui.shell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.chart.timeline.scale.TimexRange;

/**
 * Where outlets disagree about an event's date. The model keeps one date per event, so each mention's own date is
 * read from the text: the first dated temporal expression (DATE or TIME, resolved against its article's publication
 * date by extraction) inside the mention's span, the same rule comparison uses to date a statement. A mention with
 * none says nothing about the date. Two dates disagree when the days they cover do not overlap: "19 October" and
 * "20 October" disagree, "October 2015" and "20 October 2015" do not. Plain and free of any toolkit.
 */
public final class DateDisagreement {

    /** One date some outlets gave, with those outlets (in the order their mentions come). */
    public record Claim(String value, List<Outlet> outlets) {
    }

    private DateDisagreement() {
    }

    /**
     * The dates the outlets give for {@code event}, when at least two of them disagree; empty when they agree or
     * fewer than two dates are given.
     */
    public static List<Claim> of(Event event, Map<String, Article> articles, Collection<TimeMention> timexes) {
        Map<String, List<TimeMention>> byArticle = new HashMap<>();
        Set<String> wanted = new java.util.HashSet<>();
        event.mentions().forEach(m -> wanted.add(m.articleId()));
        for (TimeMention t : timexes) {
            if (wanted.contains(t.span().articleId()) && (t.type() == TimexType.DATE || t.type() == TimexType.TIME)
                    && t.precision() != TimePrecision.NONE) {
                byArticle.computeIfAbsent(t.span().articleId(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, Set<Outlet>> byValue = new LinkedHashMap<>();
        for (Span m : event.mentions()) {
            Article a = articles.get(m.articleId());
            if (a == null) {
                continue;
            }
            Optional<String> value = byArticle.getOrDefault(m.articleId(), List.of()).stream()
                    .filter(t -> m.contains(t.span()))
                    .min(Comparator.comparingInt(t -> t.span().start()))
                    .map(t -> dayValue(t.value()))
                    .filter(v -> TimexRange.of(v).isPresent());
            value.ifPresent(v -> byValue.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(a.outlet()));
        }
        List<String> values = new ArrayList<>(byValue.keySet());
        boolean differ = false;
        for (int i = 0; i < values.size() && !differ; i++) {
            DayRange a = TimexRange.of(values.get(i)).orElseThrow();
            for (int j = i + 1; j < values.size(); j++) {
                DayRange b = TimexRange.of(values.get(j)).orElseThrow();
                if (!a.overlaps(b)) {
                    differ = true;
                    break;
                }
            }
        }
        if (!differ) {
            return List.of();
        }
        values.sort(Comparator.comparingDouble((String v) -> TimexRange.of(v).orElseThrow().start()));
        return values.stream().map(v -> new Claim(v, List.copyOf(byValue.get(v)))).toList();
    }

    /** A time of day counts as its day: "2015-10-20TEV" and "2015-10-20" agree. */
    private static String dayValue(String value) {
        return value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
    }

    /** "Dates differ: RT says 19 October 2015; IBT and Sputnik say 20 October 2015". */
    public static String sentence(List<Claim> claims) {
        List<String> parts = new ArrayList<>();
        for (Claim c : claims) {
            List<String> names = c.outlets().stream().map(Outlet::displayName).toList();
            String who = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            parts.add(who + (names.size() == 1 ? " says " : " say ") + TimelineData.dateText(c.value()));
        }
        return "Dates differ: " + String.join("; ", parts);
    }
}
