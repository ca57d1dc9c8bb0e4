package org.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.types.StructType;
import org.parallax.compare.quote.QuoteClusterer;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.store.ModelFormatException;
import org.parallax.store.ModelJson;
import org.parallax.text.Accents;
import scala.Tuple2;

/**
 * Quote clusters over a corpus no machine holds whole. Blocking: every quote's keys are its word trigrams (a copy,
 * near-verbatim or with a long common run, shares some) and each of its words with its speaker's surname (a paraphrase
 * or translation links only quotes whose speakers may be one person, so end in the same word, and that share a word);
 * a key held by more than {@link #COMMON_KEY} quotes is dropped, so one common word does not make the corpus one block.
 * Quotes that share a key, directly or through others, form a block ({@link ConnectedComponents}). Each block is clustered by the desktop's own
 * {@link QuoteClusterer} (the same links, partial quotes and verdicts), and the clusters are numbered as the desktop
 * numbers them, by their reference's position.
 *
 * <p>Where it can differ from the desktop: a link between quotes with no trigram in common, and not of one surname
 * with a word in common, is never proposed (a partial quote attached by related words alone, "alone" for "on their
 * own"), nor one whose only shared keys are each held by more than {@link #COMMON_KEY} quotes (the desktop's
 * blocking drops no common word: decision 0019).
 */
final class QuoteBlocks {

    /** A key held by more quotes than this joins nothing (the desktop capped its stems at this before decision 0019). */
    static final int COMMON_KEY = 200;

    private static final StructType EDGES = new StructType()
            .add("item", DataTypes.StringType, false).add("article", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false);

    private static final StructType LABELS = new StructType()
            .add("item", DataTypes.StringType, false).add("label", DataTypes.StringType, false);

    private static final StructType CLUSTERS = new StructType()
            .add("article", DataTypes.StringType, false).add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false).add("clusters", DataTypes.StringType, false);

    /** Blocks and their sizes, for the progress log. */
    record Result(List<QuoteCluster> clusters, long blocks, long largestBlock) {
    }

    private QuoteBlocks() {
    }

    /** {@code docs}: name, id, doc (with quotes). */
    static Result cluster(Dataset<Row> docs) {
        Dataset<Row> edges = docs.flatMap((FlatMapFunction<Row, Row>) r -> keys(Docs.read(r.getAs("doc"))),
                Encoders.row(EDGES)).persist(StorageLevel.MEMORY_AND_DISK());
        var pairs = edges.select("item", "key").javaRDD().map(r -> new Tuple2<>(r.getString(0), r.getString(1)));
        var labelled = new ConnectedComponents(COMMON_KEY).of(pairs)
                .map(p -> RowFactory.create(p._1(), p._2()));
        Dataset<Row> labels = docs.sparkSession().createDataFrame(labelled, LABELS);
        Dataset<Row> blocks = edges.select("item", "article").distinct().join(labels, "item");
        Dataset<Row> worth = blocks.groupBy("label").agg(countDistinct("article").as("articles"))
                .filter(col("articles").geq(2)).select("label");
        Dataset<Row> members = blocks.join(worth, "label").persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> sizes = members.groupBy("label").count().select("count").collectAsList();
        Dataset<Row> blockDocs = members.select("label", "article").distinct()
                .join(docs.withColumnRenamed("id", "article"), "article")
                .join(members.groupBy("label").agg(org.apache.spark.sql.functions.collect_set("item").as("items")),
                        "label");
        Dataset<Row> found = blockDocs.groupByKey((MapFunction<Row, String>) r -> r.getAs("label"), Encoders.STRING())
                .flatMapGroups((org.apache.spark.api.java.function.FlatMapGroupsFunction<String, Row, Row>)
                        (label, rows) -> clusterBlock(rows), Encoders.row(CLUSTERS));
        List<Row> rows = found.collectAsList();
        List<Map.Entry<Span, QuoteCluster>> all = new ArrayList<>();
        ModelJson json = new ModelJson();
        for (Row r : rows) {
            try {
                QuoteCluster qc = json.fromJson(r.getString(3)).quoteClusters().get(0);
                all.add(Map.entry(new Span(r.getString(0), r.getInt(1), r.getInt(2)), qc));
            } catch (ModelFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        all.sort(Map.Entry.comparingByKey());
        List<QuoteCluster> out = new ArrayList<>();
        for (Map.Entry<Span, QuoteCluster> e : all) {
            QuoteCluster qc = e.getValue();
            out.add(new QuoteCluster("qc-" + (out.size() + 1), qc.speaker(), qc.members()));
        }
        long largest = sizes.stream().mapToLong(r -> r.getLong(0)).max().orElse(0);
        edges.unpersist();
        members.unpersist();
        return new Result(out, sizes.size(), largest);
    }

    /** One block's articles (each row: one article with the block's quote ids) clustered as the desktop does. */
    private static Iterator<Row> clusterBlock(Iterator<Row> rows) {
        List<Docs.Doc> docs = new ArrayList<>();
        Set<String> items = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            Docs.Doc d = Docs.read(r.getAs("doc"));
            docs.add(d);
            names.put(d.article().id(), r.getAs("name"));
            items.addAll(r.getList(r.fieldIndex("items")));
        }
        docs.sort(Comparator.comparing(d -> names.get(d.article().id())));
        List<Quote> quotes = new ArrayList<>();
        Map<String, Article> articles = new HashMap<>();
        Map<String, Quote> byId = new HashMap<>();
        for (Docs.Doc d : docs) {
            articles.put(d.article().id(), d.article());
            d.quotes().stream().filter(q -> items.contains(q.id())).forEach(q -> {
                quotes.add(q);
                byId.put(q.id(), q);
            });
        }
        ModelJson json = new ModelJson();
        List<Row> out = new ArrayList<>();
        for (QuoteCluster qc : new QuoteClusterer().cluster(quotes, articles)) {
            Span ref = byId.get(qc.members().get(0).quoteId()).span();
            out.add(RowFactory.create(ref.articleId(), ref.start(), ref.end(),
                    json.toJson(Corpus.EMPTY.withQuoteClusters(List.of(qc)))));
        }
        return out.iterator();
    }

    /** A document's quotes with their blocking keys: word trigrams ("w:"), the speaker's surname with a word ("s:"). */
    static Iterator<Row> keys(Docs.Doc doc) {
        List<Row> out = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            String[] words = Accents.strip(q.text()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            List<String> w = new ArrayList<>();
            for (String s : words) {
                if (!s.isEmpty()) {
                    w.add(s);
                }
            }
            int n = Math.min(3, w.size());
            for (int i = 0; n >= 2 && i + n <= w.size(); i++) {
                out.add(RowFactory.create(q.id(), q.articleId(), "w:" + String.join(" ", w.subList(i, i + n))));
            }
            String[] name = q.speaker() == null ? new String[0]
                    : Accents.strip(q.speaker().name()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            if (name.length > 0) { // a name of no letters or digits ("—") has no surname to block by
                String surname = name[name.length - 1];
                new java.util.LinkedHashSet<>(w).forEach(word ->
                        out.add(RowFactory.create(q.id(), q.articleId(), "s:" + surname + ":" + word)));
            }
        }
        return out.iterator();
    }
}
