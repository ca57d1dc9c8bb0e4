package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.chart.coverage.CoverageData;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.testing.SampleCorpus;

/** The CSV tables of the bundled corpus, read back with Commons CSV: the model's counts, values and joining ids. */
class CsvTableTest {

    private static List<CSVRecord> read(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @ParameterizedTest
    @EnumSource(CsvTable.class)
    void everyTableReadsBackWithItsHeaderAndOneRowPerThing(CsvTable table) throws IOException {
        Corpus corpus = SampleCorpus.get();
        String csv = table.text(corpus);
        assertThat(csv.lines().findFirst()).contains(String.join(",", table.header()));
        List<CSVRecord> rows = read(csv);
        int expected = switch (table) {
            case ARTICLES -> corpus.articles().size();
            case EVENTS -> corpus.events().stream().mapToInt(e -> e.mentions().size()).sum();
            case QUOTES -> corpus.quoteClusters().stream().mapToInt(c -> c.members().size()).sum();
            case FIGURES -> corpus.claims().size();
            case COVERAGE -> {
                CoverageData d = CoverageData.of(corpus);
                int n = 0;
                for (int r = 0; r < d.rows().size(); r++) {
                    for (int c = 0; c < d.outlets().size(); c++) {
                        n += d.cell(r, c).isPresent() ? 1 : 0;
                    }
                }
                yield n;
            }
        };
        assertThat(rows).hasSize(expected).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(table.header().size()));
    }

    @Test
    void idsJoinAcrossTablesAndValuesAreTheModels() throws IOException {
        Corpus corpus = SampleCorpus.get();
        Set<String> articleIds = new HashSet<>();
        read(CsvTable.ARTICLES.text(corpus)).forEach(r -> articleIds.add(r.get("article_id")));
        for (CsvTable t : List.of(CsvTable.EVENTS, CsvTable.QUOTES, CsvTable.FIGURES, CsvTable.COVERAGE)) {
            read(t.text(corpus)).forEach(r -> assertThat(articleIds).contains(r.get("article_id")));
        }
        Event first = corpus.events().get(0);
        CSVRecord event = read(CsvTable.EVENTS.text(corpus)).get(0);
        assertThat(event.get("event_id")).isEqualTo(first.id());
        assertThat(event.get("date")).isEqualTo(first.date());
        assertThat(event.get("label")).isEqualTo(first.label());
        Article a = corpus.article(event.get("article_id")).orElseThrow();
        assertThat(event.get("sentence")).isEqualTo(a.textOf(first.mentions().get(0)).strip());
        QuoteCluster cluster = corpus.quoteClusters().get(0);
        CSVRecord quote = read(CsvTable.QUOTES.text(corpus)).get(0);
        assertThat(quote.get("cluster_id")).isEqualTo(cluster.id());
        assertThat(quote.get("quote_id")).isEqualTo(cluster.members().get(0).quoteId());
        assertThat(read(CsvTable.ARTICLES.text(corpus)).get(0).get("published")).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void textWithCommasQuotesAndLineBreaksSurvivesTheRoundTrip(@TempDir Path dir) throws IOException {
        String text = "He said, \"no\"\nand left; naïve café.";
        Article a = new Article("a,1", "a.txt", Outlet.of("The \"Post\""), "Title, with comma",
                LocalDate.of(2020, 6, 1), DateSource.MANIFEST, "", text, null);
        Corpus c = Corpus.of(List.of(a)).withEvents(List.of(new Event("e1", "Label, \"quoted\"", "2020-06-01", null,
                List.of(new Span("a,1", 0, text.length())))));
        Path file = dir.resolve("events.csv");
        assertThat(CsvTable.EVENTS.write(c, file)).isEqualTo(1);
        CSVRecord row = read(Files.readString(file, StandardCharsets.UTF_8)).get(0);
        assertThat(row.get("sentence")).isEqualTo(text);
        assertThat(row.get("label")).isEqualTo("Label, \"quoted\"");
        assertThat(row.get("outlet")).isEqualTo("The \"Post\"");
        assertThat(row.get("article_id")).isEqualTo("a,1");
        assertThat(Files.readString(file)).contains("\r\n");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(CsvTable.inert("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvTable.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.inert("-3 percent")).isEqualTo("-3 percent");
        assertThat(CsvTable.inert("Assad visits Moscow")).isEqualTo("Assad visits Moscow");
        assertThat(CsvTable.inert(42)).isEqualTo(42);
    }
}
