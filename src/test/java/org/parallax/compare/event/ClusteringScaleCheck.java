package org.parallax.compare.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/**
 * Not a unit test: a timing of the clustering on generated statements, run by hand with
 * {@code mvn -o test -Dtest=ClusteringScaleCheck -Devents.scale=true}. Prints, per size, the pairs scored and the
 * time, for statements spread over 60 days and for the worst case of every statement on one day.
 */
class ClusteringScaleCheck {

    @Test
    @EnabledIfSystemProperty(named = "events.scale", matches = "true")
    void timings() {
        for (int days : new int[] {60, 1}) {
            for (int n : new int[] {1_000, 5_000, 10_000, 50_000}) {
                List<Candidate> cs = generate(n, days, new Random(42));
                EventClusterer c = new EventClusterer();
                long t0 = System.nanoTime();
                int events = c.cluster(cs).size();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("days %2d  statements %6d  pairs scored %10d (%.1f per statement; all pairs would be "
                        + "%d)  events %6d  %5d ms%n", days, n, c.comparisons(), (double) c.comparisons() / n,
                        (long) n * (n - 1) / 2, events, ms);
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "events.scale", matches = "true")
    void aThousandOutletsRepeatingOneStatementMakeOneEvent() {
        List<Candidate> cs = IntStream.range(0, 1_000).mapToObj(i -> new Candidate(new Span("a" + i, 0, 10),
                TimexValue.parse("2020-01-01").orElseThrow(), "same", Map.of("assad", 1.5, "moscow", 1.5, "visit", 2.0),
                LocalDate.of(2020, 1, 1))).toList();
        EventClusterer c = new EventClusterer();
        System.out.println("1000 identical statements: " + c.cluster(cs).size() + " event(s), " + c.comparisons()
                + " pairs scored");
    }

    /** Statements of 8 to 14 terms drawn from a Zipf-like vocabulary of 20,000 words and 3,000 names. */
    static List<Candidate> generate(int n, int days, Random r) {
        LocalDate start = LocalDate.of(2020, 1, 1);
        return IntStream.range(0, n).mapToObj(i -> {
            LocalDate d = start.plusDays(r.nextInt(days));
            Map<String, Double> terms = new HashMap<>();
            int k = 8 + r.nextInt(7);
            while (terms.size() < k) {
                boolean name = r.nextInt(4) == 0;
                int rank = (int) Math.floor(Math.pow(name ? 3_000 : 20_000, r.nextDouble()));
                terms.put((name ? "N" : "w") + rank, name ? EventRules.NAME_WEIGHT : EventRules.WORD_WEIGHT);
            }
            return new Candidate(new Span("a" + i / 20, 0, 10), TimexValue.parse(d.toString()).orElseThrow(),
                    "statement " + i, terms, d);
        }).toList();
    }
}
