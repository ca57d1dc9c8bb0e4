package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.eval.GoldCorpus;
import org.parallax.eval.GoldDocument;
import org.parallax.extract.Extraction;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench extract [--articles N] [--corpora DIR] [--json]}: extraction throughput over a corpus of several
 * thousand articles built from the bundled sample and the gold corpora, at three sizes so that linear scaling
 * shows, with the peak heap it needed; {@code bench open} ({@link OpenBench}) and {@code bench timeline}
 * ({@link TimelineBench}) measure the rest. A command that prints figures, never a timed unit test.
 */
@CommandLine.Command(name = "bench", sortOptions = false,
        description = "Measure extraction throughput (MB/s, articles/s, heap), a cold open against a cached reopen, "
                + "or timeline drawing (ms per frame).",
        subcommands = {BenchCommand.Extract.class, OpenBench.class, TimelineBench.class, AdversarialBench.class})
final class BenchCommand {

    static final Path DEFAULT_CORPORA = Path.of("..", "shared", "corpora");

    @Mixin
    HelpOption help;

    /** The options of the benches that build a corpus from seeds: its size, where the gold corpora are, JSON. */
    static final class Sizing {

        @Option(names = "--articles", paramLabel = "N", converter = Converters.Positive.class,
                description = "the corpus size (default: 4000 for extract, 2000 for open)")
        Integer articles;

        @Option(names = "--corpora", paramLabel = "DIR",
                description = "the gold corpora to build articles from, besides the bundled sample "
                        + "(default: ../shared/corpora)")
        Path corpora = DEFAULT_CORPORA;

        @Option(names = "--json", description = "print one flat JSON object of the figures")
        boolean json;

        int articles(int otherwise) {
            return articles == null ? otherwise : articles;
        }
    }

    @CommandLine.Command(name = "extract", sortOptions = false, description = "Extraction throughput over a corpus built from "
            + "the bundled sample and the gold corpora, at a quarter, half and all of its size, with the peak heap.")
    static final class Extract implements Command {

        private static final int DEFAULT_ARTICLES = 4000;

        @Mixin
        HelpOption help;

        @Mixin
        Sizing sizing;

        @Override
        public int run(PrintStream out, PrintStream err) throws CommandFailedException {
            return BenchCommand.extract(sizing.articles(DEFAULT_ARTICLES), sizing.corpora, sizing.json, out, err);
        }
    }

    private static int extract(int articles, Path corpora, boolean json, PrintStream out, PrintStream err)
            throws CommandFailedException {
        List<Article> seeds = seeds(corpora, err);
        Extraction extraction = Extraction.standard();
        extraction.extract(Corpus.of(replicate(seeds, Math.min(articles, 300)))); // warm-up: JIT, models

        List<Run> runs = new ArrayList<>();
        for (int size : new int[] {Math.max(1, articles / 4), Math.max(1, articles / 2), articles}) {
            runs.add(measure(extraction, replicate(seeds, size)));
        }
        Run full = runs.get(runs.size() - 1);
        if (json) {
            out.printf(Locale.ROOT, "{\"articles\": %d, \"mb\": %.3f, \"seconds\": %.3f, \"mb_per_s\": %.3f, "
                    + "\"articles_per_s\": %.1f, \"heap_mb\": %.1f, \"cores\": %d}%n", full.articles, full.mb(),
                    full.seconds(), full.mbPerSecond(), full.articlesPerSecond(), full.heapMb(),
                    Runtime.getRuntime().availableProcessors());
        } else {
            out.printf(Locale.ROOT, "bench extract: %d seed articles (sample + gold corpora), %d cores, max heap %d MB%n",
                    seeds.size(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.printf(Locale.ROOT, "%9s %9s %9s %9s %12s %9s%n", "articles", "MB", "seconds", "MB/s", "articles/s",
                    "heap MB");
            for (Run r : runs) {
                out.printf(Locale.ROOT, "%9d %9.2f %9.2f %9.2f %12.1f %9.1f%n", r.articles, r.mb(), r.seconds(),
                        r.mbPerSecond(), r.articlesPerSecond(), r.heapMb());
            }
        }
        return Cli.OK;
    }

    private static Run measure(Extraction extraction, List<Article> articles) {
        Corpus corpus = Corpus.of(articles);
        long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Corpus done = extraction.extract(corpus);
        long nanos = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (done.articles().size() != articles.size()) {
            throw new IllegalStateException("extraction lost articles");
        }
        return new Run(articles.size(), bytes, nanos, peak);
    }

    /** The bundled sample plus every gold document found, as articles dated by their creation time. */
    static List<Article> seeds(Path corpora, PrintStream err) throws CommandFailedException {
        List<Article> seeds = new ArrayList<>(new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles());
        if (Files.isDirectory(corpora)) {
            try {
                GoldCorpus gold = GoldCorpus.read(corpora, text -> null);
                for (GoldDocument d : gold.documents()) {
                    seeds.add(new Article(d.id(), d.file(), null, "", d.dct(), d.dct() == null ? null : DateSource.TEXT,
                            "", d.text(), List.of()));
                }
            } catch (IOException e) {
                throw new CommandFailedException("could not read the gold corpora in " + corpora + ": " + e.getMessage(), e);
            }
        } else {
            err.println("bench: no gold corpora at " + corpora + "; using the bundled sample only (--corpora DIR)");
        }
        return seeds;
    }

    /** {@code size} articles cycling through the seeds, each with its own id. */
    static List<Article> replicate(List<Article> seeds, int size) {
        List<Article> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Article s = seeds.get(i % seeds.size());
            LocalDate date = s.published();
            out.add(new Article("b" + i, s.file(), s.outlet(), s.title(), date, s.publishedFrom(), s.url(), s.text(),
                    List.of()));
        }
        return out;
    }

    private record Run(int articles, long bytes, long nanos, long heapBytes) {
        double mb() {
            return bytes / 1e6;
        }

        double seconds() {
            return nanos / 1e9;
        }

        double mbPerSecond() {
            return mb() / seconds();
        }

        double articlesPerSecond() {
            return articles / seconds();
        }

        double heapMb() {
            return heapBytes / (1024.0 * 1024.0);
        }
    }
}
