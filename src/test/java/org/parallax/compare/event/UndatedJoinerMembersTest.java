package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/** The joiner weighs only the dated statements an undated one can be scored against: those naming an action. */
class UndatedJoinerMembersTest {

    @Test
    void statementsNamingAnActionAreWeighedAsBeforeTheOthersNot() {
        Random random = new Random(82);
        String[] words = {"assad", "putin", "moscow", "visit", "meet", "talks", "airstrike", "syria"};
        List<Candidate> statements = new ArrayList<>();
        Map<String, Double> idf = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            Map<String, Double> terms = new HashMap<>();
            for (int k = random.nextInt(5); k >= 0; k--) {
                String w = words[random.nextInt(words.length)];
                terms.put(w, 1.0 + random.nextInt(3) / 2.0);
                idf.put(w, 0.5 + random.nextInt(10) / 7.0);
            }
            String action = random.nextBoolean() ? null : "visit";
            Gist gist = new Gist(random.nextBoolean() ? List.of("assad") : List.of(), "Assad", action,
                    action == null ? "" : "visited");
            statements.add(new Candidate(new Span("a" + i, 0, 5), TimexValue.parse("2015-10-20").orElseThrow(), "x",
                    terms, null, null, gist));
        }

        List<UndatedJoiner.Member> members = UndatedJoiner.members(7, statements, idf);

        int weighed = 0;
        for (int m = 0; m < statements.size(); m++) {
            UndatedJoiner.Member member = members.get(m);
            assertThat(member.cluster()).isEqualTo(7);
            assertThat(member.member()).isEqualTo(m);
            assertThat(member.statement()).isSameAs(statements.get(m));
            if (statements.get(m).gist().action() == null) {
                assertThat(member.weighted()).isNull();
            } else {
                weighed++;
                UndatedJoiner.Weighted before = UndatedJoiner.Weighted.of(statements.get(m).terms(), idf);
                assertThat(member.weighted()).isEqualTo(before);
                assertThat(new ArrayList<>(member.weighted().terms().keySet()))
                        .isEqualTo(new ArrayList<>(before.terms().keySet()));
            }
        }
        assertThat(weighed).isBetween(100, 200);
    }
}
