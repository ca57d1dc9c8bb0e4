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

/**
 * {@code bench extract [--articles N] [--corpora DIR] [--json]}: extraction throughput over a corpus of several
 * thousand articles built from the bundled sample and the gold corpora, at three sizes so that linear scaling
 * shows, with the peak heap it needed; {@code bench open} ({@link OpenBench}) and {@code bench timeline}
 * ({@link TimelineBench}) measure the rest. A command that prints figures, never a timed unit test.
 */
final class BenchCommand implements Command {

    private static final int DEFAULT_ARTICLES = 4000;
    static final Path DEFAULT_CORPORA = Path.of("..", "shared", "corpora");

    @Override
    public int run(String[] arguments, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        ArgumentReader args = new ArgumentReader(arguments);
        String what = args.nextOrEmpty();
        if (what.equals("timeline")) {
            return new TimelineBench().run(args, out);
        }
        if (what.equals("open")) {
            return new OpenBench().run(args, out, err);
        }
        if (!what.equals("extract")) {
            throw new UsageException("what to measure is missing or unknown (extract, open, timeline)");
        }
        int articles = DEFAULT_ARTICLES;
        Path corpora = DEFAULT_CORPORA;
        boolean json = false;
        while (args.hasNext()) {
            String a = args.next();
            switch (a) {
                case "--json" -> json = true;
                case "--articles" -> articles = positive(args.value(a + " needs a value"), a);
                case "--corpora" -> corpora = Path.of(args.value(a + " needs a value"));
                default -> throw ArgumentReader.unknownOption(a);
            }
        }
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

    static int positive(String s, String option) throws UsageException {
        try {
            int n = Integer.parseInt(s);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new UsageException(option + " needs a positive whole number, not " + s);
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
