package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UndatedJoinerWeightedTest {

    /** "Aa" and "BB" share a hash code, so a hash map keeps them in one bin in the order they were put. */
    @Test
    void weightsIterateInOneOrderWhateverOrderTheTermsCameIn() {
        Map<String, Double> idf = Map.of("Aa", 2.0, "BB", 3.0, "visit", 1.5, "moscow", 0.7);
        Map<String, Double> one = terms("Aa", "BB", "visit", "moscow");
        Map<String, Double> other = terms("moscow", "visit", "BB", "Aa");

        UndatedJoiner.Weighted a = UndatedJoiner.Weighted.of(one, idf);
        UndatedJoiner.Weighted b = UndatedJoiner.Weighted.of(other, idf);

        assertThat(new ArrayList<>(a.terms().keySet())).isEqualTo(new ArrayList<>(b.terms().keySet()));
        assertThat(a.sum()).isEqualTo(b.sum()).isEqualTo(0.1 * 2.0 + 0.2 * 3.0 + 0.3 * 1.5 + 0.4 * 0.7, within());
        assertThat(a.terms()).containsEntry("BB", 0.2 * 3.0);
    }

    /** Each term's weight: 0.1 for "Aa", 0.2 for "BB", 0.3 for "visit", 0.4 for "moscow", put in {@code order}. */
    private static Map<String, Double> terms(String... order) {
        List<String> names = List.of("Aa", "BB", "visit", "moscow");
        Map<String, Double> out = new LinkedHashMap<>();
        for (String t : order) {
            out.put(t, 0.1 * (names.indexOf(t) + 1));
        }
        return out;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }
}
