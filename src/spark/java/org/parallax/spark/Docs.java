package org.parallax.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.TimeMention;
import org.parallax.store.ModelFormatException;
import org.parallax.store.ModelJson;

/**
 * How an article and its findings travel between the job's stages: as a one-article model JSON document (the store's
 * own format, so nothing about the model is written twice), since the model records are not {@link Serializable} on
 * purpose; and the few Serializable parts (the person registry's) as Java-serialised bytes.
 */
final class Docs {

    private static final ModelJson JSON = new ModelJson();

    private Docs() {
    }

    /** One article with what was found in it. */
    record Doc(Article article, List<TimeMention> timexes, List<Quote> quotes, List<Claim> claims) {
        Corpus corpus() {
            return Corpus.of(List.of(article)).withTimexes(timexes).withQuotes(quotes).withClaims(claims);
        }

        Doc withQuotes(List<Quote> found) {
            return new Doc(article, timexes, found, claims);
        }
    }

    static String write(Doc doc) {
        return JSON.toJson(doc.corpus());
    }

    static Doc read(String json) {
        try {
            Corpus c = JSON.fromJson(json);
            return new Doc(c.articles().get(0), c.timexes(), c.quotes(), c.claims());
        } catch (ModelFormatException e) {
            throw new IllegalStateException("a document the job wrote cannot be read back: " + e.getMessage(), e);
        }
    }

    /** Many documents as one corpus, in the order given. */
    static Corpus corpus(List<Doc> docs) {
        return Corpus.of(docs.stream().map(Doc::article).toList())
                .withTimexes(docs.stream().flatMap(d -> d.timexes().stream()).toList())
                .withQuotes(docs.stream().flatMap(d -> d.quotes().stream()).toList())
                .withClaims(docs.stream().flatMap(d -> d.claims().stream()).toList());
    }

    static byte[] bytes(Serializable value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static <T extends Serializable> T value(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (T) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
