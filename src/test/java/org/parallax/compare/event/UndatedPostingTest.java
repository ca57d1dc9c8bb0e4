package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/**
 * An undated statement's best from the postings' arrays is the one its members gave, each considered with every test
 * ({@link UndatedJoiner.Best#consider}, the Spark job's way).
 */
class UndatedPostingTest {

    private static final String[] WORDS = {"assad", "putin", "moscow", "visit", "meet", "talks", "airstrike", "syria",
        "kremlin", "sochi"};
    private static final String[] DAYS = {"2015-10-19", "2015-10-20", "2015-10-21", "2017-11-20"};

    @Test
    void choosingFromPostingsChoosesAsConsideringEachMember() {
        Random random = new Random(2026);
        Map<String, Double> idf = new HashMap<>();
        for (String w : WORDS) {
            idf.put(w, 0.3 + random.nextInt(12) / 5.0);
        }
        List<Candidate> dated = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            dated.add(new Candidate(new Span("a" + random.nextInt(30), i, i + 5),
                    TimexValue.parse(DAYS[random.nextInt(DAYS.length)]).orElseThrow(), "x", terms(random), null, null,
                    gist(random)));
        }
        List<UndatedJoiner.Member> members = new ArrayList<>();
        for (int c = 0; c * 20 < dated.size(); c++) {
            members.addAll(UndatedJoiner.members(c, dated.subList(c * 20, c * 20 + 20), idf));
        }
        TermVectors.Numbers numbers = TermVectors.Numbers.of(idf.keySet());
        TermVectors.Vector[][] vectors = new TermVectors.Vector[100][20];
        Map<String, List<UndatedJoiner.Member>> index = new HashMap<>();
        for (UndatedJoiner.Member m : members) {
            if (m.weighted() != null) {
                vectors[m.cluster()][m.member()] = numbers.vector(m.weighted().terms());
            }
            for (String key : UndatedJoiner.keys(m.statement().gist())) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
        assertThat(index.values()).anyMatch(p -> p.size() > EventRules.MAX_POSTING);
        int[] firstOfCluster = new int[100];
        for (int c = 1; c < firstOfCluster.length; c++) {
            firstOfCluster[c] = firstOfCluster[c - 1] + 20;
        }
        Map<String, Integer> articleNumbers = new HashMap<>();
        for (int a = 29; a >= 0; a--) {
            articleNumbers.put("a" + a, articleNumbers.size());
        }
        Map<String, UndatedPosting> postings = new HashMap<>();
        index.forEach((k, p) -> postings.put(k, new UndatedPosting(p, vectors, firstOfCluster, articleNumbers)));
        // one array of marks for every undated statement, each marking with its own round, as a thread shares it
        int[] marks = new int[dated.size()];
        java.util.Arrays.fill(marks, -1);

        int chosen = 0;
        for (int round = 0; round < 2_000; round++) {
            LocalDate published = random.nextInt(4) == 0 ? null
                    : TimexValue.parse(DAYS[random.nextInt(DAYS.length)]).orElseThrow().first()
                            .plusDays(random.nextInt(3) - 1);
            String article = "a" + random.nextInt(32); // two articles with no dated statement
            Undated u = new Undated(new Span(article, 0, 9), terms(random), gist(random), published);
            UndatedJoiner.Weighted wu = UndatedJoiner.Weighted.of(u.terms(), idf);

            UndatedJoiner.Best before = new UndatedJoiner.Best(u, wu);
            Set<Long> seen = new HashSet<>();
            for (String key : UndatedJoiner.keys(u.gist())) {
                List<UndatedJoiner.Member> posting = index.getOrDefault(key, List.of());
                for (UndatedJoiner.Member m : posting.subList(0, Math.min(posting.size(), EventRules.MAX_POSTING))) {
                    if (seen.add((long) m.cluster() << 32 | m.member())) {
                        before.consider(m); // every test of the gists too: a shared key implies them
                    }
                }
            }
            UndatedJoiner.Best now = new UndatedJoiner.Best(u);
            for (String key : UndatedJoiner.keys(u.gist())) {
                if (postings.containsKey(key)) {
                    now.considerKeyed(postings.get(key), marks, round, articleNumbers.getOrDefault(article, -1),
                            () -> wu, () -> numbers.vector(wu.terms()));
                }
            }

            assertThat(now.choice()).as("round %d", round).isEqualTo(before.choice());
            chosen += before.choice() == null ? 0 : 1;
        }
        assertThat(chosen).isBetween(200, 1_900);
    }

    private static Map<String, Double> terms(Random random) {
        Map<String, Double> terms = new HashMap<>();
        for (int k = random.nextInt(5); k >= 0; k--) {
            terms.put(WORDS[random.nextInt(WORDS.length)], 1.0 + random.nextInt(3) / 2.0);
        }
        return terms;
    }

    private static Gist gist(Random random) {
        String action = random.nextInt(5) == 0 ? null : random.nextBoolean() ? "visit" : "meet";
        List<String> actor = switch (random.nextInt(3)) {
            case 0 -> List.of();
            case 1 -> List.of("assad");
            default -> List.of("putin", "vladimir");
        };
        return new Gist(actor, String.join(" ", actor), action, action == null ? "" : action + "ed");
    }
}
