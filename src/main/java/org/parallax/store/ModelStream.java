package org.parallax.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Corpus;

/**
 * Reads a model document from a parser one array item at a time: a model of 100,000 articles is a file of hundreds
 * of megabytes, and its whole tree took several times the corpus's own memory while it was read. Once the version is
 * checked and the articles are read (the writer puts both first), each item of the other arrays is read as a small
 * tree, checked and dropped. What comes earlier than that in another writer's document is kept as a tree and read at
 * the end, so any order of fields reads as the same corpus with the same messages as {@link ModelReader#read}.
 */
final class ModelStream {

    private final JsonParser parser;
    private final ObjectMapper mapper;
    /** The fields read before the version and the articles were known. */
    private final ObjectNode early;
    private final Set<String> seen = new HashSet<>();
    private boolean versionChecked;
    private ModelReader reader;

    private ModelStream(JsonParser parser, ObjectMapper mapper) {
        this.parser = parser;
        this.mapper = mapper;
        this.early = mapper.createObjectNode();
    }

    /** The corpus of the document {@code parser} is at the start of. */
    static Corpus read(JsonParser parser, ObjectMapper mapper) throws IOException, ModelFormatException {
        return new ModelStream(parser, mapper).read();
    }

    private Corpus read() throws IOException, ModelFormatException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ModelFormatException("empty document: expected a Parallax model JSON object");
        }
        if (first != JsonToken.START_OBJECT) {
            ModelJson.checkIsObject(mapper.readTree(parser));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            field(name);
        }
        if (!versionChecked) {
            ModelJson.checkVersion(null);
        }
        if (reader == null) {
            reader = ModelReader.of(ModelReader.readAll(DocumentObject.items(early, "articles"), ModelReader::article));
        }
        for (String array : ModelReader.ARRAYS) {
            for (DocumentObject o : DocumentObject.items(early, array)) {
                reader.add(array, o);
            }
        }
        return reader.corpus();
    }

    /** One top-level field, the parser at its value. */
    private void field(String name) throws IOException, ModelFormatException {
        boolean model = name.equals("schemaVersion") || name.equals("articles") || ModelReader.ARRAYS.contains(name);
        if (!model || !seen.add(name)) {
            parser.skipChildren(); // not part of the model, or a repeated field (the first one counts)
        } else if (name.equals("schemaVersion")) {
            ModelJson.checkVersion(mapper.readTree(parser));
            versionChecked = true;
        } else if (name.equals("articles") && versionChecked && parser.currentToken() == JsonToken.START_ARRAY) {
            List<Article> articles = new ArrayList<>();
            items(name, o -> articles.add(ModelReader.article(o)));
            reader = ModelReader.of(articles);
        } else if (reader != null && !name.equals("articles")) {
            if (parser.currentToken() != JsonToken.VALUE_NULL) { // null is an empty array, as in a tree
                items(name, o -> reader.add(name, o));
            }
        } else {
            early.set(name, mapper.readTree(parser));
        }
    }

    private interface ItemReader {
        void read(DocumentObject o) throws ModelFormatException;
    }

    /** Each item of the array {@code name}, the parser at its start, as {@link DocumentObject#items} checks them. */
    private void items(String name, ItemReader read) throws IOException, ModelFormatException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new ModelFormatException(name + " must be an array");
        }
        int i = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken(), i++) {
            if (t != JsonToken.START_OBJECT) {
                throw new ModelFormatException(name + "[" + i + "] must be an object");
            }
            read.read(new DocumentObject(mapper.readTree(parser), name + "[" + i + "]"));
        }
    }
}
