package org.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
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
import org.parallax.compare.quote.QuoteWords;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.store.ModelFormatException;
import org.parallax.store.ModelJson;
import org.parallax.text.Accents;

/**
 * Quote clusters over a corpus no machine holds whole. Blocking: each quote's utterance (its speaker's name and its
 * words; wire copies are one utterance) is keyed once: its word trigrams (a copy, near-verbatim or with a long common
 * run, shares some) and each of its content words' classes with its speaker's surname (every rule for quotes of one
 * person, a paraphrase, a translation or a partial quote, needs speakers that may be one person, so end in the same
 * word, and a content word or class in common); a key held by more than {@link #COMMON_KEY} quotes is dropped, so one
 * common word does not make the corpus one block. Utterances that share a kept key, directly or through others, form a
 * block ({@link ConnectedComponents}); one that shares none is a block of its own, so the copies of a quote that
 * hundreds of outlets carry still cluster. Each block is clustered by the desktop's own {@link QuoteClusterer} (the same links, partial
 * quotes and verdicts), and the clusters are numbered as the desktop numbers them, by their reference's position.
 *
 * <p>Where it can differ from the desktop: a copy link (whoever the speakers) between quotes with no word trigram in
 * common is never proposed, nor one whose only shared keys are each held by more than {@link #COMMON_KEY} quotes (the
 * desktop's blocking drops no common word: decision 0019).
 */
final class QuoteBlocks {

    /**
     * A key held by more quotes than this joins nothing (the desktop capped its stems at this before decision 0019).
     * Counted in quotes, not distinct utterances: keys that many stories share (a common trigram, a frequent speaker's
     * common word) chained a generated corpus of 4,000 articles into one block of 27,859 quotes, one task's work.
     */
    static final int COMMON_KEY = 200;

    /** One row a quote: its utterance (speaker and words, as a number) and the utterance's blocking keys. */
    private static final StructType QUOTE_KEYS = new StructType()
            .add("item", DataTypes.StringType, false).add("article", DataTypes.StringType, false)
            .add("utterance", DataTypes.LongType, false)
            .add("keys", DataTypes.createArrayType(DataTypes.LongType, false), false);

    /** An article with only its quotes (no dates, figures or claims): what a block's clustering reads. */
    private static final StructType QUOTED = new StructType()
            .add("article", DataTypes.StringType, false).add("name", DataTypes.StringType, false)
            .add("doc", DataTypes.StringType, false);

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
        Dataset<Row> quotes = docs.flatMap((FlatMapFunction<Row, Row>) r -> keys(Docs.read(r.getAs("doc"))),
                Encoders.row(QUOTE_KEYS)).persist(StorageLevel.MEMORY_AND_DISK());
        // equal quotes (wire copies) have equal keys: their utterance is keyed once, its copies counted against the cap
        Dataset<Row> edges = quotes.groupBy("utterance").agg(first("keys").as("keys"), count("item").as("weight"))
                .select(col("utterance").as("item"), explode(col("keys")).as("key"), col("weight")).distinct();
        Dataset<Row> labels = new ConnectedComponents(COMMON_KEY).of(edges).withColumnRenamed("item", "utterance");
        // an utterance sharing no kept key with another is a block of its own: its copies may still cluster
        Dataset<Row> blocks = quotes.join(labels, quotes.col("utterance").equalTo(labels.col("utterance")), "left")
                .select(coalesce(labels.col("label"), quotes.col("utterance")).as("label"), col("item"),
                        col("article"));
        Dataset<Row> worth = blocks.groupBy("label").agg(countDistinct("article").as("articles"))
                .filter(col("articles").geq(2)).select("label");
        Dataset<Row> members = blocks.join(worth, "label").persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> sizes = members.groupBy("label").count().select("count").collectAsList();
        Dataset<Row> quoted = docs.map((MapFunction<Row, Row>) r -> quotedOnly(r), Encoders.row(QUOTED));
        Dataset<Row> blockDocs = members.groupBy("label", "article").agg(collect_set("item").as("items"))
                .join(quoted, "article");
        Dataset<Row> found = blockDocs.groupByKey((MapFunction<Row, Long>) r -> r.getAs("label"), Encoders.LONG())
                .flatMapGroups((org.apache.spark.api.java.function.FlatMapGroupsFunction<Long, Row, Row>)
                        (label, rows) -> clusterBlock(rows), Encoders.row(CLUSTERS));
        List<QuoteCluster> out = numbered(found.collectAsList());
        long largest = sizes.stream().mapToLong(r -> r.getLong(0)).max().orElse(0);
        quotes.unpersist();
        members.unpersist();
        return new Result(out, sizes.size(), largest);
    }

    /** A document row as its article and quotes alone. */
    private static Row quotedOnly(Row r) {
        Docs.Doc d = Docs.read(r.getAs("doc"));
        return RowFactory.create(d.article().id(), r.getAs("name"),
                Docs.write(new Docs.Doc(d.article(), List.of(), d.quotes(), List.of())));
    }

    /** The blocks' clusters, numbered as the desktop numbers them: by their reference's position. */
    private static List<QuoteCluster> numbered(List<Row> rows) {
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
        return out;
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

    /**
     * A document's quotes, each with its utterance (its speaker's name and its words) and that utterance's blocking
     * keys: word trigrams ("w:"), the speaker's surname with a content word's class ("s:"), as 64-bit hashes (a collision only joins
     * two blocks, which the desktop's clusterer then sorts out).
     */
    static Iterator<Row> keys(Docs.Doc doc) {
        List<Row> out = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            List<String> w = words(q.text());
            String[] name = q.speaker() == null ? new String[0] : Accents.strip(q.speaker().name())
                    .toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            Set<Long> keys = new LinkedHashSet<>();
            int n = Math.min(3, w.size());
            for (int i = 0; n >= 2 && i + n <= w.size(); i++) {
                keys.add(hash("w:" + String.join(" ", w.subList(i, i + n))));
            }
            if (name.length > 0) { // a name of no letters or digits ("—") has no surname to block by
                String surname = name[name.length - 1];
                // every rule for one person's quotes needs a content word (class) in common: stop words key nothing
                QuoteWords.of(q.text()).content().forEach(c -> keys.add(hash("s:" + surname + ":" + c)));
            }
            long utterance = hash(String.join(" ", name) + "\u0000" + String.join(" ", w));
            out.add(RowFactory.create(q.id(), q.articleId(), utterance, keys.toArray(Long[]::new)));
        }
        return out.iterator();
    }

    private static List<String> words(String text) {
        List<String> w = new ArrayList<>();
        for (String s : Accents.strip(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        return w;
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
