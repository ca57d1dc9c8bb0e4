package org.parallax.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** The parts every {@code eval} table for people shares: the errors by category and the closing lines. */
final class ReportText {

    private static final String EXAMPLE_INDENT = "           ";

    private ReportText() {
    }

    /** {@code s} cut to {@code max} characters, the last one an ellipsis, when it is longer. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * "errors by category:", then each category with its count, most frequent first (ties by name), each followed by
     * up to {@code examples} of {@code examplesOf(category)}.
     */
    static void errorsByCategory(StringBuilder b, Map<String, Integer> categories, int examples,
                                 Function<String, Stream<String>> examplesOf) {
        b.append("errors by category:\n");
        List<Map.Entry<String, Integer>> cats = new ArrayList<>(categories.entrySet());
        cats.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> e : cats) {
            b.append(String.format(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
            if (examples > 0) {
                examples(b, examplesOf.apply(e.getKey()).limit(examples));
            }
        }
    }

    /** Each example on a line of its own, indented under its category. */
    static void examples(StringBuilder b, Stream<String> examples) {
        examples.forEach(x -> b.append(EXAMPLE_INDENT).append(x).append('\n'));
    }

    /** The reader's warnings, one a line, and how long the evaluation took. */
    static void closing(StringBuilder b, List<String> warnings, long millis) {
        for (String w : warnings) {
            b.append("warning: ").append(w).append('\n');
        }
        b.append(String.format(Locale.ROOT, "took %.1f s%n", millis / 1000.0));
    }
}
