package org.parallax.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.model.Article;
import org.parallax.model.ArticleNames;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.Story;
import org.parallax.model.TimePrecision;
import org.parallax.model.TimexValue;
import org.parallax.store.AtomicFiles;

/**
 * The timeline in TimelineJS's JSON format (Knight Lab's documented format: an object of {@code events}, an optional
 * {@code title} slide and {@code eras}), so a journalist can publish it with TimelineJS as it is.
 *
 * <ul>
 *   <li>Each dated event is a slide: its start (and, for a range, end) date as a TimelineJS date object at the
 *       TIMEX3 value's precision (a year is {@code {year}}, a month adds {@code month}, a day adds {@code day}; a
 *       decade, season or quarter keeps its first year or month and says what it is in {@code display_date}); the
 *       event's label as headline; as text, every outlet's sentence with a link to its article where the address is
 *       known.</li>
 *   <li>Each story is an era.</li>
 *   <li>Slides are grouped by who reported them (see decision 0014): what several outlets reported, what only one
 *       did ("Only in Reuters"), and background.</li>
 * </ul>
 *
 * Text is HTML in TimelineJS, so everything taken from the articles is escaped.
 */
public final class TimelineJsDocument {

    static final String SEVERAL = "Reported by several outlets";
    static final String BACKGROUND = "Background";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{2}):(\\d{2})");

    private TimelineJsDocument() {
    }

    /**
     * The TimelineJS document of the events that pass {@code filter}.
     *
     * @param title the title slide's headline; {@code null} or blank for "Timeline — N events reported by M outlets"
     */
    public static ObjectNode of(Corpus corpus, ExportFilter filter, String title) {
        Corpus shown = filter.apply(corpus);
        Map<String, Article> articles = shown.articlesById();
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode events = doc.putArray("events");
        Set<String> ids = new HashSet<>();
        for (Event e : shown.events()) {
            Optional<ObjectNode> start = date(e.date());
            if (start.isEmpty()) {
                continue; // no place on a calendar ("PRESENT_REF", a set)
            }
            ObjectNode slide = events.addObject();
            slide.put("unique_id", uniqueId(e.id(), ids));
            slide.set("start_date", start.get());
            if (e.end() != null) {
                date(e.end()).ifPresent(end -> slide.set("end_date", end));
            }
            ObjectNode text = slide.putObject("text");
            text.put("headline", escape(e.label()));
            text.put("text", reports(e, articles));
            slide.put("group", group(e, articles));
        }
        ArrayNode eras = doc.putArray("eras");
        for (Story s : shown.stories()) {
            Optional<ObjectNode> start = date(s.start());
            Optional<ObjectNode> end = date(s.end());
            if (start.isPresent() && end.isPresent()) {
                ObjectNode era = eras.addObject();
                era.set("start_date", start.get());
                era.set("end_date", end.get());
                era.putObject("text").put("headline", escape(s.label()));
            }
        }
        ObjectNode titleText = doc.putObject("title").putObject("text");
        titleText.put("headline", escape(title == null || title.isBlank() ? defaultTitle(shown, events.size()) : title));
        titleText.put("text", escape(summary(shown)));
        doc.put("scale", "human");
        return doc;
    }

    /** Writes the document to {@code file} safely ({@link AtomicFiles}): the old file stays whole if writing fails. */
    public static void write(ObjectNode document, Path file) throws IOException {
        AtomicFiles.write(file, bytes(document));
    }

    /** The document as UTF-8 JSON, indented. */
    public static byte[] bytes(ObjectNode document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A TIMEX3 value as a TimelineJS date object at its precision, empty when it names no calendar date. What the
     * fields cannot say (a decade, a season, a quarter, a week) goes in {@code display_date} as people say it.
     */
    static Optional<ObjectNode> date(String value) {
        return TimexValue.parse(value).map(v -> {
            ObjectNode d = JSON.createObjectNode();
            LocalDate first = v.first();
            TimePrecision p = v.precision();
            d.put("year", first.getYear());
            switch (p) {
                case CENTURY, DECADE, HALF_YEAR, QUARTER, SEASON -> {
                    if (p != TimePrecision.CENTURY && p != TimePrecision.DECADE) {
                        d.put("month", first.getMonthValue());
                    }
                    d.put("display_date", TimelineData.dateText(value));
                }
                case YEAR -> { }
                case MONTH -> d.put("month", first.getMonthValue());
                default -> {
                    d.put("month", first.getMonthValue());
                    d.put("day", first.getDayOfMonth());
                    Matcher time = TIME_OF_DAY.matcher(v.modifier());
                    if (time.lookingAt() && Integer.parseInt(time.group(1)) < 24) {
                        d.put("hour", Integer.parseInt(time.group(1)));
                        d.put("minute", Integer.parseInt(time.group(2)));
                    } else if (p == TimePrecision.WEEK) {
                        d.put("display_date", TimelineData.dateText(value));
                    }
                }
            }
            return d;
        });
    }

    /** Each article's sentences of the event, in the order the event lists them, with who published them. */
    private static String reports(Event e, Map<String, Article> articles) {
        Map<String, List<Span>> byArticle = new LinkedHashMap<>();
        e.mentions().forEach(s -> byArticle.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(s));
        StringBuilder html = new StringBuilder();
        byArticle.forEach((id, spans) -> {
            Article a = articles.get(id);
            if (a == null) {
                return;
            }
            html.append("<p><strong>").append(escape(ArticleNames.source(a))).append("</strong>");
            a.publishedDate().ifPresent(d -> html.append(", ").append(escape(TimelineData.shortDateText(d.toString()))));
            html.append(": ");
            for (int i = 0; i < spans.size(); i++) {
                html.append(i == 0 ? "" : " … ").append("“").append(escape(a.textOf(spans.get(i)).strip())).append("”");
            }
            String name = a.title().isBlank() ? "the article" : a.title();
            if (!a.url().isBlank() && a.url().matches("(?i)https?://\\S+")) {
                html.append(" <a href=\"").append(escape(a.url())).append("\">").append(escape(name)).append("</a>");
            } else if (!a.title().isBlank()) {
                html.append(" <em>").append(escape(name)).append("</em>");
            }
            html.append("</p>");
        });
        return html.toString();
    }

    /** Background, what one outlet alone reported ("Only in Reuters"), or what several did. */
    private static String group(Event e, Map<String, Article> articles) {
        if (e.background()) {
            return BACKGROUND;
        }
        List<String> outlets = e.mentions().stream().map(s -> articles.get(s.articleId()))
                .filter(a -> a != null).map(ArticleNames::source).distinct().toList();
        return outlets.size() == 1 ? "Only in " + outlets.get(0) : SEVERAL;
    }

    /** TimelineJS puts ids in the page (HTML ids and URL hashes): letters, digits, '-' and '_', once each. */
    private static String uniqueId(String id, Set<String> used) {
        String base = "event-" + id.replaceAll("[^A-Za-z0-9_-]", "-");
        String out = base;
        for (int n = 2; !used.add(out); n++) {
            out = base + "-" + n;
        }
        return out;
    }

    private static String defaultTitle(Corpus corpus, int events) {
        int outlets = corpus.outletCount();
        return "Timeline — " + events + (events == 1 ? " event" : " events") + " reported by " + outlets
                + (outlets == 1 ? " outlet" : " outlets");
    }

    private static String summary(Corpus corpus) {
        int n = corpus.articles().size();
        return "Compared across " + n + (n == 1 ? " article" : " articles") + " with Parallax; each event lists the "
                + "sentences that report it.";
    }

    /** Text as HTML content or attribute value (TimelineJS text is HTML). */
    private static String escape(String s) {
        return SvgChartCanvas.escape(s);
    }
}
