package org.parallax.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.parallax.compare.event.Candidate;
import org.parallax.compare.event.EventClusterer;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;
import scala.Tuple2;

/**
 * The dated statements clustered into events by date blocks (decision 0016), as the desktop's {@link EventClusterer}
 * clusters them over the whole corpus:
 * <ol>
 *   <li>each statement gets its position in the corpus' order (articles by source name, then as found);</li>
 *   <li>each term's statement count is one aggregate, so every block weighs terms by their corpus-wide rarity;</li>
 *   <li>a block is one date bucket's statements with a copy of those of every week or month bucket that absorbs it;
 *       the desktop's scoring runs per block ({@link EventClusterer#links}) and gives its links in its order;</li>
 *   <li>the links' connected components ({@link ConnectedComponents}, each block's links as stars of their local
 *       groups, so the rounds do not grow with an event's size) are the events; each is made by the desktop's code
 *       ({@link EventClusterer#event}) from its statements and its links replayed in the corpus' order.</li>
 * </ol>
 * The driver gets one small row per event (its statements' positions and fields) and numbers them in the desktop's
 * order ({@link #numbered}).
 */
final class EventBlocks {

    private static final StructType STATEMENT = new StructType().add("i", DataTypes.LongType, false)
            .add("key", DataTypes.StringType, false).add("s", Statements.DATED, false);
    private static final StructType BLOCKED = new StructType().add("block", DataTypes.StringType, false)
            .add("i", DataTypes.LongType, false).add("s", Statements.DATED, false)
            .add("df", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), true);
    /** A link with where the desktop scores it: owner bucket's first position, phase, inner bucket, order within. */
    private static final StructType LINK = new StructType().add("a", DataTypes.LongType, false)
            .add("b", DataTypes.LongType, false).add("reason", DataTypes.StringType, false)
            .add("root", DataTypes.LongType, false).add("owner", DataTypes.LongType, false)
            .add("phase", DataTypes.IntegerType, false).add("first", DataTypes.LongType, false)
            .add("home", DataTypes.LongType, false).add("seq", DataTypes.IntegerType, false);
    private static final StructType EVENT = new StructType().add("at", DataTypes.LongType, false)
            .add("members", DataTypes.createArrayType(DataTypes.LongType, false), false)
            .add("label", DataTypes.StringType, false).add("date", DataTypes.StringType, false)
            .add("background", DataTypes.BooleanType, false).add("end", DataTypes.StringType, true)
            .add("reasons", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("mentions", DataTypes.createArrayType(Statements.SPAN, false), false);

    /** The events as rows (one per event, unnumbered), the dated statements and the date blocks (buckets). */
    record Result(Dataset<Row> events, long statements, long blocks, List<Dataset<Row>> cached) {

        /** Frees the cached intermediates once {@link #events} has been collected. */
        void release() {
            cached.forEach(Dataset::unpersist);
        }
    }

    private EventBlocks() {
    }

    /** The events of {@code quoted}'s dated statements ({@code name} and {@code dated} columns). */
    static Result cluster(SparkSession spark, Dataset<Row> quoted) {
        Dataset<Row> ordered = quoted.select(col("name"), posexplode(col("dated")).as(new String[] {"pos", "s"}))
                .orderBy("name", "pos").select("s");
        JavaRDD<Row> indexed = ordered.javaRDD().zipWithIndex().map((Function<Tuple2<Row, Long>, Row>) t ->
                RowFactory.create(t._2(), Statements.candidate(t._1().getStruct(0)).dateKey(), t._1().getStruct(0)));
        Dataset<Row> st = spark.createDataFrame(indexed, STATEMENT).persist(StorageLevel.MEMORY_AND_DISK());
        long n = st.count();
        if (n == 0) {
            st.unpersist();
            return new Result(spark.createDataFrame(List.of(), EVENT), 0, 0, List.of());
        }

        Dataset<Row> terms = st.select(col("i"), explode(col("s.terms")).as("term"));
        Dataset<Row> dfs = terms.join(terms.groupBy("term").count(), "term").groupBy("i")
                .agg(map_from_entries(collect_list(struct(col("term"), col("count")))).as("df"))
                .withColumnRenamed("i", "di");
        Dataset<Row> weighed = st.join(dfs, col("i").equalTo(col("di")), "left").select("i", "key", "s", "df")
                .persist(StorageLevel.MEMORY_AND_DISK());

        List<Row> buckets = st.groupBy("key").agg(min(struct(col("i"), col("s.date"))).as("first")).collectAsList();
        Broadcast<Map<String, List<String>>> inner = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(absorbed(buckets));
        Dataset<Row> links = weighed.flatMap((FlatMapFunction<Row, Row>) r -> copies(r, inner.value()),
                        Encoders.row(BLOCKED))
                .repartition(col("block")).sortWithinPartitions("block", "i")
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> links(it, n), Encoders.row(LINK))
                .persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> edges = links.select(col("a").as("item"), col("root").as("key"))
                .union(links.select(col("b").as("item"), col("root").as("key"))).distinct()
                .withColumn("weight", lit(1L));
        Dataset<Row> labels = new ConnectedComponents(Integer.MAX_VALUE).of(edges).persist(StorageLevel.MEMORY_AND_DISK());
        Row sizes = labels.agg(count("item"), countDistinct("label")).first();
        long joins = sizes.getLong(0) - sizes.getLong(1); // statements less events
        Dataset<Row> members = weighed.join(labels, col("i").equalTo(col("item")), "left")
                .select(coalesce(col("label"), col("i")).as("c"), col("i"), col("s"), col("df"));
        Dataset<Row> grouped = links.join(labels, col("a").equalTo(col("item")))
                .select(col("label").as("c"), col("a"), col("b"), col("reason"), col("owner"), col("phase"),
                        col("first"), col("home"), col("seq"));
        Dataset<Row> events = members.groupByKey((MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG())
                .cogroup(grouped.groupByKey((MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG()),
                        (CoGroupFunction<Long, Row, Row, Row>) (c, ms, ls) -> List.of(event(ms, ls, n, joins))
                                .iterator(), Encoders.row(EVENT));
        return new Result(events, n, buckets.size(), List.of(st, weighed, links, labels));
    }

    /**
     * For each week or month bucket, the finer buckets it absorbs ({@link EventClusterer#absorbs}), from each bucket's
     * date (that of its first statement, as the desktop's bucket takes it): the buckets are few, one per date.
     */
    private static Map<String, List<String>> absorbed(List<Row> buckets) {
        Map<String, TimexValue> dates = new HashMap<>();
        NavigableMap<LocalDate, List<String>> byFirstDay = new TreeMap<>();
        for (Row b : buckets) {
            TimexValue d = Statements.dateOf(b.getStruct(1).getStruct(1));
            dates.put(b.getString(0), d);
            byFirstDay.computeIfAbsent(d.first(), k -> new ArrayList<>()).add(b.getString(0));
        }
        Map<String, List<String>> out = new HashMap<>();
        dates.forEach((key, d) -> {
            if (EventClusterer.absorbing(d)) {
                byFirstDay.subMap(d.first(), true, d.last(), true).values().forEach(keys -> keys.stream()
                        .filter(f -> !f.equals(key) && EventClusterer.absorbs(d, dates.get(f)))
                        .forEach(f -> out.computeIfAbsent(key, k -> new ArrayList<>()).add(f)));
            }
        });
        return out;
    }

    /** A statement in its own bucket's block and, when it is a week or a month, in each block it may absorb. */
    private static Iterator<Row> copies(Row r, Map<String, List<String>> inner) {
        List<Row> out = new ArrayList<>();
        String key = r.getString(1);
        out.add(RowFactory.create(key, r.get(0), r.get(2), r.get(3)));
        for (String f : inner.getOrDefault(key, List.of())) {
            out.add(RowFactory.create(f, r.get(0), r.get(2), r.get(3)));
        }
        return out.iterator();
    }

    /** The links of each block of a partition sorted by block and position. */
    private static Iterator<Row> links(Iterator<Row> rows, long statements) {
        List<Row> out = new ArrayList<>();
        List<Row> block = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            if (!block.isEmpty() && !block.get(0).getString(0).equals(r.getString(0))) {
                links(block, statements, out);
                block.clear();
            }
            block.add(r);
        }
        if (!block.isEmpty()) {
            links(block, statements, out);
        }
        return out.iterator();
    }

    private static void links(List<Row> rows, long statements, List<Row> out) {
        String home = rows.get(0).getString(0);
        List<Candidate> block = new ArrayList<>(rows.size());
        long[] at = new long[rows.size()];
        Map<String, Double> idf = new HashMap<>();
        Map<String, Long> firstOf = new HashMap<>(); // each bucket's first position (its place in the desktop's order)
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            Candidate c = Statements.candidate(r.getStruct(2));
            block.add(c);
            at[k] = r.getLong(1);
            firstOf.putIfAbsent(c.dateKey(), at[k]);
            weigh(r.getJavaMap(3), statements, idf);
        }
        List<EventClusterer.Link> links = EventClusterer.links(block, idf, home);
        long homeFirst = firstOf.get(home);
        long homeDay = block.stream().filter(c -> c.dateKey().equals(home)).findFirst().orElseThrow().date().first()
                .toEpochDay();
        List<Row> scored = new ArrayList<>(links.size());
        for (int k = 0; k < links.size(); k++) {
            EventClusterer.Link l = links.get(k);
            String owner = block.get(l.a()).dateKey();
            scored.add(RowFactory.create(l.a(), l.b(), l.reason(), firstOf.get(owner), owner.equals(home) ? 0 : 1,
                    homeDay, homeFirst, k));
        }
        // in the corpus' order, a link whose statements earlier links of the block already join never joins two
        // groups in the desktop either: only the others can give a merge its reason
        scored.sort(ORDER);
        int[] parent = new int[block.size()];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        List<Row> kept = new ArrayList<>();
        for (Row r : scored) {
            int a = root(parent, r.getInt(0));
            int b = root(parent, r.getInt(1));
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
                kept.add(r);
            }
        }
        for (Row r : kept) {
            out.add(RowFactory.create(at[r.getInt(0)], at[r.getInt(1)], r.getString(2),
                    at[root(parent, r.getInt(0))], r.getLong(3), r.getInt(4), r.getLong(5), r.getLong(6),
                    r.getInt(7)));
        }
    }

    /** The order in which the desktop scores links: by owner bucket, own pairs first, inner bucket, then as found. */
    private static Comparator<Row> order(int from) {
        return Comparator.<Row>comparingLong(r -> r.getLong(from)).thenComparingInt(r -> r.getInt(from + 1))
                .thenComparingLong(r -> r.getLong(from + 2)).thenComparingLong(r -> r.getLong(from + 3))
                .thenComparingInt(r -> r.getInt(from + 4));
    }

    private static final Comparator<Row> ORDER = order(3);

    private static void weigh(Map<String, Long> df, long statements, Map<String, Double> idf) {
        if (df != null) {
            df.forEach((t, f) -> idf.put(t, EventClusterer.idf(statements, f)));
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /** One component's event: its statements in the corpus' order, its links in the order the desktop scores them. */
    private static Row event(Iterator<Row> memberRows, Iterator<Row> linkRows, long statements, long joins) {
        List<Row> ms = new ArrayList<>();
        memberRows.forEachRemaining(ms::add);
        ms.sort(Comparator.comparingLong(r -> r.getLong(1)));
        List<Candidate> members = new ArrayList<>(ms.size());
        int[] positions = new int[ms.size()];
        Map<Long, Integer> index = new HashMap<>();
        Map<String, Double> idf = new HashMap<>();
        for (int k = 0; k < ms.size(); k++) {
            Row r = ms.get(k);
            members.add(Statements.candidate(r.getStruct(2)));
            positions[k] = Math.toIntExact(r.getLong(1));
            index.put(r.getLong(1), k);
            weigh(r.getJavaMap(3), statements, idf);
        }
        List<Row> ls = new ArrayList<>();
        linkRows.forEachRemaining(ls::add);
        ls.sort(order(4));
        List<EventClusterer.Link> links = ls.stream().map(r -> new EventClusterer.Link(index.get(r.getLong(1)),
                index.get(r.getLong(2)), r.getString(3))).toList();
        Event e = EventClusterer.event("", members, positions, links, joins, idf).event();
        return RowFactory.create((long) positions[0], java.util.Arrays.stream(positions).asLongStream().boxed()
                        .toArray(Long[]::new), e.label(), e.date(), e.background(), e.end(),
                e.reasons().toArray(String[]::new), e.mentions().stream().map(Statements::span).toArray(Row[]::new));
    }

    /**
     * The events in the desktop's order and numbering, with their statements ({@code dated}: all of them in the
     * corpus' order, which the positions index).
     */
    static List<EventClusterer.Cluster> numbered(List<Row> events, List<Candidate> dated) {
        List<EventClusterer.Cluster> made = new ArrayList<>(events.size());
        events.stream().sorted(Comparator.comparingLong(r -> r.getLong(0))).forEach(r -> {
            List<Candidate> members = r.<Long>getList(1).stream().map(p -> dated.get(Math.toIntExact(p))).toList();
            List<Span> mentions = r.<Row>getList(7).stream().map(Statements::spanOf).toList();
            made.add(new EventClusterer.Cluster(new Event("", r.getString(2), r.getString(3), null, mentions,
                    r.getBoolean(4), r.getString(5), r.getList(6)), members));
        });
        made.sort(EventClusterer.NUMBERING); // stable: ties stay in their first statements' order
        List<EventClusterer.Cluster> out = new ArrayList<>(made.size());
        for (EventClusterer.Cluster c : made) {
            Event e = c.event();
            out.add(new EventClusterer.Cluster(new Event("e" + (out.size() + 1), e.label(), e.date(), null,
                    e.mentions(), e.background(), e.end(), e.reasons()), c.members()));
        }
        return out;
    }
}
