package org.parallax.compare.event;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A statement's terms in an array, read as a read-only map in the array's order: what {@link TermMap} (its terms) and
 * {@link WeightedTerms} (its terms times their rarity) share. A statement holds some ten terms, so a look-up reads the
 * array; its entries are made only when a caller walks the map as a map.
 */
abstract class TermArrays extends AbstractMap<String, Double> {

    /** The terms, never changed. */
    final String[] keys;

    TermArrays(String[] keys) {
        this.keys = keys;
    }

    /** The weight of the {@code i}th term as the map gives it. */
    abstract Double boxedValueAt(int i);

    /** Where {@code key} is, -1 when absent; a null key throws. */
    final int indexOf(Object key) {
        return indexOf(keys, keys.length, key);
    }

    /** Where {@code key} is among the first {@code size} of {@code keys}, -1 when absent; a null key throws. */
    static int indexOf(String[] keys, int size, Object key) {
        int h = key.hashCode(); // String's is kept in it: compared before the chars
        for (int i = 0; i < size; i++) {
            if (keys[i].hashCode() == h && keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public final int size() {
        return keys.length;
    }

    @Override
    public final Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return Map.entry(keys[i], boxedValueAt(i)); // a Map.copyOf's entries' own kind
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
