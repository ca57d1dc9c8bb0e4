package org.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.parallax.compare.event.Candidate;
import org.parallax.compare.event.EventClusterer;
import org.parallax.compare.event.EventClusterer.Cluster;
import org.parallax.compare.event.EventRules;
import org.parallax.compare.event.Undated;
import org.parallax.compare.event.UndatedJoiner;
import org.parallax.model.Span;

/**
 * The undated statements joined to the events on the executors (decision 0016), as the desktop's
 * {@link UndatedJoiner} joins them over the whole corpus:
 * <ol>
 *   <li>each term's statement count over the dated and the undated statements is one aggregate, joined back to each
 *       statement, which weighs its own terms ({@link UndatedJoiner.Weighted});</li>
 *   <li>per article, its undated statements against its own dated ones ({@link UndatedJoiner#sameArticle});</li>
 *   <li>per index key (action and actor), the key's first {@link EventRules#MAX_POSTING} dated statements in the
 *       events' order (a rank window) against every undated statement holding the key that its article did not place:
 *       each key's best ({@link UndatedJoiner.Best}), the driver keeping per statement the best of its keys, the first
 *       key on a tie — the desktop's scan over the keys in order, which skips a statement seen under an earlier key
 *       (the same overlap, so never a better one);</li>
 *   <li>the driver joins the choices in the corpus' order with the desktop's code ({@link UndatedJoiner#joined}).</li>
 * </ol>
 * What reaches the driver is one small row per undated statement that joins an event.
 */
final class UndatedJoins {

    private static final StructType MEMBER = new StructType().add("c", DataTypes.IntegerType, false)
            .add("m", DataTypes.IntegerType, false).add("article", DataTypes.StringType, false)
            .add("keys", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("s", Statements.DATED, false);
    /** A choice (key -1: its own article's) or, without one, an undated statement for the keys' phase. */
    private static final StructType CHOICE = new StructType().add("name", DataTypes.StringType, false)
            .add("pos", DataTypes.IntegerType, false).add("key", DataTypes.IntegerType, true)
            .add("cluster", DataTypes.IntegerType, true).add("article", DataTypes.StringType, true)
            .add("start", DataTypes.IntegerType, true).add("end", DataTypes.IntegerType, true)
            .add("score", DataTypes.DoubleType, true).add("reason", DataTypes.StringType, true)
            .add("u", Statements.UNDATED, true)
            .add("df", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), true);
    private static final StructType PROBE = new StructType().add("key", DataTypes.StringType, false)
            .add("ki", DataTypes.IntegerType, false).add("name", DataTypes.StringType, false)
            .add("pos", DataTypes.IntegerType, false).add("u", Statements.UNDATED, false)
            .add("df", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), true);

    private UndatedJoins() {
    }

    /** {@code clusters} (numbered) with the undated statements of {@code quoted} ("name", "id", "undated") joined. */
    static List<Cluster> join(SparkSession spark, Dataset<Row> quoted, List<Cluster> clusters) {
        List<Dataset<Row>> cached = new ArrayList<>();
        try {
            return join(spark, quoted, clusters, cached);
        } finally {
            cached.forEach(Dataset::unpersist); // on a failure too: a retried job would find them still held
        }
    }

    /** {@code ds} kept for a second reading, and listed in {@code cached} to be let go of at the end. */
    private static Dataset<Row> cache(Dataset<Row> ds, List<Dataset<Row>> cached) {
        cached.add(ds.persist(StorageLevel.MEMORY_AND_DISK()));
        return ds;
    }

    private static List<Cluster> join(SparkSession spark, Dataset<Row> quoted, List<Cluster> clusters,
                                      List<Dataset<Row>> cached) {
        Dataset<Row> undated = cache(quoted.select(col("name"), col("id").as("article"),
                        posexplode(col("undated")).as(new String[] {"pos", "u"}))
                .withColumn("sid", concat(col("name"), lit("#"), col("pos"))), cached);
        long undatedCount = undated.count();
        if (undatedCount == 0 || clusters.isEmpty()) {
            return clusters;
        }
        List<Row> memberRows = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<Candidate> ms = clusters.get(c).members();
            for (int m = 0; m < ms.size(); m++) {
                Candidate s = ms.get(m);
                memberRows.add(RowFactory.create(c, m, s.articleId(),
                        UndatedJoiner.keys(s.gist()).toArray(String[]::new), Statements.row(s)));
            }
        }
        long n = memberRows.size() + undatedCount; // the desktop's rarity counts dated and undated statements
        Dataset<Row> members = spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .parallelize(memberRows, Math.max(1, quoted.rdd().getNumPartitions())), MEMBER)
                .withColumn("sid", concat(lit(":"), col("c"), lit(":"), col("m")));

        Dataset<Row> terms = members.select(col("sid"), explode(col("s.terms")).as("term"))
                .union(undated.select(col("sid"), explode(col("u.terms")).as("term")));
        Dataset<Row> dfs = cache(terms.join(terms.groupBy("term").count(), "term").groupBy("sid")
                .agg(map_from_entries(collect_list(struct(col("term"), col("count")))).as("df")),
                cached); // read twice: the dated and the undated statements
        // positions, not names: rows reach the grouping functions without their schema
        Dataset<Row> weighed = cache(members.join(dfs, "sid", "left").select("c", "m", "article", "keys", "s", "df"),
                cached);
        Dataset<Row> undatedWeighed = undated.join(dfs, "sid", "left").select("name", "pos", "article", "u", "df");

        Dataset<Row> own = cache(weighed.groupByKey((MapFunction<Row, String>) r -> r.getString(2), Encoders.STRING())
                .cogroup(undatedWeighed.groupByKey((MapFunction<Row, String>) r -> r.getString(2),
                        Encoders.STRING()), (CoGroupFunction<String, Row, Row, Row>) (a, ms, us) ->
                        ownArticle(ms, us, n), Encoders.row(CHOICE)), cached);
        Dataset<Row> probes = own.filter("u is not null").flatMap((FlatMapFunction<Row, Row>) UndatedJoins::probes,
                Encoders.row(PROBE));
        Dataset<Row> postings = weighed.select(col("c"), col("m"), col("article"), explode(col("keys")).as("key"),
                        col("s"), col("df"))
                .withColumn("rank", row_number().over(Window.partitionBy("key").orderBy("c", "m")))
                .filter(col("rank").leq(EventRules.MAX_POSTING)).select("c", "m", "article", "key", "s", "df");
        Dataset<Row> across = postings.groupByKey((MapFunction<Row, String>) r -> r.getString(3), Encoders.STRING())
                .cogroup(probes.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING()),
                        (CoGroupFunction<String, Row, Row, Row>) (k, ps, qs) -> bestOfKey(ps, qs, n),
                        Encoders.row(CHOICE));
        List<Row> choices = new ArrayList<>(own.filter("u is null").collectAsList());
        choices.addAll(bestOfKeys(across.collectAsList()));
        choices.sort(Comparator.<Row, String>comparing(r -> r.getString(0)).thenComparingInt(r -> r.getInt(1)));
        return UndatedJoiner.joined(clusters, choices.stream().map(UndatedJoins::choice).toList());
    }

    /** An article's undated statements against its own dated ones: a choice, or the statement for the keys' phase. */
    private static Iterator<Row> ownArticle(Iterator<Row> memberRows, Iterator<Row> undatedRows, long n) {
        List<UndatedJoiner.Member> own = members(memberRows, n);
        List<Row> out = new ArrayList<>();
        while (undatedRows.hasNext()) {
            Row r = undatedRows.next(); // name, pos, article, u, df
            Undated u = Statements.undatedOf(r.getStruct(3));
            UndatedJoiner.Joining same = UndatedJoiner.sameArticle(u, weighted(u.terms(), df(r, 4), n), own);
            if (same != null) {
                out.add(choice(r.getString(0), r.getInt(1), -1, same));
            } else if (UndatedJoiner.acrossArticles(u)) {
                out.add(RowFactory.create(r.getString(0), r.getInt(1), null, null, null, null, null, null, null,
                        r.get(3), r.get(4)));
            }
        }
        return out.iterator();
    }

    /** An undated statement once per index key, with the key's place among its keys. */
    private static Iterator<Row> probes(Row r) {
        Row u = r.getStruct(9);
        List<String> keys = UndatedJoiner.keys(Statements.undatedOf(u).gist());
        List<Row> out = new ArrayList<>(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            out.add(RowFactory.create(keys.get(k), k, r.getString(0), r.getInt(1), u, r.get(10)));
        }
        return out.iterator();
    }

    /** A key's first postings against each undated statement holding the key: its best, if any. */
    private static Iterator<Row> bestOfKey(Iterator<Row> postingRows, Iterator<Row> probeRows, long n) {
        List<UndatedJoiner.Member> posting = members(postingRows, n);
        List<Row> out = new ArrayList<>();
        while (probeRows.hasNext()) {
            Row r = probeRows.next(); // key, ki, name, pos, u, df
            Undated u = Statements.undatedOf(r.getStruct(4));
            UndatedJoiner.Best best = new UndatedJoiner.Best(u, weighted(u.terms(), df(r, 5), n));
            posting.forEach(best::consider);
            UndatedJoiner.Choice c = best.choice();
            if (c != null) {
                out.add(choice(r.getString(2), r.getInt(3), r.getInt(1), c.joining()));
            }
        }
        return out.iterator();
    }

    /** Per undated statement, the best of its keys' bests: the highest overlap, the first key on a tie. */
    private static List<Row> bestOfKeys(List<Row> bests) {
        Map<String, Row> out = new HashMap<>();
        for (Row r : bests) {
            out.merge(r.getString(0) + "#" + r.getInt(1), r, (x, y) -> y.getDouble(7) > x.getDouble(7)
                    || y.getDouble(7) == x.getDouble(7) && y.getInt(2) < x.getInt(2) ? y : x);
        }
        return new ArrayList<>(out.values());
    }

    /** Dated statements' rows (c, m, article, keys or key, s, df) as the joiner's members, in the events' order. */
    private static List<UndatedJoiner.Member> members(Iterator<Row> rows, long n) {
        List<UndatedJoiner.Member> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            Candidate s = Statements.candidate(r.getStruct(4));
            out.add(new UndatedJoiner.Member(r.getInt(0), r.getInt(1), s, weighted(s.terms(), df(r, 5), n)));
        }
        out.sort(Comparator.comparingInt(UndatedJoiner.Member::cluster)
                .thenComparingInt(UndatedJoiner.Member::member));
        return out;
    }

    /** A row's statement counts of its terms; none for a statement without terms. */
    private static Map<String, Long> df(Row r, int i) {
        return r.isNullAt(i) ? Map.of() : r.getJavaMap(i);
    }

    /** Terms weighted by their corpus-wide rarity, from their statement counts. */
    private static UndatedJoiner.Weighted weighted(Map<String, Double> terms, Map<String, Long> df, long n) {
        Map<String, Double> idf = new HashMap<>();
        df.forEach((t, f) -> idf.put(t, EventClusterer.idf(n, f)));
        return UndatedJoiner.Weighted.of(terms, idf);
    }

    private static Row choice(String name, int pos, int key, UndatedJoiner.Joining j) {
        Span s = j.mention();
        return RowFactory.create(name, pos, key, j.cluster(), s.articleId(), s.start(), s.end(), j.score(), j.reason(),
                null, null);
    }

    private static UndatedJoiner.Choice choice(Row r) {
        return new UndatedJoiner.Choice(new UndatedJoiner.Joining(r.getInt(3), new Span(r.getString(4), r.getInt(5),
                r.getInt(6)), r.getDouble(7), r.getString(8)), r.getInt(2) < 0);
    }
}
