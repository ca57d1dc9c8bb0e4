package org.parallax.spark;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * {@code java -cp parallax-spark.jar:$SPARK_JARS org.parallax.spark.SparkBench [--articles N] [--work DIR]}, or
 * {@code spark-submit --class org.parallax.spark.SparkBench --master local[2] parallax-spark.jar}: the job's throughput
 * in local mode with one worker thread, then two, on the same generated corpus ({@link GeneratedCorpus}), with each
 * stage's time and the peak heap (in local mode the executor is this JVM). A command that prints figures, not a test.
 */
public final class SparkBench {

    private static final Logger LOG = System.getLogger(SparkBench.class.getName());

    private SparkBench() {
    }

    public static void main(String[] args) {
        int articles = 50_000;
        String work = System.getProperty("java.io.tmpdir") + "/parallax-spark-bench";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[i + 1]);
                case "--work" -> work = args[i + 1];
                default -> throw new IllegalArgumentException("usage: SparkBench [--articles N] [--work DIR]");
            }
        }
        String corpus = work + "/generated-" + articles + ".parquet";
        double one = run(1, articles, corpus, work, true);
        double two = run(2, articles, corpus, work, false);
        LOG.log(Level.INFO, String.format(Locale.ROOT, "bench spark: %d articles, %.1f articles/s with 1 thread, "
                + "%.1f with 2: %.2fx", articles, one, two, two / one));
    }

    /** One run of the job on {@code threads} worker threads; its articles per second. */
    private static double run(int threads, int articles, String corpus, String work, boolean generate) {
        SparkSession spark = SparkSession.builder().appName("parallax-bench").master("local[" + threads + "]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(4 * threads))
                .getOrCreate();
        try {
            if (generate) {
                GeneratedCorpus.write(spark, articles, corpus);
            }
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            SparkPipeline.Result r = new SparkPipeline(spark).run(JobOptions.parse(corpus, "--out", work + "/out",
                    "--partitions", String.valueOf(Math.max(4 * threads, articles / 500))));
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            StringBuilder stages = new StringBuilder();
            for (Map.Entry<String, Long> e : r.millis().entrySet()) {
                stages.append(String.format(Locale.ROOT, "%n  %-45s %8d ms", e.getKey(), e.getValue()));
            }
            LOG.log(Level.INFO, String.format(Locale.ROOT, "%d thread(s): %d articles in %.1f s = %.1f articles/s, "
                    + "peak heap %d MB, %d events, %d quote clusters%s", threads, r.compared().articles().size(),
                    seconds, articles / seconds, peak >> 20, r.compared().events().size(),
                    r.compared().quoteClusters().size(), stages));
            return articles / seconds;
        } finally {
            spark.stop();
        }
    }
}
