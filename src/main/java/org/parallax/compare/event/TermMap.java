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

    private TermMap(String[] keys, Double[] values) {
        super(keys);
        this.values = values;
    }

    /** The terms {@code keys[i]} with weights {@code values[i]}, {@code i < n}, keys distinct, put in the terms' order. */
    private static TermMap sorted(String[] keys, Double[] values, int n) {
        String[] k = new String[n];
        Double[] v = new Double[n];
        for (int i = 0; i < n; i++) {
            String key = Objects.requireNonNull(keys[i]);
            Double value = Objects.requireNonNull(values[i]);
            int at = i;
            while (at > 0 && k[at - 1].compareTo(key) > 0) { // by term: some ten of them
                k[at] = k[at - 1];
                v[at] = v[at - 1];
                at--;
            }
            k[at] = key;
            v[at] = value;
        }
        return new TermMap(k, v);
    }

    /**
     * {@code terms} in the terms' order (no nulls), the same in every run: a {@link Map#copyOf} copy, which this
     * stood in for, iterates in an order salted anew by each JVM, and the stage's sums over a statement's terms took
     * that order; a {@code TermMap} as it is.
     */
    static Map<String, Double> of(Map<String, Double> terms) {
        if (terms instanceof TermMap t) {
            return t;
        }
        String[] keys = new String[terms.size()];
        Double[] values = new Double[terms.size()];
        int n = 0;
        for (Map.Entry<String, Double> e : terms.entrySet()) {
            keys[n] = e.getKey();
            values[n++] = e.getValue();
        }
        return sorted(keys, values, n);
    }

    /**
     * A statement's terms gathered one word at a time ({@link Terms#of}), a few of them, in arrays and made a
     * {@code TermMap} at the end: each statement's terms were gathered in a hash map (a table, an entry per term)
     * that was then copied here and dropped.
     */
    static final class Builder {
        private String[] keys;
        private Double[] values;
        private int size;

        /** Room for {@code expected} terms (a guess: it grows), at least one. */
        Builder(int expected) {
            keys = new String[Math.max(1, expected)];
            values = new Double[keys.length];
        }

        /** Gives {@code key} the weight {@code value}, as {@link Map#put}. */
        void put(String key, Double value) {
            int i = TermArrays.indexOf(keys, size, key);
            if (i >= 0) {
                values[i] = value;
            } else {
                add(key, value);
            }
        }

        /**
         * Gives {@code key} the larger of its weight and {@code value} ({@code value} when it has none), as
         * {@code Map.merge} with the larger of the two: the weights are finite and positive, the first kept on a tie.
         */
        void keepLarger(String key, Double value) {
            int i = TermArrays.indexOf(keys, size, key);
            if (i < 0) {
                add(key, value);
            } else if (values[i] < value) {
                values[i] = value;
            }
        }

        /** The terms gathered, as {@link TermMap#of} of a map holding them. */
        Map<String, Double> build() {
            return sorted(keys, values, size);
        }

        private void add(String key, Double value) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
        }
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
