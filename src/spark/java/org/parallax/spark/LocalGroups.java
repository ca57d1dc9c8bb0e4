package org.parallax.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The links one task holds, joined in memory before the distributed {@link ConnectedComponents}: each group they make
 * becomes a star (every member keyed by the group's root), so a chain of near-verbatim copies that took a round per
 * two links takes one. Only fewer rounds: the components are those of the links.
 */
final class LocalGroups {

    /** (item, key, weight) as {@link ConnectedComponents} reads them. */
    static final StructType EDGES = new StructType()
            .add("item", DataTypes.LongType, false).add("key", DataTypes.LongType, false)
            .add("weight", DataTypes.LongType, false);

    private LocalGroups() {
    }

    /** {@code links}: (x, y) rows; the result: (item, root of its local group, 1) for each item once. */
    static Iterator<Row> stars(Iterator<Row> links) {
        Map<Long, Long> parent = new HashMap<>();
        while (links.hasNext()) {
            Row r = links.next();
            long a = root(parent, r.getLong(0));
            long b = root(parent, r.getLong(1));
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        List<Row> out = new ArrayList<>(parent.size());
        for (Long item : parent.keySet()) {
            out.add(RowFactory.create(item, root(parent, item), 1L));
        }
        return out.iterator();
    }

    /** The root of {@code item}'s group (itself when new), halving the path on the way. */
    private static long root(Map<Long, Long> parent, long item) {
        long x = item;
        parent.putIfAbsent(x, x);
        while (parent.get(x) != x) {
            long up = parent.get(parent.get(x));
            parent.put(x, up);
            x = up;
        }
        return x;
    }
}
