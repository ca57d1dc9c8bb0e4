package org.parallax.compare.event;

import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A statement's terms and their weights, in two arrays, in the order {@link Map#copyOf} iterated them. Iterating a
 * {@code Map.copyOf} map makes an entry object per term (its key set too), and the events stage walks every
 * statement's terms several times (the term counts, the weights); under C1, which does not remove those objects, that
 * walk was most of counting terms. Read by index ({@link #keyAt}, {@link #valueAt}) or by {@link #forEach}, the terms
 * come in exactly the order the copy's entries came in, so every sum over them adds in the same order as before. The
 * copy itself is not kept: it is read for its order and dropped (its table, as long as four times the terms, and
 * the map were two more objects per statement, every statement of the corpus held across the whole events stage).
 * Look-ups read the arrays (a statement holds some ten terms; few callers look up, most walk); equality, the hash code
 * and the entry set are computed from the arrays, equal to the copy's. Immutable as the copy was: every change throws, even one that would change
 * nothing, and nulls are refused. {@code Map.copyOf} of it makes a new copy (whose order may differ): keep it with
 * {@link #of}.
 */
final class TermMap extends TermArrays {

    /** Boxed as given: the kind weights are three shared boxes ({@link Terms}), so no weight is boxed here. */
    private final Double[] values;

    private TermMap(Map<String, Double> terms) {
        super(new String[terms.size()]);
        values = new Double[terms.size()];
        int n = 0;
        for (Map.Entry<String, Double> e : terms.entrySet()) {
            String key = Objects.requireNonNull(e.getKey());
            Double value = Objects.requireNonNull(e.getValue());
            int at = n++;
            while (at > 0 && keys[at - 1].compareTo(key) > 0) { // by term: some ten of them
                keys[at] = keys[at - 1];
                values[at] = values[at - 1];
                at--;
            }
            keys[at] = key;
            values[at] = value;
        }
    }

    /**
     * {@code terms} in the terms' order (no nulls), the same in every run: a {@link Map#copyOf} copy, which this
     * stood in for, iterates in an order salted anew by each JVM, and the stage's sums over a statement's terms took
     * that order; a {@code TermMap} as it is.
     */
    static Map<String, Double> of(Map<String, Double> terms) {
        return terms instanceof TermMap t ? t : new TermMap(terms);
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
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    public Double get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        Objects.requireNonNull(value); // as the copy
        for (Double v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    Double boxedValueAt(int i) {
        return values[i];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Double> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || super.equals(o);
    }

    /** The copy's: the sum of each entry's key hash XOR weight hash. */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < keys.length; i++) {
            h += keys[i].hashCode() ^ values[i].hashCode();
        }
        return h;
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
