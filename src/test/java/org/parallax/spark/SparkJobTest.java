package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.compare.Comparison;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;

/** The job in Spark's local mode, against the desktop pipeline on the same articles. One session for the class. */
class SparkJobTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session(2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Corpus desktop(Path folder) {
        Corpus loaded = new CorpusLoader().loadFolder(folder, LoadProgress.NONE).corpus();
        return new Comparison().compare(Extraction.standard().extract(new SourceInference().infer(loaded)));
    }

    @Test
    void theBundledCorpusGivesWhatTheDesktopGives(@TempDir Path out) {
        Path corpus = Path.of("resources/corpus");
        SparkPipeline.Result job = new SparkPipeline(spark).run(JobOptions.parse(corpus.toString(), "--out",
                out.toString(), "--partitions", "3"));
        Corpus expected = desktop(corpus);

        assertThat(CorpusData.of(job.compared())).isEqualTo(CorpusData.of(expected));
        assertThat(job.rejects().count()).isZero();
    }
}
