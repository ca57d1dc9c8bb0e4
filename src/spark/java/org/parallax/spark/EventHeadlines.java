package org.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.compare.event.EventClusterer.Cluster;
import org.parallax.compare.event.Headline;
import org.parallax.compare.event.Headlines;
import org.parallax.compare.event.NameForms;
import org.parallax.model.Span;

/**
 * The events' headlines read on the executors, next to their articles (decision 0016): the corpus' name forms are an
 * aggregate (each partition's, joined) broadcast to every task; each statement an event's headline is read from
 * ({@link Headlines#read(Cluster)}) and each mention a story label may read goes to its article's document, where the
 * desktop's {@link Headlines} reads the statement's headline and the mention's text. The driver gets one small row per
 * statement read (its headline) and per reported mention (its text), picks each event's best headline with the
 * desktop's scoring ({@link Headlines#best}) and relabels the events as the desktop does.
 */
final class EventHeadlines {

    private static final StructType HEADLINE = new StructType().add("text", DataTypes.StringType, false)
            .add("actor", DataTypes.StringType, false).add("nameActor", DataTypes.BooleanType, false)
            .add("cue", DataTypes.BooleanType, false)
            .add("names", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("place", DataTypes.StringType, false).add("complete", DataTypes.BooleanType, false);
    /** What the driver asks of one mention: event, place among its mentions, span, read its headline, its text. */
    private static final StructType WANTED = new StructType().add("event", DataTypes.IntegerType, false)
            .add("k", DataTypes.IntegerType, false).add("article", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false).add("end", DataTypes.IntegerType, false)
            .add("headline", DataTypes.BooleanType, false).add("text", DataTypes.BooleanType, false);
    private static final StructType READ = new StructType().add("event", DataTypes.IntegerType, false)
            .add("k", DataTypes.IntegerType, false).add("article", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false).add("end", DataTypes.IntegerType, false)
            .add("headline", HEADLINE, true).add("text", DataTypes.StringType, true);

    /** The relabelled events, their headlines by event id, and the texts of the reported events' mentions. */
    record Result(Headlines.Result labelled, Map<Span, String> texts) {
    }

    private EventHeadlines() {
    }

    /** The headlines of {@code clusters} (numbered, undated statements joined) from {@code docs}' documents. */
    static Result of(SparkSession spark, Dataset<Row> docs, List<Cluster> clusters) {
        if (clusters.isEmpty()) {
            return new Result(Headlines.labelled(clusters, List.of()), Map.of());
        }
        Broadcast<NameForms> forms = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(nameForms(docs));
        Dataset<Row> wanted = spark.createDataFrame(wanted(clusters), WANTED).groupBy("article")
                .agg(collect_list(struct(col("event"), col("k"), col("start"), col("end"), col("headline"),
                        col("text"))).as("wanted"));
        List<Row> read = wanted.join(docs.select("id", "doc"), col("article").equalTo(col("id"))).select("wanted", "doc")
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> read(it, forms.value()), Encoders.row(READ))
                .collectAsList();
        forms.destroy(); // the corpus' name forms, held on the driver and every executor otherwise
        List<List<Row>> byEvent = new ArrayList<>(clusters.size());
        clusters.forEach(c -> byEvent.add(new ArrayList<>()));
        Map<Span, String> texts = new HashMap<>();
        for (Row r : read) {
            Span s = new Span(r.getString(2), r.getInt(3), r.getInt(4));
            if (r.get(6) != null) {
                texts.put(s, r.getString(6));
            }
            if (r.get(5) != null) {
                byEvent.get(r.getInt(0)).add(r);
            }
        }
        List<Headline> bests = new ArrayList<>(clusters.size());
        for (int i = 0; i < clusters.size(); i++) {
            Set<Span> central = Headlines.central(clusters.get(i));
            List<Row> rows = byEvent.get(i);
            rows.sort(Comparator.comparingInt(r -> r.getInt(1))); // the mentions' order, as the desktop reads them
            bests.add(Headlines.best(rows.stream().map(r -> headline(r.getStruct(5))).toList(),
                    rows.stream().map(r -> central.contains(new Span(r.getString(2), r.getInt(3), r.getInt(4))))
                            .toList()));
        }
        return new Result(Headlines.labelled(clusters, bests), texts);
    }

    /** The corpus' name forms: each partition's read on the executors, joined (sets: any order). */
    private static NameForms nameForms(Dataset<Row> docs) {
        return docs.select("doc").javaRDD().mapPartitions((FlatMapFunction<Iterator<Row>, NameForms>) it ->
                List.of(NameForms.read(new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public org.parallax.model.Article next() {
                        return Docs.read(it.next().getString(0)).article();
                    }
                })).iterator()).reduce(NameForms::union);
    }

    /**
     * One row per mention the driver needs: the statements each event's headline is read from, and every mention of a
     * reported event (a story's label reads their texts).
     */
    private static List<Row> wanted(List<Cluster> clusters) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            List<Span> mentions = c.event().mentions();
            int read = Headlines.read(c).size();
            for (int k = 0; k < mentions.size(); k++) {
                boolean text = !c.event().background();
                if (k < read || text) {
                    Span s = mentions.get(k);
                    out.add(RowFactory.create(i, k, s.articleId(), s.start(), s.end(), k < read, text));
                }
            }
        }
        return out;
    }

    /**
     * The wanted mentions of a partition's articles read: one desktop {@link Headlines} per task, whose tag cache
     * serves the task's articles.
     */
    private static Iterator<Row> read(Iterator<Row> articles, NameForms forms) {
        Headlines reader = new Headlines();
        List<Row> out = new ArrayList<>();
        while (articles.hasNext()) {
            Row r = articles.next();
            Docs.Doc doc = Docs.read(r.getString(1));
            for (Row w : r.<Row>getList(0)) {
                Span s = new Span(doc.article().id(), w.getInt(2), w.getInt(3));
                Headline h = w.getBoolean(4) ? reader.read(doc.article(), doc.timexes(), s, forms) : null;
                out.add(RowFactory.create(w.getInt(0), w.getInt(1), s.articleId(), s.start(), s.end(),
                        h == null ? null : row(h), w.getBoolean(5) ? doc.article().textOf(s) : null));
            }
        }
        return out.iterator();
    }

    private static Row row(Headline h) {
        return RowFactory.create(h.text(), h.actor(), h.nameActor(), h.cue(), h.names().toArray(String[]::new),
                h.place(), h.complete());
    }

    private static Headline headline(Row r) {
        return new Headline(r.getString(0), r.getString(1), r.getBoolean(2), r.getBoolean(3), r.getList(4),
                r.getString(5), r.getBoolean(6));
    }
}
