package org.parallax.compare.event;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A statement's terms and their weights as {@link Map#copyOf} keeps them, with the same entries also in two arrays, in
 * the copy's own order. Iterating a {@code Map.copyOf} map makes an entry object per term (its key set too), and the
 * events stage walks every statement's terms several times (the term counts, the weights); under C1, which does not
 * remove those objects, that walk was most of counting terms. Read by index ({@link #keyAt}, {@link #valueAt}) or by
 * {@link #forEach}, the terms come in exactly the order the copy's entries come in, so every sum over them adds in
 * the same order as before. Look-ups, equality and the entry set are the copy's own. Immutable as the copy is: every
 * change throws, even one that would change nothing. {@code Map.copyOf} of it makes a new copy (whose order may differ):
 * keep it with {@link #of}.
 */
final class TermMap extends AbstractMap<String, Double> {

    private final Map<String, Double> map;
    private final String[] keys;
    private final Double[] values;

    private TermMap(Map<String, Double> map) {
        this.map = map;
        keys = new String[map.size()];
        values = new Double[map.size()];
        int k = 0;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            keys[k] = e.getKey();
            values[k++] = e.getValue();
        }
    }

    /**
     * {@code terms} as {@link Map#copyOf} copies it (no nulls), with its arrays; a {@code TermMap} as it is (as
     * {@code Map.copyOf} keeps an immutable map as it is, so the order stays that of the first copy).
     */
    static Map<String, Double> of(Map<String, Double> terms) {
        return terms instanceof TermMap t ? t : new TermMap(Map.copyOf(terms));
    }

    /** The {@code i}th term in the map's order. */
    String keyAt(int i) {
        return keys[i];
    }

    /** The weight of the {@code i}th term. */
    double valueAt(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    public Double get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return map.entrySet();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Double> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || map.equals(o);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public Double remove(Object key) {
        throw immutable();
    }

    @Override
    public void putAll(Map<? extends String, ? extends Double> m) {
        throw immutable();
    }

    @Override
    public void clear() {
        throw immutable();
    }

    @Override
    public Double putIfAbsent(String key, Double value) {
        throw immutable();
    }

    @Override
    public Double computeIfAbsent(String key, Function<? super String, ? extends Double> f) {
        throw immutable();
    }

    @Override
    public Double computeIfPresent(String key, BiFunction<? super String, ? super Double, ? extends Double> f) {
        throw immutable();
    }

    @Override
    public Double compute(String key, BiFunction<? super String, ? super Double, ? extends Double> f) {
        throw immutable();
    }

    @Override
    public Double merge(String key, Double value, BiFunction<? super Double, ? super Double, ? extends Double> f) {
        throw immutable();
    }

    @Override
    public Double replace(String key, Double value) {
        throw immutable();
    }

    @Override
    public boolean replace(String key, Double oldValue, Double newValue) {
        throw immutable();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Double, ? extends Double> f) {
        throw immutable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw immutable();
    }

    private static UnsupportedOperationException immutable() {
        return new UnsupportedOperationException("a statement's terms are immutable");
    }
}
