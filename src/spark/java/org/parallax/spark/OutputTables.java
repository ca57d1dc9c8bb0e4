package org.parallax.spark;

import java.io.Serializable;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Event;
import org.parallax.model.JsonNamed;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.model.TimeMention;
import org.parallax.model.Variant;

/**
 * The job's Parquet tables, one folder each under the output folder, with the model JSON's field names: the per-article
 * tables (articles, timexes, quotes, claims, rejects) written by the executors from the documents, the corpus-wide ones
 * (events, event_mentions, stories, quote_clusters, quote_cluster_members) from the job's events, stories and quote
 * clusters (rows per event and cluster, no document).
 */
final class OutputTables {

    private static final StructType ARTICLES = new StructType().add("id", DataTypes.StringType)
            .add("file", DataTypes.StringType).add("outlet", DataTypes.StringType).add("title", DataTypes.StringType)
            .add("published", DataTypes.DateType).add("publishedFrom", DataTypes.StringType)
            .add("url", DataTypes.StringType).add("text", DataTypes.StringType);
    private static final StructType TIMEXES = spanned(new StructType()).add("text", DataTypes.StringType)
            .add("type", DataTypes.StringType).add("value", DataTypes.StringType);
    private static final StructType QUOTES = spanned(new StructType().add("id", DataTypes.StringType))
            .add("text", DataTypes.StringType).add("speaker", DataTypes.StringType).add("kind", DataTypes.StringType);
    private static final StructType CLAIMS = spanned(new StructType().add("id", DataTypes.StringType))
            .add("text", DataTypes.StringType).add("value", DataTypes.StringType)
            .add("valueMax", DataTypes.StringType).add("unit", DataTypes.StringType);
    private static final StructType EVENTS = new StructType().add("id", DataTypes.StringType)
            .add("label", DataTypes.StringType).add("date", DataTypes.StringType).add("story", DataTypes.StringType)
            .add("background", DataTypes.BooleanType);
    private static final StructType MENTIONS = spanned(new StructType().add("event", DataTypes.StringType));
    private static final StructType STORIES = new StructType().add("id", DataTypes.StringType)
            .add("label", DataTypes.StringType).add("start", DataTypes.StringType).add("end", DataTypes.StringType);
    private static final StructType CLUSTERS = new StructType().add("id", DataTypes.StringType)
            .add("speaker", DataTypes.StringType).add("members", DataTypes.IntegerType);
    private static final StructType MEMBERS = new StructType().add("cluster", DataTypes.StringType)
            .add("quote", DataTypes.StringType).add("verdict", DataTypes.StringType)
            .add("speaker", DataTypes.StringType).add("speakerInherited", DataTypes.BooleanType);

    private OutputTables() {
    }

    private static StructType spanned(StructType before) {
        return before.add("article", DataTypes.StringType).add("start", DataTypes.IntegerType)
                .add("end", DataTypes.IntegerType);
    }

    static void write(SparkSession spark, SparkPipeline.Result r, String out) {
        perArticle(r.docs(), ARTICLES, d -> List.of(article(d.article()))).write().mode(SaveMode.Overwrite)
                .parquet(out + "/articles");
        perArticle(r.docs(), TIMEXES, d -> d.timexes().stream().map(OutputTables::timex).toList())
                .write().mode(SaveMode.Overwrite).parquet(out + "/timexes");
        perArticle(r.docs(), QUOTES, d -> d.quotes().stream().map(OutputTables::quote).toList())
                .write().mode(SaveMode.Overwrite).parquet(out + "/quotes");
        perArticle(r.docs(), CLAIMS, d -> d.claims().stream().map(OutputTables::claim).toList())
                .write().mode(SaveMode.Overwrite).parquet(out + "/claims");
        r.rejects().write().mode(SaveMode.Overwrite).parquet(out + "/rejects");
        table(spark, EVENTS, r.events().stream().map(e -> RowFactory.create(e.id(), e.label(), e.date(), e.storyId(),
                e.background())).toList(), out + "/events");
        List<Row> mentions = new ArrayList<>();
        for (Event e : r.events()) {
            e.mentions().forEach(m -> mentions.add(RowFactory.create(e.id(), m.articleId(), m.start(), m.end())));
        }
        table(spark, MENTIONS, mentions, out + "/event_mentions");
        table(spark, STORIES, r.stories().stream().map(OutputTables::story).toList(), out + "/stories");
        table(spark, CLUSTERS, r.quoteClusters().stream().map(q -> RowFactory.create(q.id(), name(q.speaker()),
                q.members().size())).toList(), out + "/quote_clusters");
        List<Row> members = new ArrayList<>();
        for (QuoteCluster q : r.quoteClusters()) {
            for (Variant v : q.members()) {
                members.add(RowFactory.create(q.id(), v.quoteId(), json(v.verdict()), name(v.speaker()),
                        v.speakerInherited()));
            }
        }
        table(spark, MEMBERS, members, out + "/quote_cluster_members");
    }

    /** The rows one document gives a table; Serializable, as it runs on the executors. */
    private interface RowsOf extends Serializable {
        List<Row> of(Docs.Doc doc);
    }

    private static Dataset<Row> perArticle(Dataset<Row> docs, StructType schema, RowsOf rows) {
        return docs.flatMap((FlatMapFunction<Row, Row>) r -> rows.of(Docs.read(r.getAs("doc"))).iterator(),
                Encoders.row(schema));
    }

    private static void table(SparkSession spark, StructType schema, List<Row> rows, String path) {
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
    }

    private static Row article(Article a) {
        return RowFactory.create(a.id(), a.file(), a.outlet().name(), a.title(),
                a.published() == null ? null : Date.valueOf(a.published()), json(a.publishedFrom()), a.url(), a.text());
    }

    private static Row timex(TimeMention t) {
        Span s = t.span();
        return RowFactory.create(s.articleId(), s.start(), s.end(), t.text(), t.type().name(), t.value());
    }

    private static Row quote(Quote q) {
        Span s = q.span();
        return RowFactory.create(q.id(), s.articleId(), s.start(), s.end(), q.text(), name(q.speaker()),
                json(q.kind()));
    }

    private static Row claim(Claim c) {
        Span s = c.span();
        return RowFactory.create(c.id(), s.articleId(), s.start(), s.end(), c.text(), plain(c.value()),
                plain(c.valueMax()), c.unit());
    }

    private static Row story(Story s) {
        return RowFactory.create(s.id(), s.label(), s.start(), s.end());
    }

    private static String name(Speaker s) {
        return s == null ? null : s.name();
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static String json(Object value) {
        return value instanceof JsonNamed n ? n.jsonName() : value == null ? null : value.toString();
    }
}
