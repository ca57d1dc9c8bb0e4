package org.parallax.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.parallax.model.Correction;
import org.parallax.model.TextKey;

/**
 * The corrections that group quotes or events otherwise, in the workspace file: like every correction, its kind and
 * its (first) target's key as {@code article}, {@code start}, {@code end}, {@code hash}; a second target as an object
 * of the same four fields ({@code "cluster"} for a quote moved into the cluster holding that quote, {@code "other"}
 * for what is merged in). Added kinds, so older files read as before.
 */
final class RegroupingJson {

    private RegroupingJson() {
    }

    /** Writes the fields of {@code c} into the open object; false (nothing written) when it is not a regrouping. */
    static boolean write(Correction c, JsonGenerator g) throws IOException {
        if (c instanceof Correction.QuoteSplitOff s) {
            key(g, "quoteSplitOff", s.quote());
        } else if (c instanceof Correction.QuoteMovedTo m) {
            key(g, "quoteMovedTo", m.quote());
            second(g, "cluster", m.cluster());
        } else if (c instanceof Correction.ClusterMerge m) {
            key(g, "clusterMerge", m.into());
            second(g, "other", m.other());
        } else if (c instanceof Correction.ClusterReference r) {
            key(g, "clusterReference", r.quote());
        } else if (c instanceof Correction.EventMerge m) {
            key(g, "eventMerge", m.into());
            second(g, "other", m.other());
        } else {
            return false;
        }
        return true;
    }

    /** The regrouping of {@code kind} with first target {@code key}; null when {@code kind} is none of them. */
    static Correction read(String kind, TextKey key, DocumentObject o) throws ModelFormatException {
        return switch (kind) {
            case "quoteSplitOff" -> new Correction.QuoteSplitOff(key);
            case "quoteMovedTo" -> new Correction.QuoteMovedTo(key, second(o, "cluster"));
            case "clusterMerge" -> new Correction.ClusterMerge(key, second(o, "other"));
            case "clusterReference" -> new Correction.ClusterReference(key);
            case "eventMerge" -> new Correction.EventMerge(key, second(o, "other"));
            default -> null;
        };
    }

    private static void key(JsonGenerator g, String kind, TextKey k) throws IOException {
        g.writeStringField("kind", kind);
        fields(g, k);
    }

    private static void second(JsonGenerator g, String name, TextKey k) throws IOException {
        g.writeObjectFieldStart(name);
        fields(g, k);
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, TextKey k) throws IOException {
        g.writeStringField("article", k.articleId());
        g.writeNumberField("start", k.start());
        g.writeNumberField("end", k.end());
        g.writeStringField("hash", k.textHash());
    }

    private static TextKey second(DocumentObject o, String name) throws ModelFormatException {
        JsonNode n = o.node().get(name);
        if (n == null || !n.isObject()) {
            throw o.error("missing " + name);
        }
        DocumentObject k = new DocumentObject(n, o.path() + "." + name);
        return new TextKey(k.text("article"), k.integer("start"), k.integer("end"), k.text("hash"));
    }
}
