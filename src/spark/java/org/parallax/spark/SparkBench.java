package org.parallax.spark;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * {@code java -cp parallax-spark.jar:$SPARK_JARS org.parallax.spark.SparkBench [--articles N] [--copies C]
 * [--threads 1,2] [--work DIR]}, or {@code spark-submit --class org.parallax.spark.SparkBench --master local[2]
 * parallax-spark.jar ...}: the job's throughput in local mode with each number of worker threads in turn, on the same
 * generated corpus ({@link GeneratedCorpus}: stories of {@code C} copies), with each stage's wall and CPU time and the
 * peak heap (in local mode the executor is this JVM). A command that prints figures, not a test.
 */
public final class SparkBench {

    private static final Logger LOG = System.getLogger(SparkBench.class.getName());
    private static final String USAGE = "usage: SparkBench [--articles N] [--copies C] [--threads 1,2] [--work DIR]";

    /** Held, so java.util.logging keeps their levels: Spark's INFO lines would bury the figures. */
    private static final List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of("org.apache.spark",
            "org.apache.hadoop", "org.apache.parquet", "org.sparkproject").map(java.util.logging.Logger::getLogger)
            .toList();

    private SparkBench() {
    }

    /** One run's figures. */
    private record Run(int threads, double seconds, double cpuSeconds, long peakMb) {
    }

    public static void main(String[] args) {
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.WARNING));
        int articles = 50_000;
        int copies = GeneratedCorpus.COPIES;
        List<Integer> threads = List.of(1, 2);
        String work = System.getProperty("java.io.tmpdir") + "/parallax-spark-bench";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[i + 1]);
                case "--copies" -> copies = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = java.util.Arrays.stream(args[i + 1].split(","))
                        .map(String::trim).map(Integer::valueOf).toList();
                case "--work" -> work = args[i + 1];
                default -> throw new IllegalArgumentException(USAGE);
            }
        }
        String corpus = work + "/generated-" + articles + "-" + copies + ".parquet";
        List<Run> runs = new ArrayList<>();
        for (int t : threads) {
            runs.add(run(t, articles, copies, corpus, work, runs.isEmpty()));
        }
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "bench spark: %d articles (stories of %d copies), %d cores here", articles, copies,
                Runtime.getRuntime().availableProcessors()));
        for (Run r : runs) {
            summary.append(String.format(Locale.ROOT, "%n  %d thread(s): %.1f articles/s wall (%.0f s), %.0f CPU s "
                            + "(%.1f ms CPU per article), peak heap %d MB, %.2fx the first", r.threads(),
                    articles / r.seconds(), r.seconds(), r.cpuSeconds(), 1000 * r.cpuSeconds() / articles,
                    r.peakMb(), runs.get(0).seconds() / r.seconds()));
        }
        LOG.log(Level.INFO, summary.toString());
    }

    /** One run of the job on {@code threads} worker threads. */
    private static Run run(int threads, int articles, int copies, String corpus, String work, boolean generate) {
        SparkSession spark = SparkSession.builder().appName("parallax-bench").master("local[" + threads + "]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(4 * threads))
                .getOrCreate();
        try {
            if (generate) {
                GeneratedCorpus.write(spark, articles, copies, corpus);
            }
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            long cpu0 = StageClock.cpu();
            SparkPipeline.Result r = new SparkPipeline(spark).run(JobOptions.parse(corpus, "--out", work + "/out",
                    "--partitions", String.valueOf(Math.max(4 * threads, articles / 500))));
            Run run = new Run(threads, (System.nanoTime() - t0) / 1e9, (StageClock.cpu() - cpu0) / 1e9,
                    ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                            .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20);
            StringBuilder stages = new StringBuilder();
            for (Map.Entry<String, StageClock.Times> e : r.stages().entrySet()) {
                stages.append(String.format(Locale.ROOT, "%n  %-45s %9d ms wall %9d ms CPU", e.getKey(),
                        e.getValue().wall(), e.getValue().cpu()));
            }
            LOG.log(Level.INFO, String.format(Locale.ROOT, "%d thread(s): %d articles in %.1f s = %.1f articles/s, "
                    + "%.1f CPU s, peak heap %d MB, %d events, %d stories, %d quote clusters%s", threads,
                    r.articles(), run.seconds(), articles / run.seconds(), run.cpuSeconds(),
                    run.peakMb(), r.events().size(), r.stories().size(), r.quoteClusters().size(), stages));
            return run;
        } finally {
            spark.stop();
        }
    }
}
