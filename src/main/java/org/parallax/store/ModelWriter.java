package org.parallax.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.model.Coverage;
import org.parallax.model.Happening;
import org.parallax.model.TimeMention;
import org.parallax.model.Variant;

/**
 * Writes a corpus as model JSON on one streaming generator, field by field in the documented order: one
 * method per kind of object, each array written the same way by {@link #writeObjects}.
 */
final class ModelWriter {

    /** Writes the fields of one object; the caller opens and closes it. */
    private interface FieldsWriter<T> {
        void write(T item) throws IOException;
    }

    private final JsonGenerator g;

    ModelWriter(JsonGenerator g) {
        this.g = g;
    }

    void write(Corpus c, int schemaVersion) throws IOException {
        g.useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeNumberField("schemaVersion", schemaVersion);
        writeObjects("articles", c.articles(), this::article);
        writeObjects("timexes", c.timexes(), this::timex);
        writeObjects("quotes", c.quotes(), this::quote);
        writeObjects("claims", c.claims(), this::claim);
        writeObjects("events", c.events(), this::event);
        writeObjects("stories", c.stories(), this::story);
        writeObjects("quoteClusters", c.quoteClusters(), this::quoteCluster);
        writeObjects("coverages", c.coverages(), this::coverage);
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private <T> void writeObjects(String field, List<T> items, FieldsWriter<T> fields) throws IOException {
        g.writeArrayFieldStart(field);
        for (T item : items) {
            g.writeStartObject();
            fields.write(item);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void article(Article a) throws IOException {
        g.writeStringField("id", a.id());
        g.writeStringField("file", a.file());
        writeNullable("outlet", a.outlet().isKnown() ? a.outlet().name() : null);
        g.writeStringField("title", a.title());
        writeNullable("published", a.published() == null ? null : a.published().toString());
        g.writeStringField("publishedFrom", a.publishedFrom().jsonName());
        g.writeStringField("url", a.url());
        g.writeStringField("text", a.text());
        strings("removedLines", a.removedLines());
    }

    private void strings(String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void timex(TimeMention t) throws IOException {
        span(t.span());
        g.writeStringField("text", t.text());
        g.writeStringField("type", t.type().name());
        g.writeStringField("value", t.value());
        writeNullable("mod", t.mod() == null ? null : t.mod().name());
        writeNullable("anchor", t.anchor() == null ? null : t.anchor().jsonName());
    }

    private void quote(Quote q) throws IOException {
        g.writeStringField("id", q.id());
        span(q.span());
        g.writeStringField("text", q.text());
        writeSpeaker(q.speaker());
        g.writeStringField("kind", q.kind().jsonName());
        writeNullable("speakerFrom", q.speakerFrom() == null ? null : q.speakerFrom().jsonName());
    }

    private void claim(Claim cl) throws IOException {
        g.writeStringField("id", cl.id());
        span(cl.span());
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
    }

    private void event(Event e) throws IOException {
        g.writeStringField("id", e.id());
        g.writeStringField("label", e.label());
        g.writeStringField("date", e.date());
        writeNullable("story", e.storyId());
        g.writeBooleanField("background", e.background());
        writeNullable("end", e.end());
        strings("reasons", e.reasons());
        writeObjects("mentions", e.mentions(), this::span);
    }

    private void story(Story s) throws IOException {
        g.writeStringField("id", s.id());
        g.writeStringField("label", s.label());
        g.writeStringField("start", s.start());
        g.writeStringField("end", s.end());
    }

    private void coverage(Coverage c) throws IOException {
        g.writeStringField("id", c.id());
        g.writeStringField("label", c.label());
        strings("articles", c.articleIds());
        writeObjects("happenings", c.happenings(), this::happening);
    }

    private void happening(Happening h) throws IOException {
        g.writeStringField("id", h.id());
        g.writeStringField("label", h.label());
        g.writeStringField("lemma", h.lemma());
        writeNullable("date", h.date());
        strings("events", h.eventIds());
        writeObjects("mentions", h.mentions(), this::span);
    }

    private void quoteCluster(QuoteCluster qc) throws IOException {
        g.writeStringField("id", qc.id());
        writeSpeaker(qc.speaker());
        writeObjects("members", qc.members(), this::variant);
        g.writeBooleanField("attributionDiffers", qc.attributionDiffers());
    }

    private void variant(Variant v) throws IOException {
        g.writeStringField("quote", v.quoteId());
        g.writeStringField("verdict", v.verdict().jsonName());
        writeSpeaker(v.speaker());
        g.writeBooleanField("speakerInherited", v.speakerInherited());
    }

    private void span(Span s) throws IOException {
        g.writeStringField("article", s.articleId());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
    }

    private void writeSpeaker(Speaker speaker) throws IOException {
        writeNullable("speaker", speaker == null ? null : speaker.name());
    }

    private void writeNullable(String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
