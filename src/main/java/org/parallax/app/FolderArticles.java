package org.parallax.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parallax.model.Article;

/** Folders of article files for the benches: written as text files with a manifest, and removed afterwards. */
final class FolderArticles {

    /** A paragraph shorter than this is no article of its own. */
    private static final int SHORTEST_PARAGRAPH = 200;

    private FolderArticles() {
    }

    /** The file the {@code i}-th article is written to. */
    static String fileName(int i) {
        return String.format(Locale.ROOT, "a%06d.txt", i);
    }

    /**
     * One text file per article and a manifest with its outlet, date, title and address.
     *
     * @return the bytes of the articles' texts
     */
    static long write(List<Article> articles, Path folder) throws IOException {
        long bytes = 0;
        try (JsonGenerator g = new JsonFactory().createGenerator(folder.resolve("corpus.json").toFile(),
                JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("articles");
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
                Files.write(folder.resolve(fileName(i)), text);
                bytes += text.length;
                g.writeStartObject();
                g.writeStringField("file", fileName(i));
                if (a.outlet().isKnown()) {
                    g.writeStringField("outlet", a.outlet().name());
                }
                if (a.published() != null) {
                    g.writeStringField("published", a.published().toString());
                }
                g.writeStringField("title", a.title());
                g.writeStringField("url", a.url());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return bytes;
    }

    /** Small articles: each paragraph of the seeds long enough to stand alone, with its seed's outlet and date. */
    static List<Article> paragraphs(List<Article> seeds) {
        List<Article> out = new ArrayList<>();
        for (Article s : seeds) {
            for (String p : s.text().split("\n\\s*\n")) {
                if (p.strip().length() >= SHORTEST_PARAGRAPH) {
                    out.add(new Article(s.id() + "p" + out.size(), s.file(), s.outlet(), s.title(), s.published(),
                            s.publishedFrom(), s.url(), p.strip(), List.of()));
                }
            }
        }
        return out.isEmpty() ? seeds : out;
    }

    /** Deletes a temporary folder and everything in it, as far as it can (a file still held stays). */
    static void deleteQuietly(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder; the system cleans it up
        }
    }
}
