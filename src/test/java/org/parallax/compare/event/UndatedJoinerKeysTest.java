package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/**
 * A dated statement that shares an index key with an undated one is compatible with it but for the dates: the
 * joiner checks only those for the statements its index proposes.
 */
class UndatedJoinerKeysTest {

    private static final String[] ACTIONS = {"visit", "meet", "strike", "put-on-hold", "kill"};
    private static final String[] NAMES = {"assad", "putin", "russia", "russian", "syria", "acme", "corp", "al"};

    @Test
    void aStatementSharingAKeyIsCompatibleButForTheDates() {
        Random random = new Random(38);
        int shared = 0;
        for (int n = 0; n < 20000; n++) {
            Gist a = gist(random);
            Gist b = gist(random);
            LocalDate published = random.nextInt(5) == 0 ? null : LocalDate.of(2015, 10, 1 + random.nextInt(28));
            Undated u = new Undated(new Span("u", 0, 5), Map.of(), a, published);
            Candidate c = new Candidate(new Span("c", 0, 5), TimexValue.parse("2015-10-" + (10 + random.nextInt(9)))
                    .orElseThrow(), "x", Map.of(), null, null, b);
            if (UndatedJoiner.keys(a).stream().anyMatch(UndatedJoiner.keys(b)::contains)) {
                shared++;
                boolean datesOnly = published == null || !published.isBefore(c.date().first());
                assertThat(UndatedJoiner.compatible(u, c)).as(a + " / " + b).isEqualTo(datesOnly);
            }
        }
        assertThat(shared).isGreaterThan(300);
    }

    private static Gist gist(Random random) {
        List<String> actor = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            String name = NAMES[random.nextInt(NAMES.length)];
            if (!actor.contains(name)) {
                actor.add(name);
            }
        }
        String action = random.nextInt(6) == 0 ? null : ACTIONS[random.nextInt(ACTIONS.length)];
        return new Gist(actor, String.join(" ", actor), action, action == null ? "" : action);
    }
}
