package org.parallax.spark;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Connected components of items that share keys, Spark-native: each item starts as its own label; each round, a key
 * takes the smallest label of its items and each item the smallest label of its keys, until no label changes. The
 * rounds needed grow with the longest chain of keys between two items (a few on news: copies share many keys).
 * Plain pair RDDs: a round is three small shuffles, without a query plan to make each time.
 */
final class ConnectedComponents {

    private static final Logger LOG = System.getLogger(ConnectedComponents.class.getName());
    private static final int MAX_ROUNDS = 50;

    /** Keys held by more items than this are dropped: too common to say two items belong together. */
    private final int maxPosting;

    ConnectedComponents(int maxPosting) {
        this.maxPosting = maxPosting;
    }

    /**
     * {@code edges}: (item, key) pairs; the result: (item, label), the label being the smallest item of its
     * component, for every item that shares a kept key with another.
     */
    JavaPairRDD<String, String> of(JavaRDD<Tuple2<String, String>> edges) {
        JavaPairRDD<String, String> byKey = edges.mapToPair(e -> new Tuple2<>(e._2(), e._1())).distinct();
        int cap = maxPosting; // the lambda takes the number, not this (not Serializable)
        JavaPairRDD<String, Integer> postings = byKey.mapValues(i -> 1).reduceByKey(Integer::sum)
                .filter(p -> p._2() > 1 && p._2() <= cap);
        // (item, key) of the kept keys
        JavaPairRDD<String, String> kept = byKey.join(postings).mapToPair(p -> new Tuple2<>(p._2()._1(), p._1()))
                .cache();
        JavaPairRDD<String, String> labels = kept.keys().distinct().mapToPair(i -> new Tuple2<>(i, i)).cache();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            JavaPairRDD<String, String> keyLabels = kept.join(labels).mapToPair(p -> p._2())
                    .reduceByKey(ConnectedComponents::min);
            JavaPairRDD<String, String> next = kept.mapToPair(p -> new Tuple2<>(p._2(), p._1())).join(keyLabels)
                    .mapToPair(p -> p._2()).reduceByKey(ConnectedComponents::min).cache();
            long changed = next.join(labels).filter(p -> !p._2()._1().equals(p._2()._2())).count();
            labels.unpersist();
            labels = next;
            LOG.log(Level.DEBUG, "round {0}: {1} labels changed", round, changed);
            if (changed == 0) {
                return labels;
            }
        }
        // unsettled labels split a component into several blocks: its clusters may be cut apart
        LOG.log(Level.WARNING, "connected components did not settle in {0} rounds; some blocks may be split",
                MAX_ROUNDS);
        return labels;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
