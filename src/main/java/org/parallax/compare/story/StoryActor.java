package org.parallax.compare.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.compare.event.EventClusterer.Cluster;
import org.parallax.compare.event.Headline;

/**
 * Who a story is about: the name its events' headlines give most (of those acting in two of them or more), weighted
 * by how many statements report each event,
 * an acting name twice; places (the story's own, and any a headline names as a place) left out. Names come as the
 * headlines show them, so a person is a surname ("Assad") or a full name, never a first name alone.
 */
final class StoryActor {

    private StoryActor() {
    }

    /**
     * The main actor of events {@code g}, empty when their headlines name nobody, when the name acts in fewer than
     * two of their headlines, or when no headline names {@code place} as a place (then it may be a company or a holiday, not where
     * the story happened).
     */
    static String of(List<Cluster> g, Map<String, Headline> headlines, String place) {
        boolean placed = place != null && g.stream().map(c -> headlines.get(c.event().id()))
                .anyMatch(h -> h != null && !h.place().isEmpty() && h.place().contains(place));
        if (!placed) {
            return "";
        }
        Map<String, Integer> acts = new HashMap<>();
        g.forEach(c -> {
            Headline h = headlines.get(c.event().id());
            if (h != null && h.nameActor()) {
                acts.merge(h.actor(), 1, Integer::sum);
            }
        });
        Set<String> actors = new HashSet<>();
        acts.forEach((a, n) -> {
            if (n >= 2) {
                actors.add(a); // the actor of one event only may be anyone the story mentions once
            }
        });
        Set<String> places = new HashSet<>();
        if (place != null) {
            places.add(place);
        }
        for (Cluster c : g) {
            Headline h = headlines.get(c.event().id());
            if (h != null && !h.place().isEmpty()) {
                places.add(h.place());
            }
        }
        return mostWeighted(g, headlines, places, actors::contains);
    }

    /**
     * The name the headlines of {@code g} give most, as they show it (never a lemma; a person as the headlines write
     * them, a surname or a full name), weighted as for the actor; empty when they name nobody. For a story without a
     * place.
     */
    static String mainName(List<Cluster> g, Map<String, Headline> headlines) {
        return mostWeighted(g, headlines, Set.of(), n -> !n.contains(",")); // not "Ford, the car maker"
    }

    private static String mostWeighted(List<Cluster> g, Map<String, Headline> headlines, Set<String> places,
                                       java.util.function.Predicate<String> allowed) {
        Map<String, Integer> weight = new LinkedHashMap<>();
        for (Cluster c : g) {
            Headline h = headlines.get(c.event().id());
            if (h == null) {
                continue;
            }
            int reports = c.event().mentions().size();
            for (String n : h.names()) {
                if (!places.contains(n) && !n.isBlank()) {
                    weight.merge(n, (n.equals(h.actor()) ? 2 : 1) * reports, Integer::sum);
                }
            }
        }
        return weight.entrySet().stream().filter(e -> allowed.test(e.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }
}
