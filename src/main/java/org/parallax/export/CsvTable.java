package org.parallax.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.chart.coverage.CoverageData;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.model.Variant;
import org.parallax.store.AtomicFiles;

/**
 * The tables a spreadsheet or Datawrapper reads: one CSV per kind of thing (Apache Commons CSV, RFC 4180 quoting,
 * UTF-8, a header row, ISO dates), one row per thing, with ids that join across tables ({@code article_id},
 * {@code event_id}, {@code quote_id}). An event is one row per article sentence that reports it, a quote cluster
 * one row per outlet's version, coverage one row per event and outlet with the reporting lag.
 */
public enum CsvTable {

    ARTICLES("articles", "article_id", "outlet", "title", "published", "published_from", "url", "file"),
    EVENTS("events", "event_id", "date", "end_date", "label", "background", "story_id", "story", "article_id",
            "outlet", "published", "sentence", "start", "end"),
    QUOTES("quotes", "cluster_id", "quote_id", "verdict", "speaker", "speaker_inherited", "cluster_speaker",
            "article_id", "outlet", "published", "text", "start", "end"),
    FIGURES("figures", "figure_id", "article_id", "outlet", "published", "kind", "qualifier", "value", "value_max",
            "unit", "subject", "text", "start", "end"),
    COVERAGE("coverage", "event_id", "date", "label", "background", "outlet", "article_id", "published",
            "lag_days", "first");

    /** RFC 4180: comma, double quotes where needed, CRLF line ends, a header row. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final String id;
    private final String[] header;

    CsvTable(String id, String... header) {
        this.id = id;
        this.header = header;
    }

    /** The table's name on the command line and in file names: "events". */
    public String id() {
        return id;
    }

    public List<String> header() {
        return List.of(header);
    }

    public static Optional<CsvTable> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The rows of {@code corpus}, each as long as the header. */
    public List<List<Object>> rows(Corpus corpus) {
        Map<String, Article> articles = corpus.articlesById();
        return switch (this) {
            case ARTICLES -> corpus.articles().stream().map(a -> List.<Object>of(a.id(), a.outlet().name(), a.title(),
                    iso(a.published()), a.publishedFrom().jsonName(), a.url(), a.file())).toList();
            case EVENTS -> events(corpus, articles);
            case QUOTES -> quotes(corpus, articles);
            case FIGURES -> corpus.claims().stream().map(c -> figure(c, articles)).toList();
            case COVERAGE -> coverage(corpus, articles);
        };
    }

    /**
     * Writes the table as CSV to {@code out} and flushes it, leaving it open (it is the caller's); returns the number
     * of rows below the header.
     */
    public int write(Corpus corpus, Writer out) throws IOException {
        List<List<Object>> rows = rows(corpus);
        CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(header).get());
        for (List<Object> row : rows) {
            printer.printRecord(row.stream().map(CsvTable::inert).toList());
        }
        printer.flush();
        return rows.size();
    }

    /**
     * Writes the table to {@code file} as UTF-8, safely ({@link AtomicFiles}): a failed write leaves the old file
     * whole. Returns the number of rows below the header.
     */
    public int write(Corpus corpus, Path file) throws IOException {
        int[] rows = {0};
        AtomicFiles.write(file, out -> rows[0] = write(corpus, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return rows[0];
    }

    /** The table as CSV text. */
    public String text(Corpus corpus) {
        StringWriter out = new StringWriter();
        try {
            write(corpus, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<List<Object>> events(Corpus corpus, Map<String, Article> articles) {
        Map<String, String> stories = new HashMap<>();
        corpus.stories().forEach(s -> stories.put(s.id(), s.label()));
        List<List<Object>> rows = new ArrayList<>();
        for (Event e : corpus.events()) {
            for (Span s : e.mentions()) {
                Article a = articles.get(s.articleId());
                rows.add(List.of(e.id(), e.date(), orEmpty(e.end()), e.label(), e.background(), orEmpty(e.storyId()),
                        e.storyId() == null ? "" : stories.getOrDefault(e.storyId(), ""), s.articleId(),
                        outlet(a), published(a), a == null ? "" : a.textOf(s).strip(), s.start(), s.end()));
            }
        }
        return rows;
    }

    private static List<List<Object>> quotes(Corpus corpus, Map<String, Article> articles) {
        Map<String, Quote> byId = new HashMap<>();
        corpus.quotes().forEach(q -> byId.put(q.id(), q));
        List<List<Object>> rows = new ArrayList<>();
        for (QuoteCluster c : corpus.quoteClusters()) {
            for (Variant v : c.members()) {
                Quote q = byId.get(v.quoteId());
                if (q == null) {
                    continue;
                }
                Article a = articles.get(q.span().articleId());
                rows.add(List.of(c.id(), q.id(), v.verdict().jsonName(), v.speaker() == null ? "" : v.speaker().name(),
                        v.speakerInherited(), c.speaker() == null ? "" : c.speaker().name(), q.span().articleId(),
                        outlet(a), published(a), q.text(), q.span().start(), q.span().end()));
            }
        }
        return rows;
    }

    private static List<Object> figure(Claim c, Map<String, Article> articles) {
        Article a = articles.get(c.span().articleId());
        return List.of(c.id(), c.span().articleId(), outlet(a), published(a), c.kind().jsonName(), c.qualifier().jsonName(),
                c.value().toPlainString(), c.valueMax() == null ? "" : c.valueMax().toPlainString(), c.unit(),
                c.subject(), c.text(), c.span().start(), c.span().end());
    }

    private static List<List<Object>> coverage(Corpus corpus, Map<String, Article> articles) {
        CoverageData data = CoverageData.of(corpus);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < data.rows().size(); r++) {
            CoverageData.Row row = data.rows().get(r);
            for (int col = 0; col < data.outlets().size(); col++) {
                Optional<CoverageData.Cell> cell = data.cell(r, col);
                if (cell.isEmpty()) {
                    continue;
                }
                CoverageData.Cell c = cell.get();
                rows.add(List.of(row.event().id(), row.event().date(), row.event().label(), row.background(),
                        outlet(articles.get(c.articleId())), c.articleId(), iso(c.published()),
                        c.lagDays().isPresent() ? c.lagDays().getAsLong() : "", c.first()));
            }
        }
        return rows;
    }

    private static String outlet(Article a) {
        return a == null ? "" : a.outlet().name();
    }

    private static String published(Article a) {
        return a == null ? "" : iso(a.published());
    }

    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Text a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1…", "@SUM") is kept as text with a leading
     * apostrophe, as spreadsheets themselves write it; numbers, dates and ordinary text are written as they are.
     */
    static Object inert(Object value) {
        if (value instanceof String s && !s.isEmpty() && "=+@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return value;
    }
}
