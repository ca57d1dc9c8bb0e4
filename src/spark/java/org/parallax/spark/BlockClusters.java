package org.parallax.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.compare.quote.QuoteClusterer;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.store.ModelFormatException;
import org.parallax.store.ModelJson;

/**
 * One block's quotes clustered by the desktop's own {@link QuoteClusterer} (the same links, partial quotes and
 * verdicts), on the block's quotes and their articles (text and quotes only), in the corpus' order; and all blocks'
 * clusters numbered as the desktop numbers them, by their reference's position.
 */
final class BlockClusters {

    /** An article with only its quotes (no dates, figures or claims): what a block's clustering reads. */
    static final StructType QUOTED = new StructType()
            .add("article", DataTypes.StringType, false).add("name", DataTypes.StringType, false)
            .add("doc", DataTypes.StringType, false);

    static final StructType CLUSTERS = new StructType()
            .add("article", DataTypes.StringType, false).add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false).add("clusters", DataTypes.StringType, false);

    private BlockClusters() {
    }

    /** A document row as its article and quotes alone. */
    static Row quotedOnly(Row r) {
        Docs.Doc d = Docs.read(r.getAs("doc"));
        return RowFactory.create(d.article().id(), r.getAs("name"),
                Docs.write(new Docs.Doc(d.article(), List.of(), d.quotes(), List.of())));
    }

    /** The blocks' clusters, numbered as the desktop numbers them: by their reference's position. */
    static List<QuoteCluster> numbered(List<Row> rows) {
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
    static Iterator<Row> clusterBlock(Iterator<Row> rows) {
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
}
