package org.parallax.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Candidate pairs from {@link BlockKeys} rows: each utterance's probe keys (a ranked rule's rarest first, by how many
 * utterances hold each key, ties by key: a Spark aggregate) joined with every utterance's index keys, where the one
 * found is at least as large as the prober. Keys held by more than {@code chunk} utterances are split into salted
 * chunks of the index side, each joined with every probe of the key, so no single task holds a common key's postings;
 * nothing is dropped, however common.
 */
final class PrefixJoin {

    /** Index postings per task, at most, for one key. */
    static final int CHUNK = 2_000;

    private final int chunk;

    PrefixJoin(int chunk) {
        this.chunk = chunk;
    }

    /** {@code keys}: {@link BlockKeys#KEYS} rows; the result: distinct (x, y) with x &lt; y. */
    Dataset<Row> pairs(Dataset<Row> keys) {
        Dataset<Row> index = keys.filter(col("index")).select("key", "utterance", "size");
        Dataset<Row> counts = index.groupBy("key").agg(count(lit(1)).as("n"));
        Dataset<Row> probes = keys.filter(col("probe"));
        Dataset<Row> whole = probes.filter(col("prefix").equalTo(BlockKeys.ALL)).select("key", "utterance", "size");
        // a ranked rule's prober indexes its own keys, so each of them has a count
        Dataset<Row> ranked = probes.filter(col("prefix").notEqual(BlockKeys.ALL)).join(counts, "key")
                .groupBy("utterance", "rule", "size", "prefix")
                .agg(sort_array(collect_list(struct(col("n"), col("key")))).as("ranked"))
                .select(col("utterance"), col("size"),
                        explode(slice(col("ranked"), lit(1), col("prefix"))).as("t"))
                .select(col("t.key").as("key"), col("utterance"), col("size"));
        Dataset<Row> hot = broadcast(counts.filter(col("n").gt(chunk))
                .select(col("key"), ceil(col("n").divide(chunk)).cast("int").as("chunks")));
        Dataset<Row> found = index.join(hot, "key", "left")
                .withColumn("salt", when(col("chunks").isNull(), lit(0)).otherwise(pmod(col("utterance"),
                        col("chunks")).cast("int")))
                .select(col("key"), col("salt"), col("utterance").as("y"), col("size").as("ysize"));
        Dataset<Row> probing = whole.unionByName(ranked).join(hot, "key", "left")
                .withColumn("salt", explode(sequence(lit(0), coalesce(col("chunks"), lit(1)).minus(1))))
                .select(col("key"), col("salt"), col("utterance").as("x"), col("size").as("xsize"));
        return probing.join(found, new String[] {"key", "salt"})
                .filter(col("x").notEqual(col("y")).and(col("ysize").geq(col("xsize"))))
                .select(least(col("x"), col("y")).as("x"), greatest(col("x"), col("y")).as("y")).distinct();
    }
}
