package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.store.ExtractionCache;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * {@code bench open [--articles N] [--corpora DIR] [--json]}: opening a folder of N articles (built as
 * {@code bench extract} builds them, written as text files with a manifest) without a cache, then with an empty
 * extraction cache (which fills it), then reopening it unchanged, then once more with one file changed; the cold and
 * cached times and their ratio; then how long applying the user's corrections takes on that corpus
 * ({@link CorrectionBench}). The cache
 * and the folder are temporary: the user's own cache is never read or written.
 */
@CommandLine.Command(name = "open", sortOptions = false, description = "Opening N articles without a cache, with an empty "
        + "cache, reopening them unchanged and with one file changed; then applying corrections.")
final class OpenBench implements Command {

    private static final int DEFAULT_ARTICLES = 2000;
    private static final int WARM_UP_ARTICLES = 200;

    @Mixin
    HelpOption help;

    @Mixin
    BenchCommand.Sizing sizing;

    @Override
    public int run(PrintStream out, PrintStream err) throws CommandFailedException {
        int articles = sizing.articles(DEFAULT_ARTICLES);
        Path corpora = sizing.corpora;
        boolean json = sizing.json;
        List<Article> seeds = BenchCommand.seeds(corpora, err);
        Path work = null;
        try {
            work = Files.createTempDirectory("parallax-bench-open");
            Times warm = measure(BenchCommand.replicate(seeds, Math.min(articles, WARM_UP_ARTICLES)),
                    work.resolve("warm-up")); // JIT, models, both paths
            Times t = measure(BenchCommand.replicate(seeds, articles), work.resolve("bench"));
            print(out, json, articles, t, warm);
        } catch (IOException e) {
            throw new CommandFailedException("could not write the articles to a temporary folder: " + e.getMessage(), e);
        } finally {
            FolderArticles.deleteQuietly(work);
        }
        return Cli.OK;
    }

    private static void print(PrintStream out, boolean json, int articles, Times t, Times warm) {
        if (json) {
            out.printf(Locale.ROOT, "{\"articles\": %d, \"cold_ms\": %d, \"cached_ms\": %d, \"ratio\": %.1f, "
                    + "\"one_changed_ms\": %d, \"uncached_ms\": %d, \"corrections\": %d, \"overlay_ms\": %d, "
                    + "\"redated_ms\": %d, \"after_redated_ms\": %d, \"cores\": %d}%n", articles, t.coldMs,
                    t.cachedMs, t.ratio(), t.changedMs, t.uncachedMs, t.fixes.corrections(), t.fixes.overlayMs(),
                    t.fixes.redateMs(), t.fixes.afterRedateMs(), Runtime.getRuntime().availableProcessors());
            return;
        }
        out.printf(Locale.ROOT, "bench open: %d articles, %d cores (warm-up on %d: cold %d ms, cached %d ms)%n",
                articles, Runtime.getRuntime().availableProcessors(), Math.min(articles, WARM_UP_ARTICLES),
                warm.coldMs, warm.cachedMs);
        out.printf(Locale.ROOT, "open without a cache      %8d ms%n", t.uncachedMs);
        out.printf(Locale.ROOT, "cold open (empty cache)   %8d ms%n", t.coldMs);
        out.printf(Locale.ROOT, "cached reopen (unchanged) %8d ms%n", t.cachedMs);
        out.printf(Locale.ROOT, "reopen, one file changed  %8d ms%n", t.changedMs);
        out.printf(Locale.ROOT, "cold / cached             %8.1fx%n", t.ratio());
        out.printf(Locale.ROOT, "%d corrections applied    %8d ms  (off the FX thread; it froze this long before)%n",
                t.fixes.corrections(), t.fixes.overlayMs());
        out.printf(Locale.ROOT, "  + one article re-dated  %8d ms  (extracted again, corpus compared anew)%n",
                t.fixes.redateMs());
        out.printf(Locale.ROOT, "  + one more correction   %8d ms  (the re-dated corpus reused)%n", t.fixes.afterRedateMs());
    }

    /** Writes the articles into {@code root}/articles, then opens them cold, cached, and with one file changed. */
    private static Times measure(List<Article> articles, Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("articles"));
        FolderArticles.write(articles, folder);
        Pipeline pipeline = Pipeline.standard(Optional.of(
                new ExtractionCache(root.resolve("cache"), ExtractionCache.DEFAULT_MAX_BYTES, "standard")));
        long uncached = timeOpen(Pipeline.uncached(), folder, articles.size());
        long cold = timeOpen(pipeline, folder, articles.size());
        long cached = timeOpen(pipeline, folder, articles.size());
        Path first = folder.resolve(FolderArticles.fileName(0));
        Files.writeString(first, Files.readString(first) + "\n\nA paragraph added on reopening.\n");
        long changed = timeOpen(pipeline, folder, articles.size());
        CorrectionBench.Times corrections = CorrectionBench.measure(pipeline,
                pipeline.loadFolder(folder, LoadProgress.NONE).corpus());
        return new Times(uncached, cold, cached, changed, corrections);
    }

    private static long timeOpen(Pipeline pipeline, Path folder, int articles) {
        long start = System.nanoTime();
        int opened = pipeline.loadFolder(folder, LoadProgress.NONE).corpus().articles().size();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (opened != articles) {
            throw new IllegalStateException("opened " + opened + " of " + articles + " articles");
        }
        return ms;
    }

    private record Times(long uncachedMs, long coldMs, long cachedMs, long changedMs, CorrectionBench.Times fixes) {
        double ratio() {
            return coldMs / (double) Math.max(1, cachedMs);
        }
    }
}
