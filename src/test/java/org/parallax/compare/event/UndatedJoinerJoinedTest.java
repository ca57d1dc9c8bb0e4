package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Event;
import org.parallax.model.Span;

class UndatedJoinerJoinedTest {

    /**
     * Random choices joined as before: another article's kept the best per event and article in a map keyed by the
     * text "event|article", in the order first chosen, after the own ones. Those kept, all passed as own (each kept as
     * it is), must join to the same events as the choices themselves.
     */
    @Test
    void anotherArticlesChoicesKeptAsWithTextKeys() {
        Random random = new Random(11);
        String[] articles = {"a", "b", "1|a", "a|1", "b|", "|b", "12"};
        for (int round = 0; round < 200; round++) {
            List<EventClusterer.Cluster> clusters = new ArrayList<>();
            for (int c = 1 + random.nextInt(12); c > 0; c--) {
                List<Span> mentions = List.of(new Span("d" + c, 0, 5));
                clusters.add(new EventClusterer.Cluster(new Event("e" + c, "x", "2015-10-20", null, mentions,
                        false, null, List.of("dated")), List.of()));
            }
            List<UndatedJoiner.Choice> choices = new ArrayList<>();
            for (int k = random.nextInt(40); k > 0; k--) {
                int start = random.nextInt(1000);
                choices.add(new UndatedJoiner.Choice(new UndatedJoiner.Joining(random.nextInt(clusters.size()),
                        new Span(articles[random.nextInt(articles.length)], start, start + 3), random.nextInt(4),
                        "r" + random.nextInt(5)), random.nextInt(4) == 0));
            }

            List<EventClusterer.Cluster> joined = UndatedJoiner.joined(clusters, choices);

            assertThat(joined).as("round %d", round).isEqualTo(UndatedJoiner.joined(clusters, keptBefore(choices)));
        }
    }

    /** The joinings kept before, in their order, each as an own choice. */
    private static List<UndatedJoiner.Choice> keptBefore(List<UndatedJoiner.Choice> choices) {
        Map<String, UndatedJoiner.Joining> perArticle = new LinkedHashMap<>();
        List<UndatedJoiner.Joining> joinings = new ArrayList<>();
        for (UndatedJoiner.Choice c : choices) {
            if (c.own()) {
                joinings.add(c.joining());
            } else {
                perArticle.merge(c.joining().cluster() + "|" + c.joining().mention().articleId(), c.joining(),
                        (x, y) -> y.score() > x.score() ? y : x);
            }
        }
        joinings.addAll(perArticle.values());
        return joinings.stream().map(j -> new UndatedJoiner.Choice(j, true)).toList();
    }
}
