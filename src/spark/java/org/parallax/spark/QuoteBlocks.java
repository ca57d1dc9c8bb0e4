package org.parallax.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.parallax.compare.quote.QuoteClusterer;
import org.parallax.model.QuoteCluster;

/**
 * Quote clusters over a corpus no machine holds whole, exactly the desktop's. Each quote is keyed by its
 * {@linkplain Utterances utterance} (wire copies are one); candidate pairs of utterances come from the keys every link
 * rule needs two of them to share ({@link BlockKeys}, joined rarest first and salted, dropping no key however common:
 * {@link PrefixJoin}); each pair is checked by the desktop's own rules ({@link LinkCheck}); the blocks are the
 * connected components of the pairs that pass ({@link ConnectedComponents}), so each is a union of the desktop's link
 * groups with the partial quotes that could attach to them, and holds every quote the desktop consults for its members.
 * An utterance in no passing pair is a block of its own (its copies may still cluster). Each block is clustered by the
 * desktop's {@link QuoteClusterer} ({@link BlockClusters}), and the clusters numbered as the desktop numbers them.
 */
final class QuoteBlocks {

    /** Blocks and their sizes, and the candidate and passing pairs, for the progress log. */
    record Result(List<QuoteCluster> clusters, long blocks, long largestBlock, long candidates, long links) {
    }

    private static final System.Logger LOG = System.getLogger(QuoteBlocks.class.getName());

    private final int chunk;

    QuoteBlocks(int chunk) {
        this.chunk = chunk;
    }

    /** {@code docs}: name, id, doc (with quotes). */
    static Result cluster(Dataset<Row> docs) {
        return new QuoteBlocks(PrefixJoin.CHUNK).of(docs);
    }

    Result of(Dataset<Row> docs) {
        Dataset<Row> quotes = docs.flatMap((FlatMapFunction<Row, Row>) r -> Utterances.of(Docs.read(r.getAs("doc"))),
                Encoders.row(Utterances.QUOTES)).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> said = quotes.filter(col("keyed")).groupBy("utterance").agg(first("who").as("who"),
                first("partial").as("partial"), first("direct").as("direct"), first("text").as("text"),
                oneArticle(), array_distinct(flatten(collect_list("context"))).as("context"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> keys = said.flatMap((FlatMapFunction<Row, Row>) BlockKeys::of, Encoders.row(BlockKeys.KEYS));
        Dataset<Row> candidates = new PrefixJoin(chunk).pairs(keys).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> links = withBoth(candidates, said)
                .filter((FilterFunction<Row>) r -> LinkCheck.passes(Utterances.Said.of(r, "x_"),
                        Utterances.Said.of(r, "y_")))
                .select("x", "y").persist(StorageLevel.MEMORY_AND_DISK());
        long candidateCount = candidates.count();
        long linkCount = links.count();
        LOG.log(System.Logger.Level.INFO, "{0} candidate pairs of utterances, {1} pass a link rule", candidateCount,
                linkCount);
        // each partition's links first joined in memory: a star per local group, so the rounds follow few hops
        Dataset<Row> edges = links.mapPartitions((MapPartitionsFunction<Row, Row>) LocalGroups::stars,
                Encoders.row(LocalGroups.EDGES));
        Dataset<Row> labels = new ConnectedComponents(Integer.MAX_VALUE).of(edges)
                .withColumnRenamed("item", "utterance");
        Result r = clusterBlocks(docs, quotes, labels, candidateCount, linkCount);
        quotes.unpersist();
        said.unpersist();
        candidates.unpersist();
        links.unpersist();
        return r;
    }

    /** The utterance's article when all its quotes stand in one, else null. */
    private static Column oneArticle() {
        return when(min("article").equalTo(max("article")), min("article")).as("article");
    }

    /** Each pair with both utterances' fields, prefixed {@code x_} and {@code y_}. */
    private static Dataset<Row> withBoth(Dataset<Row> pairs, Dataset<Row> said) {
        Dataset<Row> out = pairs;
        for (String side : List.of("x", "y")) {
            Dataset<Row> s = said;
            for (String f : said.columns()) {
                s = s.withColumnRenamed(f, side + "_" + f);
            }
            out = out.join(s, out.col(side).equalTo(s.col(side + "_utterance")));
        }
        return out;
    }

    /** Each block of quotes of two articles or more clustered by the desktop's clusterer. */
    private static Result clusterBlocks(Dataset<Row> docs, Dataset<Row> quotes, Dataset<Row> labels,
                                        long candidates, long links) {
        // an utterance in no passing pair is a block of its own: its copies may still cluster
        Dataset<Row> blocks = quotes.join(labels, quotes.col("utterance").equalTo(labels.col("utterance")), "left")
                .select(coalesce(labels.col("label"), quotes.col("utterance")).as("label"), col("item"),
                        col("article"));
        Dataset<Row> worth = blocks.groupBy("label").agg(countDistinct("article").as("articles"))
                .filter(col("articles").geq(2)).select("label");
        Dataset<Row> members = blocks.join(worth, "label").persist(StorageLevel.MEMORY_AND_DISK());
        Row sizes = members.groupBy("label").count().agg(count("*"), max("count")).first(); // blocks, largest
        Dataset<Row> quoted = docs.map((MapFunction<Row, Row>) BlockClusters::quotedOnly,
                Encoders.row(BlockClusters.QUOTED));
        Dataset<Row> blockDocs = members.groupBy("label", "article").agg(collect_set("item").as("items"))
                .join(quoted, "article");
        Dataset<Row> found = blockDocs.groupByKey((MapFunction<Row, Long>) r -> r.getAs("label"), Encoders.LONG())
                .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (label, rows) -> BlockClusters.clusterBlock(
                        rows), Encoders.row(BlockClusters.CLUSTERS));
        List<QuoteCluster> out = BlockClusters.numbered(found.collectAsList());
        long largest = sizes.isNullAt(1) ? 0 : sizes.getLong(1);
        members.unpersist();
        return new Result(out, sizes.getLong(0), largest, candidates, links);
    }

    /** A 64-bit FNV-1a hash of {@code s}'s characters, mixed. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
