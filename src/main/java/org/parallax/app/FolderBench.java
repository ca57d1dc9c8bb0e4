package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.model.Article;
import org.parallax.store.ExtractionCache;
import org.parallax.ui.shell.CorpusSource;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench folder [--sizes N,N] [--small] [--corpora DIR] [--json]}: a folder of N article files written out,
 * then opened the way the window opens it, for the first time (the window's {@link CorpusSource} over the pipeline
 * with an empty extraction cache, which the opening fills; progress told per file as the window is told): wall time,
 * time per phase (reading files, analysing articles, comparing outlets and writing the cache), the heap
 * ({@link HeapWatch}) and how it grows with the folder. {@code --small} writes articles of one paragraph. The folders
 * and the cache are temporary.
 */
@CommandLine.Command(name = "folder", sortOptions = false, description = "Opening a folder of N article files as the "
        + "window does, for the first time: wall time, time per phase, peak heap and heap per article, at each size.")
final class FolderBench implements Command {

    private static final List<Integer> DEFAULT_SIZES = List.of(1000, 10000);
    private static final int WARM_UP_ARTICLES = 200;

    @Mixin
    HelpOption help;

    @Option(names = "--sizes", paramLabel = "N,N,...", split = ",", converter = Converters.Positive.class,
            description = "the folder sizes to open, in files (default: 1000,10000)")
    List<Integer> sizes;

    @Option(names = "--small", description = "articles of one paragraph each (a few hundred bytes) instead of whole "
            + "articles")
    boolean small;

    @Option(names = "--corpora", paramLabel = "DIR", description = "the gold corpora to build articles from, besides "
            + "the bundled sample (default: ../shared/corpora)")
    Path corpora = BenchCommand.DEFAULT_CORPORA;

    @Option(names = "--json", description = "print one flat JSON object of the figures")
    boolean json;

    @Option(names = "--keep", paramLabel = "DIR", description = "write the folders into DIR (n1000/articles, ...) and "
            + "keep them, to open them in the window afterwards; by default they are temporary")
    Path keep;

    /** One opening: its size, bytes, wall time, phase times, progress calls, heap. */
    record Run(int files, int articles, long bytes, long nanos, long cpuNanos, FolderPhases.Times phases,
               long progressCalls, HeapWatch.Figures heap) {
        double kbPerArticle() {
            return heap.peakAfterGcAboveBase() / 1024.0 / Math.max(1, articles);
        }
    }

    @Override
    public int run(PrintStream out, PrintStream err) throws CommandFailedException {
        List<Integer> runs = sizes == null || sizes.isEmpty() ? DEFAULT_SIZES : sizes.stream().sorted().distinct().toList();
        List<Article> seeds = BenchCommand.seeds(corpora, err);
        List<Article> pool = small ? FolderArticles.paragraphs(seeds) : seeds;
        Path work = null;
        try {
            work = Files.createTempDirectory("parallax-bench-folder");
            open(BenchCommand.replicate(pool, WARM_UP_ARTICLES), work.resolve("warm-up"), false); // JIT and models
            List<Run> measured = new ArrayList<>();
            for (int size : runs) {
                Path root = keep == null ? work.resolve("n" + size) : keep.resolve("n" + size);
                measured.add(open(BenchCommand.replicate(pool, size), root, keep != null));
            }
            print(out, measured);
        } catch (IOException e) {
            throw new CommandFailedException("could not write the articles to a temporary folder: " + e.getMessage(), e);
        } finally {
            FolderArticles.deleteQuietly(work);
        }
        return Cli.OK;
    }

    /**
     * Writes the articles into {@code root}/articles, then opens the folder as the window does the first time; the
     * folder is removed afterwards unless {@code kept}.
     */
    private static Run open(List<Article> articles, Path root, boolean kept) throws IOException {
        Path folder = Files.createDirectories(root.resolve("articles"));
        long bytes = FolderArticles.write(articles, folder);
        Optional<ExtractionCache> cache = Optional.of(new ExtractionCache(root.resolve("cache"),
                ExtractionCache.DEFAULT_MAX_BYTES, "standard"));
        CorpusSource source = ParallaxApplication.source(Pipeline.standard(cache));
        FolderPhases phases = new FolderPhases();
        LoadResult result;
        HeapWatch.Figures heap;
        long start;
        long nanos;
        long cpu;
        try (HeapWatch watch = new HeapWatch()) {
            start = System.nanoTime();
            long cpuStart = ExtractBench.processCpu();
            LoadProgress progress = phases::told;
            result = source.loadFolder(folder, progress);
            nanos = System.nanoTime() - start;
            cpu = ExtractBench.processCpu() - cpuStart;
            heap = watch.figures(); // the corpus still held, as the window holds it
        }
        int opened = result.corpus().articles().size();
        if (opened != articles.size()) {
            throw new IllegalStateException("opened " + opened + " of " + articles.size() + " articles: "
                    + result.warnings().stream().limit(3).toList());
        }
        FolderArticles.deleteQuietly(kept ? root.resolve("cache") : root);
        return new Run(articles.size(), opened, bytes, nanos, cpu, phases.times(start, start + nanos), phases.calls(), heap);
    }

    private void print(PrintStream out, List<Run> runs) {
        if (json) {
            out.println(json(runs));
            return;
        }
        out.printf(Locale.ROOT, "bench folder: %s articles, first opening as the window does (extraction cache "
                + "empty), %d cores, max heap %d MB%n", small ? "one-paragraph" : "whole",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1 << 20));
        out.println("Wall seconds per phase (read: files read and cleaned, outlets and dates inferred; analyse: "
                + "articles extracted; compare: events, quote clusters, the cache written); cpu: the process's CPU "
                + "seconds, all cores");
        out.printf(Locale.ROOT, "%8s %8s %9s %9s %9s %10s %10s %11s %6s%n", "files", "MB", "wall s", "cpu s", "read s",
                "analyse s", "compare s", "progress/s", "k cpu");
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            FolderPhases.Times t = r.phases();
            double k = i == 0 ? Double.NaN : ExtractBench.exponent(runs.get(i - 1).files(), runs.get(i - 1).cpuNanos(),
                    r.files(), r.cpuNanos());
            out.printf(Locale.ROOT, "%8d %8.1f %9.1f %9.1f %9.1f %10.1f %10.1f %11.0f %6.2f%n", r.files(),
                    r.bytes() / 1e6, r.nanos() / 1e9, r.cpuNanos() / 1e9, t.readNanos() / 1e9, t.analyseNanos() / 1e9,
                    t.compareNanos() / 1e9, r.progressCalls() / (r.nanos() / 1e9), k);
        }
        out.println();
        out.println("Heap MB (base: live before; peak used: garbage included; after GC: the most any collection left "
                + "during the opening; retained: live at the end, corpus held); k: growth of after GC above base");
        out.printf(Locale.ROOT, "%8s %9s %10s %9s %9s %14s %6s%n", "files", "base", "peak used", "after GC", "retained",
                "KB/art >base", "k");
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            HeapWatch.Figures h = r.heap();
            out.printf(Locale.ROOT, "%8d %9.1f %10.1f %9.1f %9.1f %14.1f %6.2f%n", r.files(), ExtractBench.mb(h.baseBytes()),
                    ExtractBench.mb(h.peakUsedBytes()), ExtractBench.mb(h.peakAfterGcBytes()),
                    ExtractBench.mb(h.retainedBytes()), r.kbPerArticle(), heapExponent(runs, i));
        }
    }

    private static double heapExponent(List<Run> runs, int i) {
        if (i == 0) {
            return Double.NaN;
        }
        Run a = runs.get(i - 1);
        Run b = runs.get(i);
        return ExtractBench.exponent(a.files(), a.heap().peakAfterGcAboveBase(), b.files(), b.heap().peakAfterGcAboveBase());
    }

    private String json(List<Run> runs) {
        StringBuilder sb = new StringBuilder("{\"small\": " + small + ", \"cores\": "
                + Runtime.getRuntime().availableProcessors() + ", \"max_heap_mb\": " + Runtime.getRuntime().maxMemory() / (1 << 20));
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            String n = "_" + r.files();
            FolderPhases.Times t = r.phases();
            sb.append(String.format(Locale.ROOT, ", \"cpu_s%s\": %.2f", n, r.cpuNanos() / 1e9));
            sb.append(String.format(Locale.ROOT, ", \"mb%s\": %.2f, \"wall_s%s\": %.2f, \"read_s%s\": %.2f, "
                    + "\"analyse_s%s\": %.2f, \"compare_s%s\": %.2f, \"heap_after_gc_mb%s\": %.1f, "
                    + "\"heap_retained_mb%s\": %.1f, \"heap_peak_used_mb%s\": %.1f, \"heap_kb_per_article%s\": %.1f",
                    n, r.bytes() / 1e6, n, r.nanos() / 1e9, n, t.readNanos() / 1e9, n, t.analyseNanos() / 1e9, n,
                    t.compareNanos() / 1e9, n, ExtractBench.mb(r.heap().peakAfterGcBytes()), n,
                    ExtractBench.mb(r.heap().retainedBytes()), n, ExtractBench.mb(r.heap().peakUsedBytes()), n,
                    r.kbPerArticle()));
            if (i > 0) {
                sb.append(String.format(Locale.ROOT, ", \"heap_exponent_%d_%d\": %.2f", runs.get(i - 1).files(),
                        r.files(), heapExponent(runs, i)));
            }
        }
        return sb.append('}').toString();
    }
}
