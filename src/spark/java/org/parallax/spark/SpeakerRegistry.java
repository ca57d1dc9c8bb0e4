package org.parallax.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parallax.extract.quote.CorpusNames;

/**
 * The person/alias registry as an aggregate: every article's first pass merged (a union of word sets, in any order),
 * broadcast; every article's taught names gathered in article order (by source name, as a folder orders its files)
 * and broadcast; each executor builds the registry from them once and resolves its articles' speakers against it.
 * The registry is the one the desktop builds from the same articles in the same order, so speakers agree.
 */
final class SpeakerRegistry {

    /**
     * The registry an executor thread built last, with the broadcast it came from: built once per thread and job (its
     * look-ups fill indexes lazily, so threads do not share one).
     */
    private static final ThreadLocal<Built> BUILT = new ThreadLocal<>();

    private record Built(long from, CorpusNames names) {
    }

    /**
     * The first pass this JVM built last, with the broadcast it came from: one for all its task threads, since the
     * second pass only reads it (as the desktop's threads share theirs), so an executor holds one copy, not one per core.
     */
    private static FirstBuilt first;

    private record FirstBuilt(long from, CorpusNames.FirstPass pass) {
    }

    private SpeakerRegistry() {
    }

    /** The first pass of every document row ({@link PerArticle#READ}), merged: each partition's at once, then those. */
    static CorpusNames.Capitals capitals(Dataset<Row> read) {
        return read.filter("capitals is not null").select("capitals").as(Encoders.BINARY()).javaRDD()
                .map(b -> Docs.<CorpusNames.Capitals>value(b))
                .mapPartitions(it -> List.of(CorpusNames.Capitals.union(it)).iterator())
                .fold(CorpusNames.Capitals.none(), CorpusNames.Capitals::merge);
    }

    /** The taught names of every document, in article order, broadcast to the executors. */
    static Broadcast<List<CorpusNames.Taught>> taught(SparkSession spark, Dataset<Row> docs,
                                                      Broadcast<CorpusNames.Capitals> capitals) {
        Dataset<Row> taught = docs.mapPartitions(
                (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>)
                        it -> PerArticle.taught(it, firstPass(capitals)),
                Encoders.row(PerArticle.TAUGHT));
        List<CorpusNames.Taught> inOrder = new ArrayList<>();
        for (Row r : taught.orderBy("name").select("taught").collectAsList()) {
            inOrder.add(Docs.value((byte[]) r.get(0)));
        }
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new ArrayList<>(inOrder));
    }

    /** The corpus' first pass this broadcast makes, built once per JVM and job, not per article. */
    static synchronized CorpusNames.FirstPass firstPass(Broadcast<CorpusNames.Capitals> capitals) {
        if (first == null || first.from() != capitals.id()) {
            first = new FirstBuilt(capitals.id(), CorpusNames.firstPassOf(capitals.value()));
        }
        return first.pass();
    }

    /** The registry these broadcasts make, built on first use in this JVM. */
    static CorpusNames names(Broadcast<CorpusNames.Capitals> capitals, Broadcast<List<CorpusNames.Taught>> taught) {
        Built b = BUILT.get();
        if (b == null || b.from() != taught.id()) {
            b = new Built(taught.id(), CorpusNames.of(capitals.value(), taught.value()));
            BUILT.set(b);
        }
        return b.names();
    }
}
