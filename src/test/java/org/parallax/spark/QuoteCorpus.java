package org.parallax.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerFrom;

/** Articles made of direct quotes ("“words,” said Name."), as the quote clustering reads them, with no extraction. */
final class QuoteCorpus {

    private static final StructType DOCS = new StructType().add("name", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false).add("doc", DataTypes.StringType, false);

    private final List<Docs.Doc> docs = new ArrayList<>();

    /** An article {@code id} quoting each speaker, in turn, with the words that follow it. */
    QuoteCorpus article(String id, String... speakerThenWords) {
        StringBuilder text = new StringBuilder();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i + 1 < speakerThenWords.length; i += 2) {
            text.append(text.isEmpty() ? "" : Article.PARAGRAPH_BREAK).append('\u201c');
            int at = text.length();
            String words = speakerThenWords[i + 1];
            text.append(words).append(",\u201d said ").append(speakerThenWords[i]).append('.');
            quotes.add(new Quote("q-" + id + "-" + (i / 2 + 1), new Span(id, at, at + words.length()), words,
                    new Speaker(speakerThenWords[i]), QuoteKind.DIRECT, SpeakerFrom.CUE));
        }
        Article a = new Article(id, id + ".txt", Outlet.of("Outlet " + id), "", null, DateSource.UNKNOWN, "",
                text.toString(), List.of());
        docs.add(new Docs.Doc(a, List.of(), quotes, List.of()));
        return this;
    }

    /** As the desktop holds it. */
    Corpus corpus() {
        return Docs.corpus(docs);
    }

    /** As the job's quote stage hands it on: name, id, doc. */
    Dataset<Row> rows(SparkSession spark) {
        List<Row> rows = docs.stream().map(d -> RowFactory.create(d.article().file(), d.article().id(),
                Docs.write(d))).toList();
        return spark.createDataFrame(rows, DOCS);
    }
}
