package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventErrorsTest {

    private static EventErrors.Item item(String doc, String gold, String system, String span, boolean dated,
                                         boolean sentence) {
        return new EventErrors.Item(doc, "w", gold, system, span, dated, sentence, "a sentence");
    }

    @Test
    void countsEachMentionAndPairByItsCause() {
        EventErrors e = EventErrors.of(List.of(
                item("d1", "quake", "e1", "d1:0-40", true, true),
                item("d1", "kill", "e1", "d1:0-40", true, true),      // same span as the quake: too coarse
                item("d2", "quake", "e1", "d2:0-30", true, true),     // across documents, spans share the quake
                item("d3", "quake", null, null, false, false),        // undated: the quake pair with it is missed
                item("d4", "kill", null, null, true, true),           // a statement elsewhere in its sentence
                item("d5", "kill", null, null, true, false)), 1);
        assertThat(e.causes()).containsEntry("covered", 3)
                .containsEntry("not covered: undated document", 1)
                .containsEntry("not covered: other clause", 1)
                .containsEntry("not covered: no event in sentence", 1)
                .containsEntry("wrong pair: same span", 1)
                .containsEntry("wrong pair: across documents, spans share a gold event", 1)
                .containsEntry("wrong pair: across documents, spans share none", 0)
                .containsEntry("missed pair: a side not covered", 2 + 3);
        assertThat(e.examples()).anyMatch(x -> x.startsWith("wrong pair: same span: d1 'w' [a sentence] | d1"));
    }
}
