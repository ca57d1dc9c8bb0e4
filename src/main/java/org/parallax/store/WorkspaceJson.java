package org.parallax.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.model.Correction;
import org.parallax.model.Corpus;
import org.parallax.model.TextKey;
import org.parallax.text.JsonSyntaxWords;

/**
 * The workspace file ({@code NAME.parallax}), version {@value #VERSION}: a JSON object with {@code workspaceVersion},
 * {@code writtenBy}, {@code source}, {@code corrections}, {@code view} and, last, {@code model} (the model JSON
 * object). The user's own work comes before the large model, so a file cut short keeps it, and the model can be
 * extracted again from {@code source}. Written through {@link AtomicFiles}: a failed save leaves the previous file.
 *
 * <p>Reading opens what it can: a correction it cannot read, or a file cut short, becomes a {@link Problem} with its
 * line and column, and the rest is kept. A file of a newer version is refused with a message saying so.
 */
public final class WorkspaceJson {

    public static final int VERSION = 1;
    /** The file name ending the window offers. */
    public static final String EXTENSION = ".parallax";

    /** Something in the file that could not be read; line and column 1-based, 0 when not known. */
    public record Problem(int line, int column, String message) {
    }

    /** A workspace as far as it could be read, and what could not. */
    public record Loaded(Workspace workspace, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private final ModelJson models = new ModelJson();
    private final ObjectMapper mapper = new ObjectMapper();

    public void write(Workspace w, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeNumberField("workspaceVersion", VERSION);
                g.writeStringField("writtenBy", "parallax " + ProductVersion.current());
                g.writeStringField("source", w.source() == null ? null : w.source().toString());
                g.writeArrayFieldStart("corrections");
                for (Correction c : w.corrections()) {
                    CorrectionJson.write(c, g);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("view");
                for (Map.Entry<String, String> e : new TreeMap<>(w.view()).entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeFieldName("model");
                models.write(w.extracted(), g);
                g.writeEndObject();
            }
        });
    }

    public Loaded read(Path file) throws IOException, ModelFormatException {
        Reading r = new Reading();
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ModelFormatException("not a Parallax workspace: expected a JSON object", 1, 1, null);
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                r.field(name, p);
            }
        } catch (JsonProcessingException e) {
            if (r.version == 0) {
                throw new ModelFormatException("not a Parallax workspace: " + JsonSyntaxWords.of(e.getOriginalMessage()),
                        line(e.getLocation()), column(e.getLocation()), e);
            }
            r.problems.add(new Problem(line(e.getLocation()), column(e.getLocation()),
                    "the file ends early or is broken here (" + JsonSyntaxWords.of(e.getOriginalMessage())
                            + "); what came before is kept"));
        }
        if (r.version == 0) {
            throw new ModelFormatException("not a Parallax workspace: no workspaceVersion");
        }
        if (r.model == null) {
            r.problems.add(new Problem(0, 0, "the model could not be read"
                    + (r.source == null ? "" : "; open " + r.source + " again to extract it")));
        }
        Workspace w = new Workspace(r.source, r.model == null ? Corpus.EMPTY : r.model, r.corrections, r.view);
        return new Loaded(w, r.problems);
    }

    /** The fields read so far. */
    private final class Reading {
        int version;
        Path source;
        Corpus model;
        final List<Correction> corrections = new ArrayList<>();
        final Map<String, String> view = new LinkedHashMap<>();
        final List<Problem> problems = new ArrayList<>();

        void field(String name, JsonParser p) throws IOException, ModelFormatException {
            JsonLocation at = p.currentTokenLocation();
            switch (name) {
                case "workspaceVersion" -> {
                    version = p.getValueAsInt(0);
                    if (version > VERSION) {
                        throw new ModelFormatException("this workspace was saved by a newer Parallax (workspace version "
                                + version + "); this version reads versions up to " + VERSION, line(at), column(at), null);
                    }
                    if (version < 1) {
                        throw new ModelFormatException("not a Parallax workspace: bad workspaceVersion", line(at),
                                column(at), null);
                    }
                }
                case "source" -> source = p.currentToken() == JsonToken.VALUE_STRING ? Path.of(p.getText()) : null;
                case "corrections" -> corrections(p);
                case "view" -> {
                    JsonNode v = p.readValueAsTree();
                    if (v != null && v.isObject()) {
                        v.fields().forEachRemaining(e -> view.put(e.getKey(), e.getValue().asText()));
                    }
                }
                case "model" -> {
                    JsonNode m = p.readValueAsTree();
                    try {
                        model = models.read(m);
                    } catch (ModelFormatException e) {
                        problems.add(new Problem(line(at), column(at), "the model could not be read: " + e.getMessage()));
                    }
                }
                default -> p.skipChildren();
            }
        }

        private void corrections(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                return;
            }
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                JsonNode n = p.readValueAsTree();
                try {
                    corrections.add(CorrectionJson.read(n));
                } catch (ModelFormatException | IllegalArgumentException e) {
                    problems.add(new Problem(line(at), column(at), "correction " + (i + 1) + " is left out: "
                            + e.getMessage()));
                }
                i++;
            }
        }
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getColumnNr());
    }

    /** One correction as a JSON object: its kind, its target's key, and what it sets. */
    static final class CorrectionJson {

        private CorrectionJson() {
        }

        static void write(Correction c, JsonGenerator g) throws IOException {
            g.writeStartObject();
            if (RegroupingJson.write(c, g)) {
                g.writeEndObject();
                return;
            }
            if (c instanceof Correction.QuoteSpeaker s) {
                key(g, "quoteSpeaker", s.quote());
                g.writeStringField("speaker", s.speaker());
            } else if (c instanceof Correction.NotAQuote n) {
                key(g, "notAQuote", n.quote());
            } else if (c instanceof Correction.EventDate d) {
                key(g, "eventDate", d.event());
                g.writeStringField("date", d.date());
            } else if (c instanceof Correction.EventLabel l) {
                key(g, "eventLabel", l.event());
                g.writeStringField("label", l.label());
            } else if (c instanceof Correction.EventHidden h) {
                key(g, "eventHidden", h.event());
            } else if (c instanceof Correction.ArticleOutlet o) {
                g.writeStringField("kind", "articleOutlet");
                g.writeStringField("article", o.articleId());
                g.writeStringField("outlet", o.outlet());
            } else if (c instanceof Correction.ArticleTitle t) {
                g.writeStringField("kind", "articleTitle");
                g.writeStringField("article", t.articleId());
                g.writeStringField("title", t.title());
            } else if (c instanceof Correction.ArticleDate d) {
                g.writeStringField("kind", "articleDate");
                g.writeStringField("article", d.articleId());
                g.writeStringField("published", d.published().toString());
            }
            g.writeEndObject();
        }

        private static LocalDate date(String text) throws ModelFormatException {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new ModelFormatException("not a day (yyyy-MM-dd): '" + text + "'");
            }
        }

        private static void key(JsonGenerator g, String kind, TextKey k) throws IOException {
            g.writeStringField("kind", kind);
            g.writeStringField("article", k.articleId());
            g.writeNumberField("start", k.start());
            g.writeNumberField("end", k.end());
            g.writeStringField("hash", k.textHash());
        }

        static Correction read(JsonNode n) throws ModelFormatException {
            if (n == null || !n.isObject()) {
                throw new ModelFormatException("not an object");
            }
            DocumentObject o = new DocumentObject(n, "correction");
            String kind = o.text("kind");
            if (kind.equals("articleOutlet")) {
                return new Correction.ArticleOutlet(o.text("article"), o.optText("outlet"));
            }
            if (kind.equals("articleTitle")) {
                return new Correction.ArticleTitle(o.text("article"), o.optText("title"));
            }
            if (kind.equals("articleDate")) {
                return new Correction.ArticleDate(o.text("article"), date(o.text("published")));
            }
            TextKey key = new TextKey(o.text("article"), o.integer("start"), o.integer("end"), o.text("hash"));
            Correction regrouping = RegroupingJson.read(kind, key, o);
            if (regrouping != null) {
                return regrouping;
            }
            return switch (kind) {
                case "quoteSpeaker" -> new Correction.QuoteSpeaker(key, o.optText("speaker"));
                case "notAQuote" -> new Correction.NotAQuote(key);
                case "eventDate" -> new Correction.EventDate(key, o.text("date"));
                case "eventLabel" -> new Correction.EventLabel(key, o.text("label"));
                case "eventHidden" -> new Correction.EventHidden(key);
                default -> throw new ModelFormatException("unknown kind of correction '" + kind + "'");
            };
        }
    }
}
