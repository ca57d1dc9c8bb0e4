package org.parallax.compare.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;

/**
 * The clusterer attaches partials and forms clusters on every core: on seeded corpora of copied, trimmed and altered
 * direct, indirect and partial quotes it gives the same clusters, in the same order, with the same ids, verdicts and
 * speakers on four threads as on one (its parallel streams run in the pool that calls it).
 */
class ParallelClusteringTest {

    private static final String[] WORDS = {"the", "we", "will", "not", "a", "of", "to", "is", "war", "peace", "syria",
        "people", "government", "fight", "terror", "army", "talks", "moscow", "visit", "support", "and", "it", "no",
        "russia", "president", "political", "solution", "military", "operation", "civilians", "victory", "almost",
        "alone", "border", "ceasefire", "refugees", "aid", "city", "rebels", "weapons"};
    private static final String[] SPEAKERS = {"Bashar al-Assad", "Assad", "Vladimir Putin", "Putin", "Dmitry Peskov",
        null};

    private final QuoteClusterer clusterer = new QuoteClusterer();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void fourThreadsClusterAsOne(int seed) throws Exception {
        List<Quote> quotes = corpus(new Random(seed), 600);
        List<QuoteCluster> one = on(1, quotes);
        for (int run = 0; run < 5; run++) {
            assertThat(on(4, quotes)).as("run %d", run).isEqualTo(one);
        }
        assertThat(one).as("the corpus has clusters to check").hasSizeGreaterThan(10);
        assertThat(one.stream().flatMap(c -> c.members().stream()).filter(v -> v.quoteId().startsWith("p")))
                .as("partials attached").isNotEmpty();
    }

    private List<QuoteCluster> on(int threads, List<Quote> quotes) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> clusterer.cluster(quotes, Map.of())).get();
        } finally {
            pool.shutdown();
        }
    }

    /** Quotes in twelve articles: fresh ones, copies of earlier ones (exact or altered), and pieces of them as partials. */
    private static List<Quote> corpus(Random random, int size) {
        List<Quote> quotes = new ArrayList<>();
        Map<String, Integer> perArticle = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String text;
            QuoteKind kind;
            if (quotes.isEmpty() || random.nextInt(3) == 0) {
                text = sentence(random, 3 + random.nextInt(12));
                kind = random.nextInt(4) == 0 ? QuoteKind.INDIRECT : QuoteKind.DIRECT;
            } else if (random.nextInt(3) == 0) {
                String[] w = quotes.get(random.nextInt(quotes.size())).text().split(" ");
                int from = random.nextInt(w.length);
                text = String.join(" ", List.of(w).subList(from, Math.min(w.length, from + 2 + random.nextInt(4))));
                kind = QuoteKind.PARTIAL;
            } else {
                String earlier = quotes.get(random.nextInt(quotes.size())).text();
                text = random.nextInt(3) == 0 ? earlier : alter(random, earlier);
                kind = random.nextInt(4) == 0 ? QuoteKind.INDIRECT : QuoteKind.DIRECT;
            }
            String article = "a" + random.nextInt(12);
            int n = perArticle.merge(article, 1, Integer::sum);
            String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
            String id = (kind == QuoteKind.PARTIAL ? "p" : "q") + i;
            quotes.add(new Quote(id, new Span(article, 100 * n, 100 * n + text.length()), text,
                    speaker == null ? null : new Speaker(speaker), kind));
        }
        return quotes;
    }

    private static String sentence(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < length; k++) {
            b.append(k > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    /** The text with a word or two dropped, replaced or added. */
    private static String alter(Random random, String text) {
        List<String> w = new ArrayList<>(List.of(text.split(" ")));
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits && w.size() > 1; e++) {
            int at = random.nextInt(w.size());
            switch (random.nextInt(3)) {
                case 0 -> w.remove(at);
                case 1 -> w.set(at, WORDS[random.nextInt(WORDS.length)]);
                default -> w.add(at, WORDS[random.nextInt(WORDS.length)]);
            }
        }
        return String.join(" ", w);
    }
}
