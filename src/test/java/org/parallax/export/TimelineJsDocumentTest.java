package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.Story;
import org.parallax.testing.SampleCorpus;

/**
 * The TimelineJS JSON: the bundled corpus's stories and events, the TIMEX3 precisions as TimelineJS dates, escaping,
 * and the rules of the format as Knight Lab's documentation of its JSON format states them (checked by
 * {@link #formatRules}).
 */
class TimelineJsDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBundledCorpusHasBothStoriesAsErasAndTheMoscowTalksAsOneSlideWithEveryOutletsSentence() throws Exception {
        Corpus corpus = SampleCorpus.get();
        JsonNode doc = JSON.readTree(TimelineJsDocument.bytes(TimelineJsDocument.of(corpus, ExportFilter.NONE, null)));

        assertThat(formatRules(doc)).isEmpty();
        assertThat(doc.get("eras")).hasSize(corpus.stories().size()).hasSize(2);
        List<String> eras = new ArrayList<>();
        doc.get("eras").forEach(e -> eras.add(e.get("text").get("headline").asText()));
        assertThat(eras).containsExactlyElementsOf(corpus.stories().stream().map(Story::label).toList());
        JsonNode talks = slideOn(doc, 2015, 10, 20);
        assertThat(talks.get("text").get("headline").asText()).contains("Moscow");
        String text = talks.get("text").get("text").asText();
        assertThat(text.split("<p>", -1).length - 1).isGreaterThanOrEqualTo(3);
        for (String outlet : List.of("Sputnik", "Rise News", "International Business Times")) {
            assertThat(text).contains("<strong>" + outlet);
        }
        assertThat(talks.get("group").asText()).isEqualTo(TimelineJsDocument.SEVERAL);
        int dated = (int) corpus.events().stream().filter(e -> org.parallax.model.TimexValue.parse(e.date()).isPresent())
                .count();
        assertThat(doc.get("events")).hasSize(dated);
    }

    @Test
    void aStoryFilterKeepsThatStorysEventsAndEraOnly() {
        Corpus corpus = SampleCorpus.get();
        Story first = corpus.stories().get(0);
        ObjectNode doc = TimelineJsDocument.of(corpus, new ExportFilter(first.id(), null, null), "Moscow");
        assertThat(doc.get("eras")).hasSize(1);
        assertThat(doc.get("events")).hasSize((int) corpus.events().stream()
                .filter(e -> first.id().equals(e.storyId())).count());
        assertThat(doc.get("title").get("text").get("headline").asText()).isEqualTo("Moscow");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2015-10-20       | {\"year\":2015,\"month\":10,\"day\":20}",
        "2015-10          | {\"year\":2015,\"month\":10}",
        "2015             | {\"year\":2015}",
        "198              | {\"year\":1980,\"display_date\":\"the 1980s\"}",
        "2015-Q4          | {\"year\":2015,\"month\":10,\"display_date\":\"Q4 2015\"}",
        "2015-10-20T14:30 | {\"year\":2015,\"month\":10,\"day\":20,\"hour\":14,\"minute\":30}",
    })
    void aTimexValueIsATimelineJsDateAtItsPrecision(String value, String expected) throws Exception {
        JsonNode want = readTree(expected);
        assertThat(TimelineJsDocument.date(value)).hasValueSatisfying(d -> assertThat(d).isEqualTo(want));
    }

    @Test
    void aValueThatNamesNoCalendarDateIsNoDate() {
        assertThat(TimelineJsDocument.date("PRESENT_REF")).isEmpty();
        assertThat(TimelineJsDocument.date("P3W")).isEmpty();
    }

    @Test
    void textFromTheArticlesIsEscapedAndOnlyWebAddressesAreLinks() {
        String text = "Acme said <b>nothing</b> & left.";
        Article a = new Article("a", "a.txt", Outlet.of("The <Post>"), "A & B", LocalDate.of(2020, 6, 1),
                DateSource.MANIFEST, "javascript:alert(1)", text, null);
        Article b = new Article("b", "b.txt", Outlet.of("Wire"), "Wire story", LocalDate.of(2020, 6, 1),
                DateSource.MANIFEST, "https://example.org/story?a=1&b=2", text, null);
        Event e = new Event("e 1", "Acme <leaves>", "2020-06-01", null,
                List.of(new Span("a", 0, text.length()), new Span("b", 0, text.length())));
        Corpus c = Corpus.of(List.of(a, b)).withEvents(List.of(e));
        JsonNode slide = TimelineJsDocument.of(c, ExportFilter.NONE, null).get("events").get(0);

        assertThat(slide.get("text").get("headline").asText()).isEqualTo("Acme &lt;leaves&gt;");
        String html = slide.get("text").get("text").asText();
        assertThat(html).contains("&lt;b&gt;nothing&lt;/b&gt; &amp; left.").contains("<strong>The &lt;Post&gt;</strong>")
                .doesNotContain("javascript:").contains("<em>A &amp; B</em>")
                .contains("<a href=\"https://example.org/story?a=1&amp;b=2\">Wire story</a>");
        assertThat(slide.get("unique_id").asText()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aRangeHasAnEndDateAndWhatOneOutletAloneReportedIsGroupedAsSuch() {
        Article a = new Article("a", "a.txt", Outlet.of("Wire"), "", LocalDate.of(2020, 6, 1), DateSource.MANIFEST,
                "", "Troops stayed from 2016 to 2018.", null);
        Event range = new Event("e1", "Troops stay", "2016", null, List.of(new Span("a", 0, 10)), false, "2018",
                List.of());
        JsonNode doc = TimelineJsDocument.of(Corpus.of(List.of(a)).withEvents(List.of(range)), ExportFilter.NONE, null);
        JsonNode slide = doc.get("events").get(0);
        assertThat(slide.get("end_date").get("year").asInt()).isEqualTo(2018);
        assertThat(slide.get("group").asText()).isEqualTo("Only in Wire");
        assertThat(formatRules(doc)).isEmpty();
    }

    @Test
    void theRulesCatchABrokenDocument() throws Exception {
        JsonNode broken = readTree("{\"events\":[{\"start_date\":{\"month\":13},\"text\":{\"headline\":\"\"},"
                + "\"unique_id\":\"a b\"},{\"start_date\":{\"year\":2020},\"end_date\":{\"year\":2019},"
                + "\"unique_id\":\"x\"},{\"start_date\":{\"year\":2020},\"unique_id\":\"x\"}],"
                + "\"eras\":[{\"start_date\":{\"year\":2020}}],\"scale\":\"galactic\"}");
        assertThat(formatRules(broken)).hasSizeGreaterThanOrEqualTo(7);
    }

    /**
     * The rules of TimelineJS's JSON format (timeline.knightlab.com/docs/json-format.html), written down: {@code events}
     * is a list of slides, each with a {@code start_date}; a date object needs {@code year} (an integer), and its
     * month (1–12), day (a day of that month), hour (0–23) and minute (0–59) are optional; an {@code end_date} is not
     * before its start; a slide's {@code text} has a headline or a text; {@code unique_id}s are distinct and fit in an
     * HTML id; each era has a start and an end date; {@code scale} is "human" or "cosmological". The broken ones, as
     * messages.
     */
    static List<String> formatRules(JsonNode doc) {
        List<String> broken = new ArrayList<>();
        if (doc.get("events") == null || !doc.get("events").isArray()) {
            broken.add("events is not a list");
            return broken;
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode slide : doc.get("events")) {
            LocalDate start = date(slide.get("start_date"), "start_date", broken);
            if (slide.has("end_date")) {
                LocalDate end = date(slide.get("end_date"), "end_date", broken);
                if (start != null && end != null && end.isBefore(start)) {
                    broken.add("end_date before start_date");
                }
            }
            JsonNode text = slide.get("text");
            if (text != null && text.path("headline").asText("").isBlank() && text.path("text").asText("").isBlank()) {
                broken.add("a slide's text has neither headline nor text");
            }
            if (slide.has("unique_id")) {
                String id = slide.get("unique_id").asText();
                if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                    broken.add("unique_id '" + id + "' is no HTML id");
                }
                if (!ids.add(id)) {
                    broken.add("unique_id '" + id + "' twice");
                }
            }
        }
        for (JsonNode era : doc.path("eras")) {
            LocalDate start = date(era.get("start_date"), "era start_date", broken);
            LocalDate end = date(era.get("end_date"), "era end_date", broken);
            if (start != null && end != null && end.isBefore(start)) {
                broken.add("era ends before it starts");
            }
        }
        if (doc.has("scale") && !Set.of("human", "cosmological").contains(doc.get("scale").asText())) {
            broken.add("scale is neither human nor cosmological");
        }
        return broken;
    }

    private static LocalDate date(JsonNode d, String name, List<String> broken) {
        if (d == null || !d.isObject()) {
            broken.add(name + " missing");
            return null;
        }
        if (!d.path("year").isInt()) {
            broken.add(name + " has no integer year");
            return null;
        }
        int month = d.path("month").asInt(1);
        int day = d.path("day").asInt(1);
        if (d.path("hour").asInt(0) > 23 || d.path("minute").asInt(0) > 59) {
            broken.add(name + " has no such time");
        }
        try {
            return LocalDate.of(d.get("year").asInt(), month, day);
        } catch (DateTimeException e) {
            broken.add(name + " is no calendar date: " + d);
            return null;
        }
    }

    private static JsonNode slideOn(JsonNode doc, int year, int month, int day) {
        for (JsonNode s : doc.get("events")) {
            JsonNode d = s.get("start_date");
            if (d.path("year").asInt() == year && d.path("month").asInt() == month && d.path("day").asInt() == day
                    && !s.get("group").asText().equals(TimelineJsDocument.BACKGROUND)) {
                return s;
            }
        }
        throw new AssertionError("no slide on " + year + "-" + month + "-" + day);
    }

    private static JsonNode readTree(String json) throws Exception {
        return JSON.readTree(json);
    }
}
