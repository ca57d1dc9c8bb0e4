package org.parallax.chart.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.parallax.compare.report.ReportingLag;
import org.parallax.model.Article;
import org.parallax.model.ArticleNames;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.chart.timeline.TimelineData;

/**
 * What the coverage chart shows: the events (rows, by date), the outlets that report any of them (columns, by name; an
 * article of an unknown outlet is a column of its own), and per event and outlet the report
 * ({@link ReportingLag}): the earliest article, its first mention of the event and how many days after the first
 * report it came. Immutable.
 */
public record CoverageData(List<Row> rows, List<String> outlets, List<List<Cell>> cells, long maxLag) {

    /** An event: {@code date} is its TIMEX3 value; a background event is context, not news. */
    public record Row(Event event, String label, String date, boolean background) {
    }

    /**
     * One outlet's report of one event.
     *
     * @param lagDays days after the first report, empty when the article is undated
     */
    public record Cell(String articleId, Span mention, LocalDate published, OptionalLong lagDays) {

        public boolean first() {
            return lagDays.isPresent() && lagDays.getAsLong() == 0;
        }

        private static final java.time.format.DateTimeFormatter DAY =
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

        /** The article's date as a cell shows it, "21 Oct 2015", or "undated". */
        public String dateText() {
            return published == null ? "undated" : DAY.format(published);
        }

        /** "first", "+3 d", "undated". */
        public String lagText() {
            if (lagDays.isEmpty()) {
                return "undated";
            }
            long d = lagDays.getAsLong();
            return d == 0 ? "first" : "+" + d + " d";
        }
    }

    public static final CoverageData EMPTY = new CoverageData(List.of(), List.of(), List.of(), 0);

    public CoverageData {
        rows = List.copyOf(rows);
        outlets = List.copyOf(outlets);
        List<List<Cell>> copy = new ArrayList<>();
        for (List<Cell> r : cells) {
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        cells = List.copyOf(copy);
        if (cells.size() != rows.size()) {
            throw new IllegalArgumentException("one row of cells per event");
        }
    }

    public static CoverageData of(Corpus corpus) {
        List<Event> events = new ArrayList<>(corpus.events());
        events.sort(Comparator.comparing(Event::background).thenComparing(Event::date).thenComparing(Event::label));
        List<Map<String, Cell>> reports = new ArrayList<>();
        Map<String, Boolean> outletSet = new LinkedHashMap<>();
        Map<String, Article> articles = corpus.articlesById();
        Map<String, String> columns = new HashMap<>();
        long maxLag = 0;
        for (Event e : events) {
            Map<String, Cell> byOutlet = new LinkedHashMap<>();
            for (ReportingLag.OutletLag lag : ReportingLag.of(corpus, e)) {
                String key = columnName(lag, articles, columns);
                Span mention = e.mentions().stream().filter(m -> m.articleId().equals(lag.articleId()))
                        .min(Comparator.naturalOrder()).orElse(null);
                byOutlet.put(key, new Cell(lag.articleId(), mention, lag.published(), lag.lagDays()));
                outletSet.put(key, Boolean.TRUE);
                if (lag.lagDays().isPresent()) {
                    maxLag = Math.max(maxLag, lag.lagDays().getAsLong());
                }
            }
            reports.add(byOutlet);
        }
        List<String> outlets = new ArrayList<>(outletSet.keySet());
        outlets.sort(Comparator.comparing((String s) -> s.startsWith(UNKNOWN)).thenComparing(String.CASE_INSENSITIVE_ORDER));
        List<Row> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            rows.add(new Row(e, e.label(), TimelineData.shortDateText(e.date()), e.background()));
            List<Cell> line = new ArrayList<>();
            for (String o : outlets) {
                line.add(reports.get(i).get(o));
            }
            cells.add(line);
        }
        return new CoverageData(rows, outlets, cells, maxLag);
    }

    private static final String UNKNOWN = Outlet.UNKNOWN.displayName();

    /**
     * An outlet's column, or for an article of no known outlet its own, named by its title ({@link ArticleNames}); two
     * unknown articles of the same title are told apart by their ids.
     */
    private static String columnName(ReportingLag.OutletLag lag, Map<String, Article> articles,
                                     Map<String, String> columns) {
        if (lag.outlet().isKnown()) {
            return lag.outlet().name();
        }
        Article a = articles.get(lag.articleId());
        String name = a == null ? UNKNOWN + " (" + lag.articleId() + ")" : ArticleNames.source(a);
        String owner = columns.putIfAbsent(name, lag.articleId());
        return owner == null || owner.equals(lag.articleId()) ? name : name + " (" + lag.articleId() + ")";
    }

    /** The report of event {@code row} by outlet {@code column}, empty if that outlet did not report it. */
    public Optional<Cell> cell(int row, int column) {
        return Optional.ofNullable(cells.get(row).get(column));
    }

    public boolean isEmpty() {
        return rows.isEmpty() || outlets.isEmpty();
    }
}
