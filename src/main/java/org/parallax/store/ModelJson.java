package org.parallax.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.model.Corpus;
import org.parallax.text.JsonSyntaxWords;

/**
 * The model JSON format, schema version {@value #SCHEMA_VERSION}: the extraction output that scripts read
 * and that Parallax can read back. Written field by field with a streaming generator so the field order is
 * the documented one; read item by item ({@link ModelStream}, or from a tree when it is part of another document)
 * and checked (references, offsets) so a bad document fails with a message, never with a half-built corpus. This class holds the entry points and the version check;
 * {@code ModelWriter} writes the fields, {@code ModelReader} reads and checks them.
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

    /** Writes the model as one JSON object into {@code g} (also as a value inside another document). */
    void write(Corpus c, JsonGenerator g) throws IOException {
        new ModelWriter(g).write(c, SCHEMA_VERSION);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Whether a file is a Parallax model JSON document rather than an article (a news-please JSON file is one too): a
     * {@code .json} file whose top-level object has a {@code schemaVersion} field. Only the top level is scanned,
     * children skipped, so a large model is recognised without being read; a document broken after that field still
     * counts, so opening it names the fault instead of reading it as an article.
     */
    public boolean isModelFile(Path file) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                || !Files.isRegularFile(file)) {
            return false;
        }
        try (JsonParser p = factory.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                if ("schemaVersion".equals(p.currentName())) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false; // not JSON at all, or unreadable: the article readers will say which
        }
    }

    /** Reads a model file ({@link #isModelFile}). */
    public Corpus read(Path file) throws IOException, ModelFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public Corpus read(InputStream in) throws IOException, ModelFormatException {
        return stream(() -> factory.createParser(in));
    }

    public Corpus read(Reader in) throws IOException, ModelFormatException {
        return stream(() -> factory.createParser(in));
    }

    public Corpus fromJson(String json) throws ModelFormatException {
        try {
            return stream(() -> factory.createParser(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from a String
        }
    }

    private interface ParserSource {
        JsonParser get() throws IOException;
    }

    /** Reads a whole document item by item ({@link ModelStream}); a fault in the JSON says where it is. */
    private Corpus stream(ParserSource source) throws IOException, ModelFormatException {
        try (JsonParser p = source.get()) {
            return ModelStream.read(p, mapper);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ModelFormatException("not valid JSON" + where + ": " + JsonSyntaxWords.of(e.getOriginalMessage()),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e);
        }
    }

    /** Reads a model object already parsed (also a value inside another document). */
    Corpus read(JsonNode root) throws ModelFormatException {
        checkIsObject(root);
        checkVersion(root.get("schemaVersion"));
        return ModelReader.read(root);
    }

    static void checkIsObject(JsonNode root) throws ModelFormatException {
        if (!root.isObject()) {
            throw new ModelFormatException("expected a JSON object with a schemaVersion, found " + root.getNodeType());
        }
    }

    /** The document's {@code schemaVersion} value (null when it has none) is the one this version reads. */
    static void checkVersion(JsonNode version) throws ModelFormatException {
        if (version == null || !version.canConvertToInt()) {
            throw new ModelFormatException("no schemaVersion: not a Parallax model JSON document");
        }
        if (version.asInt() != SCHEMA_VERSION) {
            throw new ModelFormatException("unsupported schemaVersion " + version.asText()
                    + ": this version of Parallax reads schemaVersion " + SCHEMA_VERSION);
        }
    }
}
