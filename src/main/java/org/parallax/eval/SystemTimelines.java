package org.parallax.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimePrecision;
import org.parallax.model.TimexValue;
import org.parallax.text.PartsOfSpeech;

/**
 * The app's events as SemEval-2015 Task 4 timelines, one per target entity.
 *
 * <p>An event's mention joins an entity's timeline when a sentence it lies in names the entity
 * ({@link EntityMentions}); the mention is named by its main predicate in that sentence ({@link #predicate}), as
 * {@code docid-sentence-word}. All the mentions of one event are one line (coreferent), dated by the event's date
 * written as the task writes dates ({@code 2007-02-28}, {@code 2007-02-XX}, {@code 2007-XX-XX}); the lines are
 * ordered by date, a coarser date before the finer ones it holds (2007 before 28 February 2007), and events of one
 * date share a position.
 */
final class SystemTimelines {

    /** The timelines by entity, and what they were made from (for the errors by cause). */
    record Result(Map<String, Timelines.Timeline> byEntity, Set<String> sentencesWithEvents,
                  Map<String, Set<String>> sentencesByEntity) {
    }

    private final Map<String, List<GoldSentence>> sentences = new HashMap<>();
    private final EntityMentions names;
    private final PartsOfSpeech tagger = new PartsOfSpeech();
    private final Map<GoldSentence, String[]> tags = new IdentityHashMap<>();

    SystemTimelines(List<GoldDocument> documents, List<String> targets) {
        for (GoldDocument d : documents) {
            sentences.put(d.id(), GoldSentence.of(d));
        }
        this.names = new EntityMentions(targets);
    }

    Result build(Corpus compared) {
        Map<String, Map<Event, Set<String>>> lines = new LinkedHashMap<>();
        Set<String> withEvents = new HashSet<>();
        Map<String, Set<String>> byEntity = new HashMap<>();
        for (Event e : compared.events()) {
            String date = timelineDate(e.date());
            if (date == null) {
                continue;
            }
            for (Span s : e.mentions()) {
                for (GoldSentence g : sentences.getOrDefault(s.articleId(), List.of())) {
                    int[] clause = g.tokensWithin(s.start(), s.end());
                    if (clause[1] == clause[0]) {
                        continue;
                    }
                    String key = g.doc() + "-" + g.id();
                    withEvents.add(key);
                    for (EntityMentions.Mention m : firstOfEach(names.in(g.tokens()))) {
                        int p = predicate(g, clause, m);
                        if (p >= 0) {
                            lines.computeIfAbsent(m.entity(), k -> new LinkedHashMap<>())
                                    .computeIfAbsent(e, k -> new LinkedHashSet<>()).add(g.mention(p));
                            byEntity.computeIfAbsent(m.entity(), k -> new HashSet<>()).add(key);
                        }
                    }
                }
            }
        }
        Map<String, Timelines.Timeline> out = new LinkedHashMap<>();
        lines.forEach((entity, events) -> out.put(entity, timeline(entity, events)));
        return new Result(out, withEvents, byEntity);
    }

    private static List<EntityMentions.Mention> firstOfEach(List<EntityMentions.Mention> all) {
        Map<String, EntityMentions.Mention> first = new LinkedHashMap<>();
        all.forEach(m -> first.putIfAbsent(m.entity(), m));
        return new ArrayList<>(first.values());
    }

    /** The lines of one entity: each event's mentions, at the rank of its date. */
    private static Timelines.Timeline timeline(String entity, Map<Event, Set<String>> events) {
        TreeSet<String> dates = new TreeSet<>(CHRONOLOGICAL);
        events.keySet().forEach(e -> dates.add(timelineDate(e.date())));
        List<String> order = new ArrayList<>(dates);
        List<Timelines.Entry> entries = new ArrayList<>();
        events.forEach((e, mentions) -> {
            String date = timelineDate(e.date());
            entries.add(new Timelines.Entry(order.indexOf(date) + 1, date, new ArrayList<>(mentions)));
        });
        entries.sort(Comparator.comparingInt(Timelines.Entry::position));
        return new Timelines.Timeline(entity, entries);
    }

    /** Earlier first day first; of one first day, the coarser date first. */
    static final Comparator<String> CHRONOLOGICAL = Comparator.comparing(SystemTimelines::firstDay)
            .thenComparing(d -> d.indexOf('X') < 0 ? 2 : d.startsWith("XX", 5) ? 0 : 1)
            .thenComparing(Comparator.naturalOrder());

    private static LocalDate firstDay(String timelineDate) {
        return LocalDate.parse(timelineDate.replace("XX", "01"));
    }

    /**
     * A TIMEX3 date value as the task writes it: a day as is, a month {@code YYYY-MM-XX}, a year {@code YYYY-XX-XX};
     * a week by its month, a time by its day, a season, quarter or half by its year; null for decades, centuries and
     * what is not a date.
     */
    static String timelineDate(String value) {
        TimexValue v = TimexValue.parse(value).orElse(null);
        if (v == null || v.first() == null) {
            return null;
        }
        TimePrecision p = v.precision();
        LocalDate d = v.first();
        String year = String.format(java.util.Locale.ROOT, "%04d", d.getYear());
        String month = String.format(java.util.Locale.ROOT, "%02d", d.getMonthValue());
        return switch (p) {
            case DAY, PART_OF_DAY, MINUTE, SECOND -> d.toString();
            case WEEK, MONTH -> year + "-" + month + "-XX";
            case YEAR, HALF_YEAR, QUARTER, SEASON -> year + "-XX-XX";
            default -> null;
        };
    }

    /**
     * The main predicate of a clause for an entity the sentence names: the first verb of the clause after the
     * entity's name (the entity's own predicate: "Airbus ... has announced"), else the clause's first verb; verbs by
     * the app's part-of-speech tagger (UD {@code VERB}, auxiliaries and copulas left out); -1 when the clause has
     * none.
     */
    int predicate(GoldSentence g, int[] clause, EntityMentions.Mention entity) {
        String[] pos = tags.computeIfAbsent(g, k -> tagger.tag(k.tokens()));
        int from = Math.max(clause[0], Math.min(entity.to(), clause[1]));
        for (int start : new int[] {from, clause[0]}) {
            for (int i = start; i < clause[1]; i++) {
                if (pos[i].equals("VERB")) {
                    return i;
                }
            }
        }
        return -1;
    }
}
