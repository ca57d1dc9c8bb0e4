package org.parallax.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.compare.event.CandidateFinder;
import org.parallax.extract.Extraction;
import org.parallax.extract.quote.CorpusNames;
import org.parallax.extract.quote.QuoteExtractor;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.ArticleRecords;
import org.parallax.load.LoadWarning;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.text.AnalysedText;
import org.parallax.text.TextAnalyser;

/**
 * The per-article work, as functions of one partition of rows: read and clean (the load package's readers), settle
 * outlet and date (extract.source), tag dates and figures (the article extractors), the person registry's two
 * passes and the quotes (extract.quote through {@link CorpusNames}), and the events' statements (compare.event's
 * {@link CandidateFinder}, one article at a time). Each function builds its own extractors, so
 * nothing but rows crosses between machines.
 */
final class PerArticle {

    /** After reading and the article extractors: a document, or the reason there is none (a reject). */
    static final StructType READ = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("doc", DataTypes.StringType, true)
            .add("capitals", DataTypes.BinaryType, true)
            .add("reason", DataTypes.StringType, true);

    static final StructType TAUGHT = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("taught", DataTypes.BinaryType, false);

    static final StructType DOCS = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("doc", DataTypes.StringType, false);

    /** A document with its quotes, and the events' statements found in it ({@link Statements}). */
    static final StructType QUOTED = Statements.addColumns(DOCS);

    private PerArticle() {
    }

    /** Sources to documents with their timexes and claims, and each article's first registry pass. */
    static Iterator<Row> read(Iterator<Row> sources, Map<String, ArticleRecords.Given> manifest) {
        List<Row> out = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (sources.hasNext()) {
            Row r = sources.next();
            String name = r.getAs("name");
            String id = r.getAs("id");
            ArticleRecords.Read read = read(r, name, id, manifest);
            if (read.article().isEmpty()) {
                out.add(RowFactory.create(name, id, null, null, reason(read.warnings())));
            } else {
                articles.add(read.article().get());
                names.add(name);
            }
        }
        // relative dates resolve against the publication date, so outlets and dates are settled first
        Corpus inferred = new SourceInference().infer(Corpus.of(articles));
        Extraction extraction = Extraction.standard();
        TextAnalyser analyser = TextAnalyser.shared();
        for (int i = 0; i < inferred.articles().size(); i++) {
            Article a = inferred.articles().get(i);
            AnalysedText text = analyser.analyse(a.text());
            Extraction.Findings f = extraction.extract(a, text);
            String doc = Docs.write(new Docs.Doc(a, f.timexes(), List.of(), f.claims()));
            out.add(RowFactory.create(names.get(i), a.id(), doc, Docs.bytes(CorpusNames.capitals(a, text)), null));
        }
        return out.iterator();
    }

    private static ArticleRecords.Read read(Row r, String name, String id, Map<String, ArticleRecords.Given> manifest) {
        try {
            Long oversize = r.getAs("oversize");
            if (oversize != null) {
                return ArticleRecords.tooLarge(name, oversize);
            }
            byte[] bytes = r.getAs("bytes");
            if (bytes != null) {
                return ArticleRecords.file(id, name, bytes, Optional.ofNullable(manifest.get(name)));
            }
            Map<String, String> fields = new HashMap<>();
            fields.put("maintext", r.getAs("text"));
            fields.put("title", r.getAs("title"));
            fields.put("url", r.getAs("url"));
            fields.put("date_publish", r.getAs("published"));
            fields.put("source_domain", r.getAs("outlet"));
            return ArticleRecords.newsPlease(id, name, fields);
        } catch (RuntimeException e) {
            return ArticleRecords.unreadable(name, e);
        }
    }

    private static String reason(List<LoadWarning> warnings) {
        return warnings.isEmpty() ? "no article" : warnings.stream().map(LoadWarning::message)
                .collect(Collectors.joining("; "));
    }

    /** The registry's second pass over each document: the names it teaches, given the corpus' first pass. */
    static Iterator<Row> taught(Iterator<Row> docs, CorpusNames.FirstPass corpus) {
        TextAnalyser analyser = TextAnalyser.shared();
        List<Row> out = new ArrayList<>();
        docs.forEachRemaining(r -> {
            Article a = Docs.read(r.getAs("doc")).article();
            CorpusNames.Taught t = corpus.taught(a, analyser.analyse(a.text()));
            out.add(RowFactory.create(r.getAs("name"), Docs.bytes(t)));
        });
        return out.iterator();
    }

    /**
     * Each document with its quotes, their speakers resolved by the corpus' registry, and the events' statements
     * found in it: they depend on the article, its dates and its quotes alone, so the driver only clusters them.
     */
    static Iterator<Row> quotes(Iterator<Row> docs, CorpusNames names) {
        TextAnalyser analyser = TextAnalyser.shared();
        QuoteExtractor quotes = new QuoteExtractor();
        CandidateFinder statements = new CandidateFinder();
        List<Row> out = new ArrayList<>();
        docs.forEachRemaining(r -> {
            Docs.Doc d = Docs.read(r.getAs("doc"));
            Article a = d.article();
            Docs.Doc quoted = d.withQuotes(quotes.extract(a, analyser.analyse(a.text()), names));
            CandidateFinder.Found found = statements.findAll(quoted.corpus(), true);
            out.add(RowFactory.create(r.getAs("name"), r.getAs("id"), Docs.write(quoted), Statements.dated(found),
                    Statements.undated(found)));
        });
        return out.iterator();
    }
}
