package org.parallax.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code corpus.json} with Jackson's streaming parser rather than data binding, because only the stream
 * knows where each entry and value stands: every warning can name the line and column to fix.
 */
final class ManifestParser {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> FIELDS = Set.of("file", "outlet", "published", "url", "title");

    private final TextDecoder decoder = new TextDecoder();

    /** @param name the manifest as warnings show it ("corpus.json") */
    Manifest parse(byte[] bytes, String name) {
        DecodedText decoded = decoder.decode(bytes, name);
        if (decoded.isRefused()) {
            return new Manifest(List.of(), ignoredBecause(decoded.warnings()));
        }
        List<ManifestEntry> entries = new ArrayList<>();
        List<LoadWarning> warnings = new ArrayList<>(decoded.warnings());
        try (JsonParser p = JSON.createParser(decoded.text())) {
            readRoot(p, name, entries, warnings);
            if (p.nextToken() != null) {
                TextPosition at = position(p.currentTokenLocation());
                return new Manifest(List.of(), List.of(at.warning(name, "unexpected text after the manifest's "
                        + "closing brace" + "; ignored the manifest and loaded the folder "
                        + "without it")));
            }
        } catch (JsonProcessingException e) {
            // Entries read before the error are dropped too: the user fixes one spot and gets the whole manifest.
            return new Manifest(List.of(), List.of(JsonErrors.warning(name, e,
                    "ignored the manifest and loaded the folder without it")));
        } catch (IOException e) {
            return new Manifest(List.of(), List.of(LoadWarning.of(name, "could not be read: " + ReadFailure.inWords(e)
                    + "; loaded the folder without it")));
        }
        return new Manifest(entries, warnings);
    }

    private static List<LoadWarning> ignoredBecause(List<LoadWarning> why) {
        List<LoadWarning> out = new ArrayList<>();
        for (LoadWarning w : why) {
            out.add(new LoadWarning(w.file(), w.line(), w.column(), w.message().replace("; skipped",
                    "; ignored the manifest and loaded the folder without it")));
        }
        return out;
    }

    private static void readRoot(JsonParser p, String name, List<ManifestEntry> entries, List<LoadWarning> warnings)
            throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            TextPosition at = position(p.currentTokenLocation());
            warnings.add(at.warning(name, "not a corpus manifest"
                    + " (it should be an object with an \"articles\" list); ignored it"));
            p.skipChildren();
            return;
        }
        boolean sawArticles = false;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            t = p.nextToken();
            if ("articles".equals(field)) {
                sawArticles = true;
                if (t == JsonToken.START_ARRAY) {
                    readEntries(p, name, entries, warnings);
                } else {
                    TextPosition at = position(p.currentTokenLocation());
                    warnings.add(at.warning(name, "\"articles\""
                            + " should be a list of entries; ignored it"));
                    p.skipChildren();
                }
            } else {
                p.skipChildren(); // room for a corpus title or notes: not ours to judge
            }
        }
        if (!sawArticles) {
            warnings.add(LoadWarning.of(name, "no \"articles\" list; loaded the folder without it"));
        }
    }

    private static void readEntries(JsonParser p, String name, List<ManifestEntry> entries,
                                    List<LoadWarning> warnings) throws IOException {
        JsonToken t;
        int number = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            number++;
            TextPosition entryAt = position(p.currentTokenLocation());
            if (t != JsonToken.START_OBJECT) {
                warnings.add(entryAt.warning(name, "entry " + number + ""
                        + " is not an object like {\"file\": \"a.txt\"}; ignored it"));
                p.skipChildren();
                continue;
            }
            readEntry(p, name, number, entryAt, warnings).ifPresent(entries::add);
        }
    }

    private static Optional<ManifestEntry> readEntry(JsonParser p, String name, int number,
                                                               TextPosition entryAt, List<LoadWarning> warnings)
            throws IOException {
        String file = null;
        TextPosition fileAt = entryAt;
        String outlet = null;
        String url = null;
        String title = null;
        LocalDate published = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            TextPosition fieldAt = position(p.currentTokenLocation());
            JsonToken value = p.nextToken();
            TextPosition valueAt = position(p.currentTokenLocation());
            if (!FIELDS.contains(field)) {
                warnings.add(fieldAt.warning(name, "unknown field \"" + field + "\""
                        + " (known: file, outlet, published, url, title); ignored it"));
                p.skipChildren();
                continue;
            }
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            if (value != JsonToken.VALUE_STRING) {
                warnings.add(valueAt.warning(name, "\"" + field + "\""
                        + " should be a string; ignored it"));
                p.skipChildren();
                continue;
            }
            String text = p.getText();
            switch (field) {
                case "file" -> {
                    file = text;
                    fileAt = valueAt;
                }
                case "outlet" -> outlet = text;
                case "url" -> url = text;
                case "title" -> title = text;
                case "published" -> {
                    published = PublishedDates.parse(text).orElse(null);
                    if (published == null && !text.isBlank()) {
                        warnings.add(valueAt.warning(name, "\"published\" value \"" + text + "\""
                                + " is not an ISO date (YYYY-MM-DD); ignored it"));
                    }
                }
                default -> throw new IllegalStateException(field);
            }
        }
        if (file == null || file.isBlank()) {
            warnings.add(entryAt.warning(name, "entry " + number + ""
                    + " has no \"file\"; ignored it"));
            return Optional.empty();
        }
        return Optional.of(new ManifestEntry(file.strip(), outlet, published, url, title, fileAt));
    }

    private static TextPosition position(JsonLocation at) {
        return new TextPosition(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    }
}
