package org.parallax.spark;

import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** A small Spark in this JVM for tests: {@code threads} worker threads, no UI, few shuffle partitions. */
final class LocalSpark {

    /** Held, so java.util.logging keeps their levels: Spark's and Hadoop's INFO lines would drown the build's. */
    private static final List<java.util.logging.Logger> QUIET = Stream.of("org.apache.spark", "org.apache.hadoop",
            "org.apache.parquet", "org.sparkproject").map(java.util.logging.Logger::getLogger).toList();

    private LocalSpark() {
    }

    static SparkSession session(int threads) {
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
        return SparkSession.builder().appName("parallax-test").master("local[" + threads + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.warehouse.dir", "target/spark-warehouse")
                .getOrCreate();
    }
}
