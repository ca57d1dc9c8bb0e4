package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.parallax.compare.Comparison;
import org.parallax.extract.figure.FigureExtractor;
import org.parallax.extract.quote.QuoteExtractor;
import org.parallax.extract.source.SourceInference;
import org.parallax.extract.time.TimexTagger;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.text.AnalysedText;
import org.parallax.text.TextAnalyser;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench adversarial [--kb N] [--only NAME] [--limit S]}: every {@link AdversarialText} input, one file each,
 * through the whole pipeline stage by stage on one thread (read, source inference, sentences, dates, figures,
 * quotes, comparison), milliseconds per megabyte of each against ordinary news of the same size. An input over the
 * limit is abandoned and the stack of the stage it was stuck in is printed, to show where the time goes.
 */
@CommandLine.Command(name = "adversarial", sortOptions = false, description = "Pathological inputs (unmatched quotation "
        + "marks, long numbers, 'said said said', one endless sentence, deep nesting) through every stage: ms per MB "
        + "against ordinary news.")
final class AdversarialBench implements Command {

    static final String[] STAGES = {"read", "infer", "sentences", "dates", "figures", "quotes", "compare"};

    @Mixin
    HelpOption help;

    @Option(names = "--kb", paramLabel = "N", converter = Converters.Positive.class,
            description = "the size of each input in kilobytes (default: 1024)")
    int kilobytes = 1024;

    @Option(names = "--only", paramLabel = "NAME", description = "only the inputs whose name contains NAME")
    String only;

    @Option(names = "--limit", paramLabel = "S", converter = Converters.Positive.class,
            description = "seconds an input may take before it is abandoned (default: 120)")
    int limit = 120;

    @Option(names = "--corpora", paramLabel = "DIR",
            description = "the gold corpora whose articles make the ordinary news (default: ../shared/corpora)")
    Path corpora = BenchCommand.DEFAULT_CORPORA;

    @Override
    public int run(PrintStream out, PrintStream err) throws CommandFailedException {
        String news = Stages.news(BenchCommand.seeds(corpora, err), kilobytes * 1024);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "adversarial-bench");
            t.setDaemon(true);
            return t;
        });
        Path folder = null;
        boolean failed = false;
        try {
            folder = Files.createTempDirectory("parallax-adversarial");
            new Stages(folder).run(news.substring(0, Math.min(news.length(), 64 * 1024)), "warm-up.txt"); // JIT, models
            out.printf(Locale.ROOT, "bench adversarial: inputs of %d KB, one thread, ms per MB (limit %d s each)%n",
                    kilobytes, limit);
            out.printf(Locale.ROOT, "%-18s %6s %s %9s %7s%n", "input", "MB",
                    Arrays.stream(STAGES).map(s -> String.format(Locale.ROOT, "%9s", s)).collect(Collectors.joining(" ")),
                    "ms/MB", "x news");
            double newsPerMb = 0;
            for (AdversarialText.Input input : AdversarialText.all(kilobytes * 1024, news)) {
                boolean yardstick = input.file().startsWith("ordinary");
                if (!yardstick && only != null && !input.name().contains(only)) {
                    continue;
                }
                double mb = input.text().getBytes(StandardCharsets.UTF_8).length / 1e6;
                Stages stages = new Stages(folder);
                Future<long[]> timed = worker.submit(() -> stages.run(input.text(), input.file()));
                try {
                    long[] nanos = timed.get(limit, TimeUnit.SECONDS);
                    double perMb = Arrays.stream(nanos).sum() / 1e6 / mb;
                    newsPerMb = yardstick ? perMb : newsPerMb;
                    out.printf(Locale.ROOT, "%-18s %6.2f %s %9.0f %7.1f%n", input.name(), mb,
                            Arrays.stream(nanos).mapToObj(n -> String.format(Locale.ROOT, "%9.0f", n / 1e6 / mb))
                                    .collect(Collectors.joining(" ")), perMb, perMb / newsPerMb);
                } catch (TimeoutException e) {
                    out.printf(Locale.ROOT, "%-18s %6.2f over %d s in stage '%s'%n", input.name(), mb, limit,
                            STAGES[stages.stage]);
                    stuck(stages.thread, err);
                    timed.cancel(true);
                    return Cli.FAILED; // the stuck thread cannot be stopped; measuring beside it would be wrong
                } catch (ExecutionException e) {
                    out.printf(Locale.ROOT, "%-18s %6.2f fails in stage '%s': %s%n", input.name(), mb,
                            STAGES[stages.stage], e.getCause());
                    trace(e.getCause().getStackTrace(), err);
                    failed = true;
                }
            }
        } catch (IOException e) {
            throw new CommandFailedException("could not write the inputs to a temporary folder: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted", e);
        } finally {
            worker.shutdownNow();
            FolderArticles.deleteQuietly(folder);
        }
        return failed ? Cli.FAILED : Cli.OK;
    }

    private static void stuck(Thread thread, PrintStream err) {
        if (thread == null) {
            return;
        }
        trace(thread.getStackTrace(), err);
    }

    /** The innermost frames, then the project's own (a regex's recursion hides them below thousands of frames). */
    private static void trace(StackTraceElement[] trace, PrintStream err) {
        err.println("where it was:");
        for (int i = 0; i < Math.min(6, trace.length); i++) {
            err.println("    at " + trace[i]);
        }
        Arrays.stream(trace).skip(6).filter(f -> f.getClassName().startsWith("org.parallax")).limit(12)
                .forEach(f -> err.println("    at " + f));
    }

    /** The pipeline's stages on one input, each timed; which stage runs is visible from another thread. */
    static final class Stages {
        private final Path folder;
        volatile int stage;
        volatile Thread thread;

        Stages(Path folder) {
            this.folder = folder;
        }

        /**
         * Distinct articles one after the other, up to {@code size} characters where there are enough: the ordinary
         * news the inputs are measured against (repeating one article would not do, cleaning drops repeated paragraphs).
         */
        static String news(List<Article> seeds, int size) {
            StringBuilder out = new StringBuilder(size + 8192);
            for (Article a : seeds) {
                if (out.length() >= size) {
                    break;
                }
                out.append(a.text()).append("\n\n");
            }
            return out.toString();
        }

        /** Nanoseconds spent in each of {@link #STAGES}. */
        long[] run(String text, String fileName) throws IOException {
            thread = Thread.currentThread();
            long[] nanos = new long[STAGES.length];
            Path file = folder.resolve(fileName);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            long t = System.nanoTime();
            Corpus corpus = new CorpusLoader().loadFiles(List.of(file), LoadProgress.NONE).corpus();
            t = lap(nanos, 0, t);
            corpus = new SourceInference().infer(corpus);
            t = lap(nanos, 1, t);
            List<AnalysedText> texts = corpus.articles().stream().map(a -> TextAnalyser.shared().analyse(a.text())).toList();
            t = lap(nanos, 2, t);
            TimexTagger tagger = new TimexTagger();
            var timexes = new ArrayList<org.parallax.model.TimeMention>();
            for (int i = 0; i < texts.size(); i++) {
                timexes.addAll(tagger.tag(corpus.articles().get(i), texts.get(i)));
            }
            t = lap(nanos, 3, t);
            FigureExtractor figures = new FigureExtractor();
            var claims = new ArrayList<org.parallax.model.Claim>();
            for (int i = 0; i < texts.size(); i++) {
                claims.addAll(figures.extract(corpus.articles().get(i), texts.get(i)));
            }
            t = lap(nanos, 4, t);
            var quotes = new QuoteExtractor().extract(corpus, texts);
            t = lap(nanos, 5, t);
            new Comparison().compare(corpus.withTimexes(timexes).withClaims(claims).withQuotes(quotes));
            lap(nanos, 6, t);
            Files.deleteIfExists(file);
            return nanos;
        }

        private long lap(long[] nanos, int done, long since) {
            long now = System.nanoTime();
            nanos[done] = now - since;
            stage = Math.min(done + 1, STAGES.length - 1);
            return now;
        }
    }
}
