package org.parallax.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;

/**
 * A list of stories as a spreadsheet or Media Cloud exports it: a CSV with a header row naming some of {@code url},
 * {@code title}, {@code publish_date}, {@code media_name} (Media Cloud's names) or the same columns under other common
 * names ({@code link}, {@code headline}, {@code date}, {@code outlet}, {@code source} ...), and perhaps {@code text}
 * and {@code file}. A list with a text column holds the articles themselves; one without describes the article files
 * beside it, like {@code corpus.json}: each row is matched to an article by its file, else its address, else its
 * title, and what it says wins over what the file says. A row that cannot be read is named by its line and skipped;
 * the others stand.
 */
final class StoryList {

    /** One row: what it says, blank where it says nothing. */
    record Row(int line, String file, String url, String title, LocalDate published, String outlet, String text) {
    }

    /** The columns read, each under its usual names (compared without case, spaces, dashes or underscores). */
    enum Column {
        FILE("file", "filename", "path"),
        URL("url", "link", "storyurl", "articleurl", "guid"),
        TITLE("title", "headline"),
        PUBLISHED("publishdate", "published", "date", "publicationdate", "pubdate", "publishedat", "datepublished"),
        OUTLET("medianame", "outlet", "source", "media", "publisher", "sourcename", "site"),
        TEXT("text", "body", "content", "storytext", "fulltext", "articletext");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");

    private final String name;
    private final List<Row> rows;
    private final boolean holdsText;
    private final List<LoadWarning> warnings;

    private StoryList(String name, List<Row> rows, boolean holdsText, List<LoadWarning> warnings) {
        this.name = name;
        this.rows = rows;
        this.holdsText = holdsText;
        this.warnings = warnings;
    }

    /** Whether a file is a list by its name: {@code .csv}. */
    static boolean isList(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Reads {@code text} (a whole CSV file) named {@code name} in warnings. */
    static StoryList parse(String text, String name) {
        List<LoadWarning> warnings = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text),
                format)) {
            Map<Column, Integer> at = columns(parser.getHeaderNames());
            if (!at.containsKey(Column.URL) && !at.containsKey(Column.TITLE) && !at.containsKey(Column.TEXT)
                    && !at.containsKey(Column.FILE)) {
                warnings.add(new LoadWarning(name, 1, 1, "is not a list of stories: its header names no url, title, "
                        + "text or file column; skipped"));
                return new StoryList(name, List.of(), false, warnings);
            }
            long lastLine = parser.getCurrentLineNumber();
            for (CSVRecord r : parser) {
                // a text column spans lines, so a row starts after the last line the one before ended on
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                row(r, line, at, name, warnings).ifPresent(rows::add);
            }
            return new StoryList(name, rows, at.containsKey(Column.TEXT), warnings);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            warnings.add(CsvErrors.warning(name, e, "the rows before the error were kept"));
            return new StoryList(name, rows, false, warnings);
        }
    }

    /** Which column holds what, by the header's names; the first of several wins. */
    private static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i) == null ? "" : header.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
            for (Column c : Column.values()) {
                if (c.names.contains(key)) {
                    at.putIfAbsent(c, i);
                }
            }
        }
        return at;
    }

    private static Optional<Row> row(CSVRecord r, int line, Map<Column, Integer> at, String name,
                                     List<LoadWarning> warnings) {
        if (r.stream().allMatch(v -> v == null || v.isBlank())) {
            return Optional.empty(); // ",,,": a spreadsheet's empty row, not a story
        }
        String day = value(r, at, Column.PUBLISHED);
        LocalDate published = null;
        if (!day.isEmpty()) {
            Matcher m = ISO_DAY.matcher(day);
            try {
                published = m.matches() ? LocalDate.parse(m.group(1)) : null;
            } catch (DateTimeParseException e) {
                published = null;
            }
            if (published == null) {
                warnings.add(new LoadWarning(name, line, 1, "the date '" + day + "' is not a day (YYYY-MM-DD); "
                        + "the row is read without it"));
            }
        }
        Row row = new Row(line, value(r, at, Column.FILE), value(r, at, Column.URL), value(r, at, Column.TITLE),
                published, value(r, at, Column.OUTLET), value(r, at, Column.TEXT));
        if (row.file().isEmpty() && row.url().isEmpty() && row.title().isEmpty() && row.text().isEmpty()) {
            warnings.add(new LoadWarning(name, line, 1, "names no file, url, title or text; skipped"));
            return Optional.empty();
        }
        return Optional.of(row);
    }

    private static String value(CSVRecord r, Map<Column, Integer> at, Column c) {
        Integer i = at.get(c);
        return i == null || i >= r.size() ? "" : r.get(i).strip();
    }

    List<LoadWarning> warnings() {
        return warnings;
    }

    List<Row> rows() {
        return rows;
    }

    /** Whether the list holds the articles' text, so its rows are the articles. */
    boolean holdsText() {
        return holdsText;
    }

    /** The rows with text as articles to clean, each named "LIST#LINE". */
    List<ArticleFileLoader.Result> articles() {
        List<ArticleFileLoader.Result> out = new ArrayList<>();
        for (Row r : rows) {
            String file = name + "#" + r.line();
            if (r.text().isBlank()) {
                out.add(new ArticleFileLoader.Result(Optional.empty(), List.of(new LoadWarning(name, r.line(), 1,
                        "has no text; skipped"))));
                continue;
            }
            out.add(ArticleFileLoader.assemble(file, new RawArticle(r.title(), r.outlet(), r.published(), r.url(),
                    r.text()), Optional.of(new ManifestEntry(file, r.outlet(), r.published(), r.url(), r.title(),
                    new TextPosition(r.line(), 1))), List.of()));
        }
        return out;
    }

    /**
     * The articles with what the list says about them: a row applies to the article of its file, else of its address,
     * else of its title (the first not yet described). Rows that describe no article are counted in one warning.
     */
    List<Article> describe(List<Article> articles, List<LoadWarning> out) {
        List<Article> result = new ArrayList<>(articles);
        boolean[] taken = new boolean[articles.size()];
        int unmatched = 0;
        int firstUnmatched = 0;
        for (Row r : rows) {
            int i = match(r, result, taken);
            if (i < 0) {
                unmatched++;
                firstUnmatched = firstUnmatched == 0 ? r.line() : firstUnmatched;
                continue;
            }
            taken[i] = true;
            result.set(i, described(result.get(i), r));
        }
        if (unmatched > 0) {
            out.add(new LoadWarning(name, firstUnmatched, 1, unmatched + (unmatched == 1 ? " row describes" : " rows "
                    + "describe") + " no article file in the folder (by file, url or title); "
                    + (unmatched == 1 ? "it was" : "they were") + " ignored"));
        }
        return result;
    }

    private static int match(Row r, List<Article> articles, boolean[] taken) {
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                boolean same = switch (pass) {
                    case 0 -> !r.file().isEmpty() && a.file().equals(r.file());
                    case 1 -> !r.url().isEmpty() && !a.url().isEmpty() && address(a.url()).equals(address(r.url()));
                    default -> !r.title().isEmpty() && a.title().equalsIgnoreCase(r.title());
                };
                if (same && !taken[i]) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** An address as compared: no scheme, no "www.", no query or fragment, no trailing slash, lower-case host. */
    static String address(String url) {
        try {
            URI u = URI.create(url.strip());
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = u.getPath() == null ? "" : u.getPath().replaceFirst("/+$", "");
            return host + path;
        } catch (IllegalArgumentException e) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static Article described(Article a, Row r) {
        Outlet outlet = r.outlet().isEmpty() ? a.outlet() : Outlet.of(r.outlet());
        String title = r.title().isEmpty() ? a.title() : r.title();
        String url = r.url().isEmpty() ? a.url() : r.url();
        LocalDate published = r.published() == null ? a.published() : r.published();
        DateSource from = r.published() == null ? a.publishedFrom() : DateSource.MANIFEST;
        return new Article(a.id(), a.file(), outlet, title, published, from, url, a.text(), a.removedLines());
    }
}
