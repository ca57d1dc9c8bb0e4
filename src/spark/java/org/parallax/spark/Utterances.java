package org.parallax.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.compare.quote.Attribution;
import org.parallax.compare.quote.QuoteClusterer;
import org.parallax.compare.quote.QuoteWords;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;

/**
 * Each quote as the desktop's clusterer sees it, keyed by its utterance: a core quote (not partial, at least
 * {@value QuoteClusterer#MIN_CORE_WORDS} words) by its speaker key, whether it is direct, and its words (the desktop's
 * own unit of comparison, so wire copies are compared once); a partial quote (at least
 * {@value QuoteClusterer#MIN_PARTIAL_WORDS} words, a content word) by its speaker key and words, with the content
 * classes of the sentences it stands in (what attaching it reads). Quotes the clusterer ignores key nothing.
 */
final class Utterances {

    /** One row a quote: its utterance (as a number) and what the link rules read of it. */
    static final StructType QUOTES = new StructType()
            .add("item", DataTypes.StringType, false).add("article", DataTypes.StringType, false)
            .add("utterance", DataTypes.LongType, false).add("keyed", DataTypes.BooleanType, false)
            .add("who", DataTypes.StringType, true).add("partial", DataTypes.BooleanType, false)
            .add("direct", DataTypes.BooleanType, false).add("text", DataTypes.StringType, false)
            .add("context", DataTypes.createArrayType(DataTypes.StringType, false), false);

    private Utterances() {
    }

    /** A document's quotes as {@link #QUOTES} rows. */
    static Iterator<Row> of(Docs.Doc doc) {
        List<Row> out = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            QuoteWords w = QuoteWords.of(q.text());
            String who = Attribution.key(q.speaker());
            who = who == null || who.isEmpty() ? null : who;
            boolean partial = q.kind() == QuoteKind.PARTIAL;
            boolean direct = q.kind() == QuoteKind.DIRECT;
            boolean keyed = partial ? w.size() >= QuoteClusterer.MIN_PARTIAL_WORDS && !w.content().isEmpty()
                    : w.size() >= QuoteClusterer.MIN_CORE_WORDS;
            Set<String> context = new LinkedHashSet<>();
            if (partial && keyed) {
                context.addAll(QuoteWords.of(QuoteClusterer.sentenceAround(q, doc.article())).content());
            }
            long utterance = QuoteBlocks.hash((partial ? "p" : direct ? "d" : "i") + "\u0000" + who + "\u0000"
                    + String.join(" ", w.words()));
            out.add(RowFactory.create(q.id(), q.articleId(), utterance, keyed, who, partial, direct, q.text(),
                    context.toArray(String[]::new)));
        }
        return out.iterator();
    }

    /** What the link rules read of an utterance (one row of the utterance table). */
    record Said(String who, boolean partial, boolean direct, QuoteWords words, String article, Set<String> context) {

        /** The surname a speaker key ends in, {@code null} for none. */
        String surname() {
            return who == null ? null : who.substring(who.lastIndexOf(' ') + 1);
        }

        /** Whether every quote of both stands in one and the same article: no link joins them. */
        boolean inOneArticleWith(Said other) {
            return article != null && article.equals(other.article);
        }

        /** Reads the fields {@code prefix}who, partial, direct, text, article, context of {@code r}. */
        static Said of(Row r, String prefix) {
            List<String> context = r.getList(r.fieldIndex(prefix + "context"));
            return new Said(r.getAs(prefix + "who"), r.getAs(prefix + "partial"), r.getAs(prefix + "direct"),
                    QuoteWords.of(r.getAs(prefix + "text")), r.getAs(prefix + "article"), Set.copyOf(context));
        }
    }
}
