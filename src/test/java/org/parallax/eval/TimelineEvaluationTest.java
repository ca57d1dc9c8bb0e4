package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the timeline evaluation opens a gold document as an article. */
class TimelineEvaluationTest {

    private static GoldDocument document(LocalDate dct, String dateline) {
        TextBuilder tb = new TextBuilder();
        for (String w : "Markets fall".split(" ")) {
            tb.token("0", w);
        }
        for (String w : dateline.split(" ")) {
            tb.token("1", w);
        }
        for (String w : "Shares fell on Thursday .".split(" ")) {
            tb.token("2", w);
        }
        String text = tb.text();
        return new GoldDocument("7", "f", text, dct, List.of(), tb.sentences(), text.length());
    }

    @Test
    void theArticlesOwnDatelineDatesIt() {
        Set<String> warnings = new LinkedHashSet<>();
        assertThat(TimelineEvaluation.published(document(LocalDate.of(2009, 1, 20), "February 20 , 2009"), warnings))
                .isEqualTo(LocalDate.of(2009, 2, 20));
        assertThat(warnings).singleElement().asString().contains("dated by its dateline");
    }

    @Test
    void withoutADatelineTheCreationTimeDates() {
        Set<String> warnings = new LinkedHashSet<>();
        assertThat(TimelineEvaluation.published(document(LocalDate.of(2009, 1, 20), "By a staff reporter"), warnings))
                .isEqualTo(LocalDate.of(2009, 1, 20));
        assertThat(TimelineEvaluation.published(document(LocalDate.of(2009, 2, 20), "February 20 , 2009"), warnings))
                .isEqualTo(LocalDate.of(2009, 2, 20));
        assertThat(warnings).isEmpty();
    }
}
