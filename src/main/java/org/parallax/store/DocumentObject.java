package org.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parallax.model.Article;
import org.parallax.model.Span;

/** One object of the model JSON document with the path that names it in error messages ("quotes[3]"). */
record DocumentObject(JsonNode node, String path) {

    /** The objects of a top-level array of the document, named by the array alone ("quotes[3]"). */
    static List<DocumentObject> items(JsonNode root, String name) throws ModelFormatException {
        return new DocumentObject(root, name).items(name);
    }

    List<DocumentObject> items(String name) throws ModelFormatException {
        JsonNode array = node.get(name);
        if (array == null || array.isNull()) {
            return List.of(); // an absent array is an empty one: later arrays may not be filled yet
        }
        String at = path.equals(name) ? name : path + "." + name;
        if (!array.isArray()) {
            throw new ModelFormatException(at + " must be an array");
        }
        List<DocumentObject> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                throw new ModelFormatException(at + "[" + i + "] must be an object");
            }
            out.add(new DocumentObject(array.get(i), at + "[" + i + "]"));
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
        JsonNode v = optional(name, JsonNode::isTextual, "a string");
        return v == null ? null : v.asText();
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
        JsonNode v = optional(name, JsonNode::isBoolean, "true or false");
        return v != null && v.booleanValue();
    }

    BigDecimal optNumber(String name) throws ModelFormatException {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : number(name);
    }

    <E> E enumValue(String name, Function<String, E> parse) throws ModelFormatException {
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

    /** The named value, or null when it is absent or null; present, it must be what {@code wanted} accepts. */
    private JsonNode optional(String name, Predicate<JsonNode> wanted, String must) throws ModelFormatException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!wanted.test(v)) {
            throw error(name + " must be " + must);
        }
        return v;
    }

    ModelFormatException error(String message) {
        return new ModelFormatException(path + ": " + message);
    }
}
