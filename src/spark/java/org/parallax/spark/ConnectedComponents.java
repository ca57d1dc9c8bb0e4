package org.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of items that share keys, Spark-native: each item starts as its own label; each round, a key
 * takes the smallest label of its items and each item the smallest label of its keys, until no label changes. The
 * rounds needed grow with the longest chain of keys between two items (a few on news: copies share many keys).
 * Items and keys are 64-bit numbers in DataFrames (Spark's own compact rows and joins: the pair RDDs of before spent
 * most of the stage estimating the size of Java objects); each round's labels are checkpointed locally, so the query
 * plan stays one round long.
 */
final class ConnectedComponents {

    private static final Logger LOG = System.getLogger(ConnectedComponents.class.getName());
    private static final int MAX_ROUNDS = 50;

    /** Keys of more weight than this are dropped: too common to say two items belong together. */
    private final int maxPosting;

    ConnectedComponents(int maxPosting) {
        this.maxPosting = maxPosting;
    }

    /**
     * {@code edges}: distinct (item, key, weight) rows, the weight being how many the item counts for against the cap
     * (an utterance: its copies); the result: (item, label), the label being the smallest item of its component, for
     * every item that shares a kept key with another.
     */
    Dataset<Row> of(Dataset<Row> edges) {
        Dataset<Row> postings = edges.groupBy("key").agg(count("item").as("items"), sum("weight").as("n"))
                .filter(col("items").gt(1).and(col("n").leq(maxPosting))).select("key");
        Dataset<Row> kept = edges.join(postings, "key").select("item", "key").localCheckpoint();
        Dataset<Row> labels = kept.select("item").distinct().withColumn("label", col("item")).localCheckpoint();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            Dataset<Row> keyLabels = kept.join(labels, "item").groupBy("key").agg(min("label").as("label"));
            Dataset<Row> next = kept.join(keyLabels, "key").groupBy("item").agg(min("label").as("label"))
                    .localCheckpoint();
            long changed = next.join(labels.withColumnRenamed("label", "was"), "item")
                    .filter(col("label").notEqual(col("was"))).count();
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
}
