package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parallax.eval.GoldCorpus;
import org.parallax.eval.GoldDocument;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench extract [--articles N | --sizes N,N,...] [--rounds N] [--corpora DIR] [--json] [--floor]}:
 * throughput of extraction and comparison over a corpus of several thousand articles built from the bundled sample
 * and the gold corpora, at three sizes so that linear scaling shows, with the peak heap and a table of stages
 * ({@link ExtractBench}); {@code bench open} ({@link OpenBench}) and {@code bench timeline}
 * ({@link TimelineBench}) measure the rest. A command that prints figures, never a timed unit test.
 */
@CommandLine.Command(name = "bench", sortOptions = false,
        description = "Measure extraction throughput (MB/s, articles/s, heap), pathological inputs against ordinary "
                + "news, a cold open against a cached reopen, opening a large folder (time per phase, heap), "
                + "timeline drawing (ms per frame), or the time from launch to the first frame and event.",
        subcommands = {BenchCommand.Extract.class, OpenBench.class, TimelineBench.class, AdversarialBench.class,
                FolderBench.class, StartBench.class})
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

    @CommandLine.Command(name = "extract", sortOptions = false, description = "Extraction and comparison "
            + "throughput over a corpus built from the bundled sample and the gold corpora, at a sixteenth, a quarter "
            + "and all of its size (or at --sizes), with the heap and the CPU time of every stage and how they grow.")
    static final class Extract implements Command {

        private static final int DEFAULT_ARTICLES = 4000;

        @Mixin
        HelpOption help;

        @Mixin
        Sizing sizing;

        @Option(names = "--floor", description = "also measure the machine's floor: reading the same texts from "
                + "files and running one regular expression over them, on every core")
        boolean floor;

        @Option(names = "--sizes", paramLabel = "N,N,...", split = ",", converter = Converters.Positive.class,
                description = "the corpus sizes to run, instead of a sixteenth, a quarter and all of --articles "
                        + "(e.g. 1000,10000,50000)")
        List<Integer> sizes;

        @Option(names = "--rounds", paramLabel = "N", converter = Converters.Positive.class, defaultValue = "1",
                description = "run every size N times, the sizes in turn, and print each figure's median over the "
                        + "rounds: a stage's growth between sizes is steadier than one run's on a shared machine "
                        + "(default: ${DEFAULT-VALUE})")
        int rounds;

        @Override
        public int run(PrintStream out, PrintStream err) throws CommandFailedException {
            List<Integer> runs = sizes == null || sizes.isEmpty()
                    ? ExtractBench.sizes(sizing.articles(DEFAULT_ARTICLES))
                    : sizes.stream().sorted().distinct().toList();
            return new ExtractBench(seeds(sizing.corpora, err)).run(runs, rounds, sizing.json, floor, out);
        }
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
}
