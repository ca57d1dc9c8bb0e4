package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.Words;
import org.parallax.model.Span;

/**
 * A story's happenings are read from their words as before, each reading kept here as the reference: whether a group
 * of words lies in one article (a set of its articles, fewer than two), and how often each normal form is written
 * (every word normalised), on random groups of words and articles.
 */
class HappeningGroupsTest {

    /** Written forms with one normal form among several, accents, capitals and curly apostrophes. */
    private static final String[] WRITTEN = {"struck", "Struck", "STRUCK", "hit", "Hit", "quake", "Quake", "quakes",
        "élection", "Élection", "election", "talks", "Talks", "Putin’s", "Putin's", "killed", "Killed"};

    @Test
    void aGroupIsToldInOneArticleExactlyWhenItsArticlesAreFewerThanTwo() {
        Random random = new Random(211);
        int once = 0;
        for (int round = 0; round < 20_000; round++) {
            List<Coverages.Placed> group = group(random);
            boolean expected = group.stream().map(p -> p.span().articleId()).distinct().count() < 2;
            assertThat(Coverages.toldInOneArticle(group)).as("%s", group).isEqualTo(expected);
            once += expected ? 1 : 0;
        }
        assertThat(once).isBetween(2_000, 18_000);
    }

    @Test
    void eachNormalFormIsCountedAsWhenEveryWordWasNormalised() {
        Random random = new Random(223);
        for (int round = 0; round < 20_000; round++) {
            List<Coverages.Placed> group = group(random);
            Map<String, Integer> expected = new HashMap<>();
            group.forEach(p -> expected.merge(Words.normalise(p.text()), 1, Integer::sum));
            assertThat(Coverages.forms(group)).as("%s", group).isEqualTo(expected);
        }
    }

    private static List<Coverages.Placed> group(Random random) {
        int articles = 1 + random.nextInt(3);
        int words = random.nextInt(8);
        List<Coverages.Placed> out = new ArrayList<>();
        for (int k = 0; k < words; k++) {
            // ids made anew each time, as equal strings of other instances
            String id = new String("a" + random.nextInt(articles));
            int start = random.nextInt(100);
            out.add(new Coverages.Placed(new Span(id, start, start + 4), WRITTEN[random.nextInt(WRITTEN.length)],
                    null));
        }
        return out;
    }
}
