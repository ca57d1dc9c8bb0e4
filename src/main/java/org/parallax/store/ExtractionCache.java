package org.parallax.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.parallax.model.Article;
import org.parallax.model.Corpus;

/**
 * What extraction found, kept in the user's cache folder so that reopening unchanged articles does not extract them
 * again. Two kinds of entry, each a gzipped model JSON document named by a SHA-256 key of everything it was made
 * from plus the product version with its build time ({@link ProductVersion#build}) and {@link #FORMAT} (so a new
 * extractor, or a rebuilt development version, never reads an old entry as its own):
 * <ul>
 *   <li>an article's findings: a one-article model with its timexes and claims, keyed by {@link #articleKey};</li>
 *   <li>a whole analysed corpus (findings, events, stories, clusters), keyed by {@link #corpusKey} of the articles
 *       as loaded, so an exact reopen skips every later stage.</li>
 * </ul>
 * It is a cache: an unreadable, corrupt or mismatched entry is a miss and a failed write is ignored, so deleting the
 * folder loses nothing. Entries made when the jar was built ({@link #SHIPPED}: the bundled corpus, analysed) are read
 * after the folder's, never written or evicted; their keys hold the build time, so only this build finds them. Its size is bounded: a write that takes it past the bound removes the least recently used
 * entries (a hit counts as a use). Thread-safe; several processes may share the folder.
 */
public final class ExtractionCache {

    /** The default bound, 500 MB. */
    public static final long DEFAULT_MAX_BYTES = 500L * 1024 * 1024;
    /** Part of every key: change it when what an entry means changes without a new product version. */
    static final String FORMAT = "parallax-extraction-cache-1";
    private static final String SUFFIX = ".json.gz";
    /**
     * The class-path folder, beside this class, of the entries made at build time ({@code app.ShippedCacheBuild}): a
     * first launch opens the bundled corpus without extracting it.
     */
    public static final String SHIPPED = "shipped";
    private static final System.Logger LOG = System.getLogger(ExtractionCache.class.getName());

    private final Path folder;
    private final String extractor;
    private final String version;
    private final CacheSize size;
    /** The entries made at build time, by key: a stream of one, or null where there is none. */
    private final Function<String, InputStream> shipped;
    private final ModelJson json = new ModelJson();

    /**
     * A cache in {@code folder} (made when first written) holding at most about {@code maxBytes}; {@code extractor}
     * names the extraction whose findings it keeps, so two differently configured extractions never share entries.
     */
    public ExtractionCache(Path folder, long maxBytes, String extractor) {
        this(folder, maxBytes, extractor, ExtractionCache::shippedInJar);
    }

    /**
     * The shipped entry under {@code key} when it is packed in the jar: a class-path folder (an IDE's build) may keep
     * an entry whose key no longer follows the code, since its version file is not always made anew.
     */
    private static InputStream shippedInJar(String key) {
        java.net.URL url = ExtractionCache.class.getResource(SHIPPED + "/" + key + SUFFIX);
        try {
            return url == null || !"jar".equals(url.getProtocol()) ? null : url.openStream();
        } catch (IOException e) {
            return null;
        }
    }

    /** As the public constructor, with the shipped entries read through {@code shipped} (tests). */
    ExtractionCache(Path folder, long maxBytes, String extractor, Function<String, InputStream> shipped) {
        this.folder = folder;
        this.extractor = extractor;
        this.version = ProductVersion.build();
        this.size = new CacheSize(folder, SUFFIX, maxBytes);
        this.shipped = shipped;
    }

    /** The cache of the standard extraction in {@link #defaultFolder()}, bounded by {@link #DEFAULT_MAX_BYTES}. */
    public static ExtractionCache standard() {
        return new ExtractionCache(defaultFolder(), DEFAULT_MAX_BYTES, "standard");
    }

    /** {@code extraction} in the {@link UserCacheFolder}; {@code -Dparallax.cache=DIR} overrides it (tests, kiosks). */
    public static Path defaultFolder() {
        String override = System.getProperty("parallax.cache");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return UserCacheFolder.current().resolve("extraction");
    }

    public Path folder() {
        return folder;
    }

    // ---------------------------------------------------------------- keys

    /** The key of everything extraction reads from one article (after its outlet and date are settled). */
    public String articleKey(Article a) {
        Digest d = new Digest("article");
        fields(d, a);
        return d.hex();
    }

    /** The key of a corpus as loaded, before anything is inferred: every field of every article, in order. */
    public String corpusKey(List<Article> articles) {
        Digest d = new Digest("corpus");
        d.add(String.valueOf(articles.size()));
        for (Article a : articles) {
            fields(d, a);
            d.add(String.valueOf(a.removedLines().size()));
            a.removedLines().forEach(d::add);
        }
        return d.hex();
    }

    private static void fields(Digest d, Article a) {
        d.add(a.id());
        d.add(a.file());
        d.add(a.outlet().name());
        d.add(a.title());
        d.add(String.valueOf(a.published()));
        d.add(a.publishedFrom().name());
        d.add(a.url());
        d.add(a.text());
    }

    /** SHA-256 over length-prefixed strings, so no two lists of fields run together into one key. */
    private final class Digest {
        private final MessageDigest sha;

        Digest(String kind) {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
            add(FORMAT);
            add(version);
            add(extractor);
            add(kind);
        }

        void add(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                    (byte) (bytes.length >>> 8), (byte) bytes.length});
            sha.update(bytes);
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    // ---------------------------------------------------------------- entries

    /** The one-article model kept under {@code key}, if there is a readable one for an article of that id. */
    public Optional<Corpus> article(String key, String articleId) {
        return read(key).filter(c -> c.articles().size() == 1 && c.articles().get(0).id().equals(articleId));
    }

    /** The analysed corpus kept under {@code key}, if there is a readable one with these article ids in this order. */
    public Optional<Corpus> corpus(String key, List<String> articleIds) {
        return read(key).filter(c -> c.articles().stream().map(Article::id).toList().equals(articleIds));
    }

    /** How many bytes the cache takes on disk now (0 when its folder does not exist yet). */
    public long bytes() throws IOException {
        return size.total();
    }

    /**
     * Deletes every entry in the folder (the entries shipped in the jar stay: they are part of the app); returns the
     * bytes freed. The cache is a cache: the next opening
     * extracts again and nothing of the user's is lost.
     */
    public long clear() throws IOException {
        return size.clear();
    }

    /** Keeps {@code model} under {@code key}; a failure is logged and otherwise ignored. */
    public void put(String key, Corpus model) {
        Path file = entry(key);
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(file, out -> {
                GZIPOutputStream zipped = new GZIPOutputStream(out);
                json.write(model, zipped); // flushes, leaves zipped open
                zipped.finish();
            });
            size.added(file);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not keep an extraction cache entry in " + folder + ": " + e);
        }
    }

    private Optional<Corpus> read(String key) {
        Path file = entry(key);
        if (!Files.isRegularFile(file)) {
            return shipped(key);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            Corpus c = json.read(in);
            touch(file);
            return Optional.of(c);
        } catch (IOException | ModelFormatException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "extraction cache entry " + file + " unreadable, a miss: " + e);
            return shipped(key);
        }
    }

    /** The entry made at build time under {@code key}, if the jar holds a readable one. */
    private Optional<Corpus> shipped(String key) {
        InputStream resource = this.shipped.apply(key);
        if (resource == null) {
            return Optional.empty();
        }
        try (InputStream raw = resource; InputStream in = new GZIPInputStream(raw)) {
            return Optional.of(json.read(in));
        } catch (IOException | ModelFormatException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "shipped extraction cache entry " + key + " unreadable, a miss: " + e);
            return Optional.empty();
        }
    }

    /** The file that holds (or would hold) the entry under {@code key} in this cache's folder. */
    public Path entryFile(String key) {
        return entry(key);
    }

    /** A hit is a use: the entry becomes the most recently used, last to be evicted. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache still serves; it only evicts less well
        }
    }

    private Path entry(String key) {
        return folder.resolve(key + SUFFIX);
    }
}
