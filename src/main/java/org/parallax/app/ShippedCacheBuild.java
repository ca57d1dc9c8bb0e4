package org.parallax.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.store.ExtractionCache;

/**
 * A build step (the pom's {@code shipped-cache}, before the jar is packed): opens the bundled corpus through the
 * standard pipeline, as the window does, and writes its analysed-corpus cache entry into the class-path folder of
 * shipped entries ({@link ExtractionCache#SHIPPED}), so a first launch reads it instead of extracting. The entry is
 * made by this build's code and keyed by this build's version and time, so no other build ever reads it.
 *
 * <p>{@code ShippedCacheBuild FOLDER}: FOLDER is that class-path folder under the build's classes; entries of earlier
 * builds in it are deleted.
 */
public final class ShippedCacheBuild {

    private static final String SUFFIX = ".json.gz";

    private ShippedCacheBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ShippedCacheBuild FOLDER");
            System.exit(Cli.USAGE);
        }
        Path written = write(Path.of(args[0]));
        System.out.println("shipped extraction cache: " + written);
    }

    /** Writes the bundled corpus's entry into {@code folder} (emptied of earlier entries); returns its file. */
    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        deleteEntries(folder); // first: an entry still there under this build's key would be read, not made
        Path work = Files.createTempDirectory("parallax-shipped-cache");
        try {
            ExtractionCache cache = new ExtractionCache(work, ExtractionCache.DEFAULT_MAX_BYTES, "standard");
            Pipeline.standard(Optional.of(cache)).loadBundled(LoadProgress.NONE);
            List<Article> loaded = new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles();
            Path entry = cache.entryFile(cache.corpusKey(loaded));
            if (!Files.isRegularFile(entry)) {
                throw new IOException("the pipeline kept no entry for the bundled corpus: " + entry);
            }
            return Files.copy(entry, folder.resolve(entry.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            FolderArticles.deleteQuietly(work);
        }
    }

    private static void deleteEntries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                Files.delete(f);
            }
        }
    }
}
