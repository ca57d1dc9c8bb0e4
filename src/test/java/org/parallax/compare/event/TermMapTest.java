package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/**
 * A statement's terms kept as {@link TermMap} read as the {@link Map#copyOf} copy the statements kept before (the
 * reference here): the same entries, look-ups and equality, counted as before; in the terms' order by index, by
 * {@code forEach}, by key set and entry set, whatever order they came in (a copy's order changed from one JVM to the
 * next, and every sum over a statement's terms with it).
 */
class TermMapTest {

    @Test
    void readsAsTheCopyItReplacesInTheTermsOrder() {
        Random random = new Random(5);
        for (int round = 0; round < 2_000; round++) {
            Map<String, Double> source = terms(random);
            Map<String, Double> reference = Map.copyOf(source);
            Map<String, Double> made = TermMap.of(source);
            TermMap held = (TermMap) made;
            Map<String, Double> sorted = new TreeMap<>(source);
            List<String> keys = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            sorted.forEach((t, w) -> {
                keys.add(t);
                values.add(w);
            });
            List<String> byIndex = new ArrayList<>();
            List<Double> valuesByIndex = new ArrayList<>();
            for (int i = 0; i < held.size(); i++) {
                byIndex.add(held.keyAt(i));
                valuesByIndex.add(held.valueAt(i));
            }
            List<String> byForEach = new ArrayList<>();
            made.forEach((t, w) -> byForEach.add(t));
            assertThat(byIndex).as("round %d", round).isEqualTo(keys);
            assertThat(valuesByIndex).isEqualTo(values);
            assertThat(byForEach).isEqualTo(keys);
            assertThat(new ArrayList<>(made.keySet())).isEqualTo(keys);
            assertThat(new ArrayList<>(made.entrySet())).isEqualTo(new ArrayList<>(sorted.entrySet()));
            assertThat(made).isEqualTo(reference).isEqualTo(source).hasSameHashCodeAs(reference);
            assertThat(reference).isEqualTo(made);
            assertThat(made.toString()).isEqualTo(sorted.toString());
            Map<String, Double> reversed = new LinkedHashMap<>(); // the terms given the other way round
            for (int i = keys.size() - 1; i >= 0; i--) {
                reversed.put(keys.get(i), values.get(i));
            }
            TermMap again = (TermMap) TermMap.of(reversed);
            for (int i = 0; i < keys.size(); i++) {
                assertThat(again.keyAt(i)).isEqualTo(keys.get(i));
            }
            assertThat(made.size()).isEqualTo(reference.size());
            assertThat(made.isEmpty()).isEqualTo(reference.isEmpty());
            for (String t : List.of("t1", "t7", "t300", "none")) {
                assertThat(made.get(t)).isEqualTo(reference.get(t));
                assertThat(made.containsKey(t)).isEqualTo(reference.containsKey(t));
                assertThat(made.getOrDefault(t, -1.0)).isEqualTo(reference.getOrDefault(t, -1.0));
            }
            assertThat(TermMap.of(made)).as("kept as it is, as Map.copyOf keeps a copy").isSameAs(made);
        }
    }

    /**
     * Looked up in its arrays (the copy is read for its order, then dropped): the copy's answers, for terms whose hash
     * codes collide ("Aa", "BB") too; a null key refused as the copy refuses it.
     */
    @Test
    void looksUpAsTheCopyWithoutKeepingIt() {
        Random random = new Random(85);
        String[] colliding = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};
        for (int round = 0; round < 2_000; round++) {
            Map<String, Double> source = new HashMap<>();
            for (int k = random.nextInt(8); k > 0; k--) {
                source.put(colliding[random.nextInt(colliding.length)], (double) random.nextInt(3));
                source.put("t" + random.nextInt(20), 0.5 + random.nextInt(3));
            }
            Map<String, Double> reference = Map.copyOf(source);
            Map<String, Double> made = TermMap.of(source);
            for (String t : colliding) {
                assertThat(made.get(t)).isEqualTo(reference.get(t));
                assertThat(made.containsKey(t)).isEqualTo(reference.containsKey(t));
            }
            for (int k = 0; k < 20; k++) {
                assertThat(made.get("t" + k)).isEqualTo(reference.get("t" + k));
                assertThat(made.containsValue((double) k / 2)).isEqualTo(reference.containsValue((double) k / 2));
            }
            assertThat(made.get(new StringBuilder("Aa"))).isNull();
            assertThat(made).isEqualTo(reference).hasSameHashCodeAs(reference);
            assertThat(new ArrayList<>(made.values())).isEqualTo(new ArrayList<>(new TreeMap<>(source).values()));
            assertThatThrownBy(() -> made.get(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> reference.get(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> made.containsKey(null)).isInstanceOf(NullPointerException.class);
        }
        assertThat(TermMap.class.getDeclaredFields()).as("no map kept beside the arrays")
                .noneMatch(f -> Map.class.isAssignableFrom(f.getType()));
    }

    @Test
    void staysImmutableAndRefusesNullsAsTheCopyDid() {
        Map<String, Double> made = TermMap.of(Map.of("a", 1.0));
        assertThatThrownBy(() -> made.put("b", 2.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> made.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> made.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        // as the copy: a change that would change nothing throws too
        assertThatThrownBy(() -> made.remove("absent")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> made.putAll(Map.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> made.putIfAbsent("a", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> made.computeIfAbsent("a", k -> 1.0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> made.merge("a", 1.0, Double::sum)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(made::clear).isInstanceOf(UnsupportedOperationException.class);
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> TermMap.of(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void statementsKeepTheirTermsAsTermMapsCountedAsAnyMap() {
        Random random = new Random(9);
        List<Map<String, Double>> held = new ArrayList<>();
        List<Map<String, Double>> plain = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Map<String, Double> terms = terms(random);
            Candidate c = new Candidate(new Span("a", i, i + 1), TimexValue.parse("2015-10-21").orElseThrow(), "x",
                    terms, null);
            Undated u = new Undated(new Span("a", i, i + 1), terms, Gist.NONE, null);
            assertThat(c.terms()).isInstanceOf(TermMap.class).isEqualTo(terms);
            assertThat(u.terms()).isInstanceOf(TermMap.class).isEqualTo(terms);
            held.add(random.nextBoolean() ? c.terms() : u.terms());
            plain.add(Map.copyOf(terms));
        }
        assertThat(TermCounts.of(held).idf()).isEqualTo(TermCounts.of(plain).idf());
        assertThat(TermCounts.of(held.subList(0, 1_000)).plus(held.subList(1_000, 3_000)).idf())
                .isEqualTo(TermCounts.of(plain).idf());
    }

    /**
     * Terms gathered by a {@link TermMap.Builder}, each set or kept at the larger weight as {@link Terms} gathers
     * them, read as those gathered in a hash map by {@code put} and {@code merge} with the larger weight (how
     * {@link Terms} gathered them before) and kept by {@link TermMap#of}: the same terms, weights and order.
     */
    @Test
    void builtAsAHashMapOfTheSameTermsWasKept() {
        Random random = new Random(9);
        Double[] weights = {0.5, 1.0, 1.5, 2.0};
        for (int round = 0; round < 2_000; round++) {
            TermMap.Builder built = new TermMap.Builder(random.nextInt(4));
            Map<String, Double> gathered = new HashMap<>();
            for (int k = random.nextInt(30); k > 0; k--) {
                String term = "t" + random.nextInt(1 + random.nextInt(40));
                Double weight = weights[random.nextInt(weights.length)];
                if (random.nextInt(3) == 0) {
                    built.put(term, weight);
                    gathered.put(term, weight);
                } else {
                    built.keepLarger(term, weight);
                    gathered.merge(term, weight, (a, b) -> a >= b ? a : b);
                }
            }
            Map<String, Double> made = built.build();
            Map<String, Double> reference = TermMap.of(gathered);
            assertThat(made).as("round %d", round).isInstanceOf(TermMap.class).isEqualTo(reference);
            assertThat(new ArrayList<>(made.entrySet())).isEqualTo(new ArrayList<>(reference.entrySet()));
        }
    }

    private static Map<String, Double> terms(Random random) {
        Map<String, Double> terms = new HashMap<>();
        for (int k = random.nextInt(12); k > 0; k--) {
            terms.put("t" + (int) Math.abs(random.nextGaussian() * 300), (double) (1 + random.nextInt(4)) / 2);
        }
        return terms;
    }
}
