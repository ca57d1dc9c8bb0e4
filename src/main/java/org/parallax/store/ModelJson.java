package org.parallax.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimKind;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Qualifier;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/**
 * The model JSON format, schema version {@value #SCHEMA_VERSION}: the extraction output that scripts read
 * and that Parallax can read back. Written field by field with a streaming generator so the field order is
 * the documented one; read from a tree and checked (references, offsets) so a bad document fails with a
 * message, never with a half-built corpus.
 */
public final class ModelJson {

    public static final int SCHEMA_VERSION = 1;

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    public ModelJson() {
        this.mapper = JsonMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
        this.factory = mapper.getFactory();
    }

    // ---------------------------------------------------------------- writing

    public void write(Corpus corpus, OutputStream out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            write(corpus, g);
        }
    }

    public void write(Corpus corpus, Writer out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            write(corpus, g);
        }
    }

    public String toJson(Corpus corpus) {
        StringWriter w = new StringWriter();
        try {
            write(corpus, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private void write(Corpus c, JsonGenerator g) throws IOException {
        g.useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);

        g.writeArrayFieldStart("articles");
        for (Article a : c.articles()) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("file", a.file());
            writeNullable(g, "outlet", a.outlet().isKnown() ? a.outlet().name() : null);
            g.writeStringField("title", a.title());
            writeNullable(g, "published", a.published() == null ? null : a.published().toString());
            g.writeStringField("publishedFrom", a.publishedFrom().jsonName());
            g.writeStringField("url", a.url());
            g.writeStringField("text", a.text());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("timexes");
        for (TimeMention t : c.timexes()) {
            g.writeStartObject();
            writeSpan(g, t.span());
            g.writeStringField("text", t.text());
            g.writeStringField("type", t.type().name());
            g.writeStringField("value", t.value());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("quotes");
        for (Quote q : c.quotes()) {
            g.writeStartObject();
            g.writeStringField("id", q.id());
            writeSpan(g, q.span());
            g.writeStringField("text", q.text());
            writeNullable(g, "speaker", q.speaker() == null ? null : q.speaker().name());
            g.writeStringField("kind", q.kind().jsonName());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("claims");
        for (Claim cl : c.claims()) {
            g.writeStartObject();
            g.writeStringField("id", cl.id());
            writeSpan(g, cl.span());
            g.writeStringField("text", cl.text());
            g.writeNumberField("value", cl.value());
            g.writeStringField("unit", cl.unit());
            g.writeStringField("qualifier", cl.qualifier().jsonName());
            if (cl.valueMax() == null) {
                g.writeNullField("valueMax");
            } else {
                g.writeNumberField("valueMax", cl.valueMax());
            }
            g.writeStringField("subject", cl.subject());
            g.writeStringField("kind", cl.kind().jsonName());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("events");
        for (Event e : c.events()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("label", e.label());
            g.writeStringField("date", e.date());
            writeNullable(g, "story", e.storyId());
            g.writeBooleanField("background", e.background());
            writeNullable(g, "end", e.end());
            g.writeArrayFieldStart("reasons");
            for (String r : e.reasons()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("mentions");
            for (Span s : e.mentions()) {
                g.writeStartObject();
                writeSpan(g, s);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("stories");
        for (Story s : c.stories()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("label", s.label());
            g.writeStringField("start", s.start());
            g.writeStringField("end", s.end());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("quoteClusters");
        for (QuoteCluster qc : c.quoteClusters()) {
            g.writeStartObject();
            g.writeStringField("id", qc.id());
            writeNullable(g, "speaker", qc.speaker() == null ? null : qc.speaker().name());
            g.writeArrayFieldStart("members");
            for (Variant v : qc.members()) {
                g.writeStartObject();
                g.writeStringField("quote", v.quoteId());
                g.writeStringField("verdict", v.verdict().jsonName());
                writeNullable(g, "speaker", v.speaker() == null ? null : v.speaker().name());
                g.writeBooleanField("speakerInherited", v.speakerInherited());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeBooleanField("attributionDiffers", qc.attributionDiffers());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void writeSpan(JsonGenerator g, Span s) throws IOException {
        g.writeStringField("article", s.articleId());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
    }

    private static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    // ---------------------------------------------------------------- reading

    public Corpus read(InputStream in) throws IOException, ModelFormatException {
        return read(parse(() -> mapper.readTree(in)));
    }

    public Corpus read(Reader in) throws IOException, ModelFormatException {
        return read(parse(() -> mapper.readTree(in)));
    }

    public Corpus fromJson(String json) throws ModelFormatException {
        try {
            return read(parse(() -> mapper.readTree(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from a String
        }
    }

    private interface TreeSource {
        JsonNode get() throws IOException;
    }

    private static JsonNode parse(TreeSource source) throws IOException, ModelFormatException {
        try {
            JsonNode root = source.get();
            if (root == null || root.isMissingNode()) {
                throw new ModelFormatException("empty document: expected a Parallax model JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ModelFormatException("not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    private Corpus read(JsonNode root) throws ModelFormatException {
        if (!root.isObject()) {
            throw new ModelFormatException("expected a JSON object with a schemaVersion, found " + root.getNodeType());
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ModelFormatException("no schemaVersion: not a Parallax model JSON document");
        }
        if (version.asInt() != SCHEMA_VERSION) {
            throw new ModelFormatException("unsupported schemaVersion " + version.asText()
                    + ": this version of Parallax reads schemaVersion " + SCHEMA_VERSION);
        }
        List<Article> articles = new ArrayList<>();
        for (Field f : items(root, "articles")) {
            LocalDate published = null;
            String date = f.optText("published");
            if (date != null) {
                try {
                    published = LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    throw f.error("published is not a date (yyyy-MM-dd): " + date);
                }
            }
            DateSource from = published == null ? DateSource.UNKNOWN
                    : f.enumValue("publishedFrom", DateSource::fromJson);
            articles.add(new Article(f.text("id"), f.text("file"), Outlet.of(f.optText("outlet")),
                    f.optText("title"), published, from, f.optText("url"), f.text("text"), List.of()));
        }
        Corpus shell;
        try {
            shell = Corpus.of(articles);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("articles: " + e.getMessage());
        }
        Map<String, Article> byId = shell.articlesById();

        List<TimeMention> timexes = new ArrayList<>();
        for (Field f : items(root, "timexes")) {
            timexes.add(new TimeMention(f.span(byId), f.text("text"), f.enumValue("type", TimexType::valueOf),
                    f.text("value")));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Field f : items(root, "quotes")) {
            String speaker = f.optText("speaker");
            quotes.add(new Quote(f.text("id"), f.span(byId), f.text("text"),
                    speaker == null || speaker.isBlank() ? null : new Speaker(speaker),
                    f.enumValue("kind", QuoteKind::fromJson)));
        }
        List<Claim> claims = new ArrayList<>();
        for (Field f : items(root, "claims")) {
            // qualifier, valueMax, subject and kind came after the first documents: absent means a plain count
            Qualifier qualifier = f.optText("qualifier") == null ? Qualifier.NONE
                    : f.enumValue("qualifier", Qualifier::fromJson);
            ClaimKind kind = f.optText("kind") == null ? ClaimKind.COUNT : f.enumValue("kind", ClaimKind::fromJson);
            BigDecimal max = f.optNumber("valueMax");
            if ((qualifier == Qualifier.RANGE) != (max != null)) {
                throw f.error("valueMax is given exactly when qualifier is range");
            }
            claims.add(new Claim(f.text("id"), f.span(byId), f.text("text"), f.number("value"), max,
                    f.optText("unit"), qualifier, f.optText("subject"), kind));
        }
        List<Event> events = new ArrayList<>();
        for (Field f : items(root, "events")) {
            List<Span> mentions = new ArrayList<>();
            for (Field m : f.items("mentions")) {
                mentions.add(m.span(byId));
            }
            events.add(new Event(f.text("id"), f.text("label"), f.text("date"), f.optText("story"), mentions,
                    f.optBoolean("background"), f.optText("end"), f.optTexts("reasons")));
        }
        List<Story> stories = new ArrayList<>();
        for (Field f : items(root, "stories")) {
            stories.add(new Story(f.text("id"), f.text("label"), f.text("start"), f.text("end")));
        }
        List<QuoteCluster> clusters = new ArrayList<>();
        for (Field f : items(root, "quoteClusters")) {
            List<Variant> members = new ArrayList<>();
            for (Field m : f.items("members")) {
                // a member's speaker came after the first documents: absent means not recorded (the quote's own)
                String credited = m.optText("speaker");
                boolean inherited = m.optBoolean("speakerInherited");
                if (inherited && credited == null) {
                    throw m.error("speakerInherited needs a speaker");
                }
                members.add(new Variant(m.text("quote"), m.enumValue("verdict", Verdict::fromJson),
                        credited == null ? null : new Speaker(credited), inherited));
            }
            String speaker = f.optText("speaker");
            clusters.add(new QuoteCluster(f.text("id"), speaker == null ? null : new Speaker(speaker), members));
        }
        return Corpus.of(articles).withTimexes(timexes).withQuotes(quotes).withClaims(claims).withEvents(events)
                .withStories(stories).withQuoteClusters(clusters);
    }

    private static List<Field> items(JsonNode parent, String name) throws ModelFormatException {
        return new Field(parent, name).items(name);
    }

    /** One object of the document with the path that names it in error messages ("quotes[3]"). */
    private record Field(JsonNode node, String path) {

        List<Field> items(String name) throws ModelFormatException {
            JsonNode array = node.get(name);
            if (array == null || array.isNull()) {
                return List.of(); // an absent array is an empty one: later arrays may not be filled yet
            }
            String at = path.equals(name) ? name : path + "." + name;
            if (!array.isArray()) {
                throw new ModelFormatException(at + " must be an array");
            }
            List<Field> out = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                if (!array.get(i).isObject()) {
                    throw new ModelFormatException(at + "[" + i + "] must be an object");
                }
                out.add(new Field(array.get(i), at + "[" + i + "]"));
            }
            return out;
        }

        String text(String name) throws ModelFormatException {
            String v = optText(name);
            if (v == null) {
                throw error("missing " + name);
            }
            return v;
        }

        String optText(String name) throws ModelFormatException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw error(name + " must be a string");
            }
            return v.asText();
        }

        /** An array of strings; absent or null is an empty one (an additive field, decision 0005). */
        List<String> optTexts(String name) throws ModelFormatException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : v) {
                if (!v.isArray() || !item.isTextual()) {
                    throw error(name + " must be an array of strings");
                }
                out.add(item.asText());
            }
            if (!v.isArray()) {
                throw error(name + " must be an array of strings");
            }
            return out;
        }

        int integer(String name) throws ModelFormatException {
            JsonNode v = node.get(name);
            if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
                throw error(name + " must be a whole number");
            }
            return v.asInt();
        }

        BigDecimal number(String name) throws ModelFormatException {
            JsonNode v = node.get(name);
            if (v == null || !v.isNumber()) {
                throw error(name + " must be a number");
            }
            return v.decimalValue();
        }

        boolean optBoolean(String name) throws ModelFormatException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                throw error(name + " must be true or false");
            }
            return v.booleanValue();
        }

        BigDecimal optNumber(String name) throws ModelFormatException {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : number(name);
        }

        <E> E enumValue(String name, java.util.function.Function<String, E> parse) throws ModelFormatException {
            String v = text(name);
            try {
                return parse.apply(v);
            } catch (IllegalArgumentException e) {
                throw error("unknown " + name + " \"" + v + "\"");
            }
        }

        Span span(Map<String, Article> articles) throws ModelFormatException {
            String id = text("article");
            Article a = articles.get(id);
            if (a == null) {
                throw error("names article \"" + id + "\", which is not in articles");
            }
            int start = integer("start");
            int end = integer("end");
            if (start < 0 || end < start || end > a.text().length()) {
                throw error("span [" + start + ", " + end + ") is outside article \"" + id + "\" (length "
                        + a.text().length() + ")");
            }
            return new Span(id, start, end);
        }

        ModelFormatException error(String message) {
            return new ModelFormatException(path + ": " + message);
        }
    }
}
