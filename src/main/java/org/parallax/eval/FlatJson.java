package org.parallax.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one flat JSON object every {@code eval --json} prints, for scripts; figures rounded to four places. */
final class FlatJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FlatJson() {
    }

    /** {@code fields} in their order, as one line: {@code {"key": value, ...}} (Jackson escapes each part). */
    static String of(Map<String, ?> fields) {
        StringBuilder b = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append(write(k)).append(": ").append(write(v));
        });
        return b.append('}').toString();
    }

    /** The fields a report on a gold corpus starts with: its folder, its format and how many documents were read. */
    static Map<String, Object> startedWith(GoldCorpus corpus, int documents) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("corpus", corpus.root().toString());
        m.put("format", corpus.format());
        m.put("documents", documents);
        return m;
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // numbers, strings and nulls always serialise
        }
    }

    static Double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
