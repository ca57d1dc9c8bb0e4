package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What became of each gold mention a timeline places in time, by cause, and what the system placed that the gold
 * does not: the figures that say what would lift the score.
 *
 * <ul>
 *   <li>{@code found, right date} / {@code found, wrong date}: the system's timeline of the entity has the mention;</li>
 *   <li>{@code wrong token}: it has the mention's sentence for the entity, named by another word;</li>
 *   <li>{@code entity not matched}: an event of the app lies in the sentence, which was not taken to name the
 *       entity;</li>
 *   <li>{@code event not found}: no event of the app lies in the sentence;</li>
 *   <li>{@code system: not in gold (unanchored there)} / {@code system: not in gold}: a system mention the gold timeline
 *       leaves at position 0 or does not have.</li>
 * </ul>
 */
final class TimelineErrors {

    static final String RIGHT = "found, right date";
    static final String WRONG_DATE = "found, wrong date";
    static final String WRONG_TOKEN = "wrong token";
    static final String NO_ENTITY = "entity not matched";
    static final String NO_EVENT = "event not found";
    static final String UNANCHORED = "system: not in gold (unanchored there)";
    static final String EXTRA = "system: not in gold";

    private static final int EXAMPLES = 200;

    private final SystemTimelines.Result system;
    private final Map<String, Integer> causes = new LinkedHashMap<>();
    private final Map<String, List<String>> examples = new LinkedHashMap<>();

    TimelineErrors(SystemTimelines.Result system) {
        this.system = system;
        for (String c : List.of(RIGHT, WRONG_DATE, WRONG_TOKEN, NO_ENTITY, NO_EVENT, UNANCHORED, EXTRA)) {
            causes.put(c, 0);
        }
    }

    void add(Timelines.Timeline gold, Timelines.Timeline sys) {
        Map<String, String> systemDates = dates(sys);
        Map<String, String> goldDates = dates(gold);
        Set<String> entitySentences = system.sentencesByEntity().getOrDefault(gold.entity(), Set.of());
        for (Timelines.Entry e : gold.entries()) {
            for (String m : e.mentions()) {
                if (e.position() > 0) {
                    String d = systemDates.get(m);
                    String sentence = sentence(m);
                    String cause = d != null ? d.equals(e.date()) ? RIGHT : WRONG_DATE
                            : entitySentences.contains(sentence) ? WRONG_TOKEN
                            : system.sentencesWithEvents().contains(sentence) ? NO_ENTITY : NO_EVENT;
                    count(cause, gold.entity() + ": " + m + " " + e.date() + (d != null ? " (system " + d + ")"
                            : cause.equals(WRONG_TOKEN) ? " (system " + inSentence(sys, sentence) + ")" : ""));
                }
            }
        }
        for (Timelines.Entry e : sys.entries()) {
            for (String m : e.mentions()) {
                String g = goldDates.get(m);
                if (g == null || g.startsWith("XXXX")) {
                    count(g == null ? EXTRA : UNANCHORED, gold.entity() + ": " + m + " " + e.date());
                }
            }
        }
    }

    private void count(String cause, String example) {
        causes.merge(cause, 1, Integer::sum);
        List<String> xs = examples.computeIfAbsent(cause, k -> new ArrayList<>());
        if (xs.size() < EXAMPLES) {
            xs.add(example);
        }
    }

    private static Map<String, String> dates(Timelines.Timeline t) {
        Map<String, String> out = new HashMap<>();
        for (Timelines.Entry e : t.entries()) {
            for (String m : e.mentions()) {
                out.putIfAbsent(m, e.position() > 0 ? e.date() : "XXXX-XX-XX");
            }
        }
        return out;
    }

    private static List<String> inSentence(Timelines.Timeline t, String sentence) {
        return t.entries().stream().flatMap(e -> e.mentions().stream()).filter(m -> sentence(m).equals(sentence))
                .toList();
    }

    /** {@code docid-sentence} of a mention {@code docid-sentence-word}. */
    static String sentence(String mention) {
        String[] parts = mention.split("-", 3);
        return parts.length < 2 ? mention : parts[0] + "-" + parts[1];
    }

    Map<String, Integer> causes() {
        return causes;
    }

    Map<String, List<String>> examples() {
        return examples;
    }
}
