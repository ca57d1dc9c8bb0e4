package org.parallax.compare.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.Candidate;
import org.parallax.compare.event.EventClusterer.Cluster;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/** The articles naming each place term, counted for the places' terms alone, as the table of every term gave them. */
class StoryPlacesNamingTest {

    private static final String[] TERMS = {"moscow", "sochi", "kremlin", "assad", "putin", "visit", "syria", "damascus",
        "geneva", "talks", "russia", "meet"};

    @Test
    void placeTermsAreNamedByTheArticlesTheWholeTableGave() {
        Random random = new Random(20261207);
        for (int round = 0; round < 300; round++) {
            List<Cluster> clusters = new ArrayList<>();
            for (int c = random.nextInt(12); c >= 0; c--) {
                List<Candidate> members = new ArrayList<>();
                for (int m = random.nextInt(6); m >= 0; m--) {
                    Map<String, Double> terms = new HashMap<>();
                    for (int t = random.nextInt(5); t >= 0; t--) {
                        terms.put(TERMS[random.nextInt(TERMS.length)], 1.0 + random.nextInt(3) / 2.0);
                    }
                    members.add(new Candidate(new Span("a" + random.nextInt(15), m, m + 4),
                            TimexValue.parse("2015-10-20").orElseThrow(), "x", terms, null));
                }
                clusters.add(new Cluster(new Event("e" + c, "x", "2015-10-20", null,
                        members.stream().map(Candidate::mention).toList(), random.nextBoolean(), null, List.of()),
                        members));
            }
            List<List<StoryBuilder.Place>> places = new ArrayList<>();
            for (int s = random.nextInt(4); s > 0; s--) {
                List<StoryBuilder.Place> ps = new ArrayList<>();
                for (int p = random.nextInt(4); p > 0; p--) {
                    String term = random.nextInt(5) == 0 ? "nowhere" : TERMS[random.nextInt(TERMS.length)];
                    ps.add(new StoryBuilder.Place("In " + term, 1 + random.nextInt(3), term));
                }
                places.add(ps);
            }

            Map<String, Set<String>> table = everyTermsArticles(clusters);
            Map<String, Integer> naming = StoryBuilder.articlesNaming(clusters, places);
            for (List<StoryBuilder.Place> ps : places) {
                for (StoryBuilder.Place p : ps) {
                    assertThat(naming.getOrDefault(p.term(), 0)).as("round %d, %s", round, p.term())
                            .isEqualTo(table.getOrDefault(p.term(), Set.of()).size());
                }
            }
            assertThat(places.stream().flatMap(List::stream).map(StoryBuilder.Place::term).toList())
                    .containsAll(naming.keySet());
        }
    }

    /** The table the stories made before: every term of every dated statement with the articles holding it. */
    private static Map<String, Set<String>> everyTermsArticles(List<Cluster> clusters) {
        Map<String, Set<String>> articlesNaming = new HashMap<>();
        for (Cluster c : clusters) {
            for (Candidate m : c.members()) {
                for (String t : m.terms().keySet()) {
                    articlesNaming.computeIfAbsent(t, k -> new HashSet<>()).add(m.articleId());
                }
            }
        }
        return articlesNaming;
    }
}
