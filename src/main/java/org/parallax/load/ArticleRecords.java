package org.parallax.load;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Article;

/**
 * Articles one at a time, for a job that reads its files or records elsewhere (the Spark job): the same readers,
 * cleaning and manifest rules as a folder's files, without a folder. The caller gives each article its id (a
 * folder's ids depend on the other files: {@link ArticleIds}).
 */
public final class ArticleRecords {

    private static final System.Logger LOG = System.getLogger(ArticleRecords.class.getName());

    private ArticleRecords() {
    }

    /** What reading one file or record gave: maybe an article, and the warnings either way. */
    public record Read(Optional<Article> article, List<LoadWarning> warnings) {
        public Read {
            warnings = List.copyOf(warnings);
        }
    }

    /** What a manifest says about one file; every field may be empty (or null: {@code published}). */
    public record Given(String outlet, LocalDate published, String url, String title) implements Serializable {
        private static final long serialVersionUID = 1L;

        private Optional<ManifestEntry> entry(String file) {
            return Optional.of(new ManifestEntry(file, outlet, published, url, title, new TextPosition(1, 1)));
        }
    }

    /**
     * One article file: {@code name} (its path under the corpus root) chooses the reader by its extension, as in a
     * folder; what the manifest gives about it, if anything, wins.
     */
    public static Read file(String id, String name, byte[] bytes, Optional<Given> given) {
        Optional<ArticleFormat> format = ArticleFormat.of(name);
        if (format.isEmpty()) {
            return new Read(Optional.empty(), List.of(LoadWarning.of(name, ArticleFormat.notSupportedMessage())));
        }
        ReadOutcome read;
        try {
            read = format.get().newReader().read(bytes, name, "");
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(name, e);
        }
        if (read.article().isEmpty()) {
            return new Read(Optional.empty(), read.warnings());
        }
        return assembled(id, name, read.article().get(), given.flatMap(g -> g.entry(name)), read.warnings());
    }

    /**
     * One news-please record whose fields are already apart (a Parquet row of {@code maintext}, {@code title},
     * {@code url}, {@code date_publish}, {@code source_domain}...): read as that record's JSON file would be.
     */
    public static Read newsPlease(String id, String name, Map<String, String> fields) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        fields.forEach((k, v) -> {
            if (v != null) {
                record.put(k, v);
            }
        });
        return file(id, name + ".json", record.toString().getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    private static Read assembled(String id, String name, RawArticle raw, Optional<ManifestEntry> entry,
                                  List<LoadWarning> warnings) {
        ArticleFileLoader.Result r = ArticleFileLoader.assemble(name, raw, entry, warnings);
        return new Read(r.draft().map(d -> d.toArticle(id)), r.warnings());
    }

    /**
     * A corpus.json manifest's entries by the file each names (relative to the manifest's folder, as written, without
     * a leading "./"), and the manifest's own warnings.
     */
    public static Map<String, Given> manifest(String name, byte[] bytes, List<LoadWarning> warnings) {
        Manifest m = new ManifestParser().parse(bytes, name);
        warnings.addAll(m.warnings());
        Map<String, Given> out = new LinkedHashMap<>();
        for (ManifestEntry e : m.entries()) {
            out.putIfAbsent(e.file().replaceFirst("^\\./", ""), new Given(e.outlet(), e.published(), e.url(), e.title()));
        }
        return out;
    }

    /** The id a folder gives a file when no other file has it: its name without folder and extension. */
    public static String baseId(String file) {
        return new ArticleIds().next(file);
    }

    /** The manifest file's name, {@code corpus.json}. */
    public static String manifestName() {
        return Manifest.FILE_NAME;
    }

    /** The largest file the app reads (larger ones are refused with {@link #tooLarge}), as a folder's loader. */
    public static long maxFileBytes() {
        return CorpusLoader.DEFAULT_MAX_FILE_BYTES;
    }

    /** A file over {@link #maxFileBytes()}, refused as a folder's loader refuses it. */
    public static Read tooLarge(String name, long size) {
        return new Read(Optional.empty(), List.of(LoadWarning.of(name,
                ArticleFileLoader.tooLarge(size, maxFileBytes()))));
    }

    /** An article that could not be read, said in words ({@link ReadFailure}); the exception goes to the log. */
    public static Read unreadable(String name, Throwable e) {
        LOG.log(System.Logger.Level.WARNING, "could not read " + name, e);
        return new Read(Optional.empty(), List.of(LoadWarning.of(name, "could not be read: " + ReadFailure.inWords(e))));
    }
}
