package org.parallax.spark;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.parallax.compare.Comparison;
import org.parallax.model.Corpus;
import org.parallax.store.AtomicFiles;
import org.parallax.store.ModelJson;

/**
 * {@code spark-submit --class org.parallax.spark.SparkJob parallax-spark.jar INPUT --out DIR [...]}: the pipeline over
 * {@code INPUT} (see {@link JobOptions}), its Parquet tables under {@code DIR}, and with {@code --model FILE} the model
 * JSON of the slice the options name (all of it without them), with the coverages of the slice's articles, which the
 * window and {@code export} open.
 */
public final class SparkJob {

    private static final Logger LOG = System.getLogger(SparkJob.class.getName());

    private SparkJob() {
    }

    public static void main(String[] args) throws IOException {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("parallax").getOrCreate();
        try {
            run(spark, options);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on {@code spark} and writes what it made. */
    static SparkPipeline.Result run(SparkSession spark, JobOptions options) throws IOException {
        SparkPipeline.Result r = new SparkPipeline(spark).run(options);
        OutputTables.write(spark, r, options.out());
        if (options.model() != null) {
            // the slice's coverages, read from its own articles and events on the driver (decision 0028)
            Corpus slice = new Comparison().withCoverages(r.slice(ModelSlice.of(options)));
            Path file = Path.of(options.model());
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            ModelJson json = new ModelJson();
            AtomicFiles.write(file, out -> json.write(slice, out));
            LOG.log(Level.INFO, "model of {0} articles, {1} events written to {2}", slice.articles().size(),
                    slice.events().size(), file);
        }
        return r;
    }
}
