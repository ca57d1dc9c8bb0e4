package org.parallax.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The event clustering's errors by cause, so a change can be aimed at the largest: why a gold mention is not covered,
 * why two mentions the system put together are two gold events, why two of one gold event are apart.
 *
 * <ul>
 *   <li>Not covered: in an undated document; in a sentence where no event has a mention; in a sentence where one has,
 *       but in another clause.</li>
 *   <li>Wrong pairs (together in the system, apart in the gold): in one mention span (the span is coarser than a
 *       gold event), in one document but other spans, across documents (the two spans share a gold event: they
 *       are one happening but hold more than it; or share none: two happenings merged; with an undated document on one side or not).</li>
 *   <li>Missed pairs (together in the gold, apart in the system): one side not covered, both covered in one
 *       document, both covered across documents.</li>
 * </ul>
 *
 * @param causes   the counts by cause, in the order above
 * @param examples a few examples of each cause, one line each ("cause: doc words [span] | doc words [span]")
 */
public record EventErrors(Map<String, Integer> causes, List<String> examples) {

    public EventErrors {
        causes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(causes));
        examples = List.copyOf(examples);
    }

    /**
     * One scored gold mention.
     *
     * @param system   its system event's key, {@code null} when no event covers it
     * @param span     the covering mention span ("doc:start-end"), {@code null} when none
     * @param sentence whether an event has a mention in its sentence
     * @param snippet  the words of its covering span (or its sentence) for examples
     */
    public record Item(String doc, String words, String gold, String system, String span, boolean dated,
                       boolean sentence, String snippet) {
        public Item {
            Objects.requireNonNull(doc);
            Objects.requireNonNull(gold);
        }
    }

    /** The errors of the items, with at most {@code perCause} examples of each cause. */
    public static EventErrors of(List<Item> items, int perCause) {
        Map<String, Integer> causes = new LinkedHashMap<>();
        for (String c : List.of("covered", "not covered: undated document", "not covered: no event in sentence",
                "not covered: other clause", "wrong pair: same span", "wrong pair: same document",
                "wrong pair: across documents, spans share a gold event", "wrong pair: across documents, spans share none",
                "wrong pair: across documents, spans share none, one undated", "missed pair: a side not covered", "missed pair: same document",
                "missed pair: across documents")) {
            causes.put(c, 0);
        }
        Map<String, List<String>> examples = new LinkedHashMap<>();
        for (Item i : items) {
            String c = i.system != null ? "covered" : !i.dated ? "not covered: undated document"
                    : !i.sentence ? "not covered: no event in sentence" : "not covered: other clause";
            count(causes, examples, perCause, c, c.equals("covered") ? null : describe(i));
        }
        Map<String, java.util.Set<String>> goldOfSpan = new java.util.HashMap<>();
        for (Item i : items) {
            if (i.span != null) {
                goldOfSpan.computeIfAbsent(i.span, k -> new java.util.HashSet<>()).add(i.gold);
            }
        }
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                Item x = items.get(a);
                Item y = items.get(b);
                boolean gold = x.gold.equals(y.gold);
                boolean system = x.system != null && x.system.equals(y.system);
                if (system && !gold) {
                    String c = x.span.equals(y.span) ? "wrong pair: same span"
                            : x.doc.equals(y.doc) ? "wrong pair: same document"
                            : goldOfSpan.get(x.span).stream().anyMatch(goldOfSpan.get(y.span)::contains)
                            ? "wrong pair: across documents, spans share a gold event"
                            : x.dated && y.dated ? "wrong pair: across documents, spans share none"
                            : "wrong pair: across documents, spans share none, one undated";
                    count(causes, examples, perCause, c, describe(x) + " | " + describe(y));
                } else if (gold && !system) {
                    String c = x.system == null || y.system == null ? "missed pair: a side not covered"
                            : x.doc.equals(y.doc) ? "missed pair: same document" : "missed pair: across documents";
                    count(causes, examples, perCause, c, describe(x) + " | " + describe(y));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        examples.forEach((c, l) -> l.forEach(e -> lines.add(c + ": " + e)));
        return new EventErrors(causes, lines);
    }

    private static void count(Map<String, Integer> causes, Map<String, List<String>> examples, int perCause,
                              String cause, String example) {
        causes.merge(cause, 1, Integer::sum);
        List<String> l = examples.computeIfAbsent(cause, k -> new ArrayList<>());
        if (example != null && l.size() < perCause) {
            l.add(example);
        }
    }

    private static String describe(Item i) {
        String s = i.snippet == null ? "" : i.snippet.replaceAll("\\s+", " ").strip();
        return i.doc + " '" + i.words + "' [" + (s.length() > 120 ? s.substring(0, 117) + "..." : s) + "]";
    }
}
