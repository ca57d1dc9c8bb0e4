package org.parallax.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;

/**
 * A corpus of any size for the benchmark and the agreement check, as Parquet in the job's input columns: the bundled
 * sample's articles copied, copy {@code k} of a seed published {@code k / 10} weeks later by one of 50 outlets and
 * without its {@code k}-th paragraph (so copies differ: a quote or a date is missing from some). Deterministic.
 */
final class GeneratedCorpus {

    static final StructType SCHEMA = new StructType().add("text", DataTypes.StringType)
            .add("title", DataTypes.StringType).add("url", DataTypes.StringType)
            .add("date_publish", DataTypes.DateType).add("source_domain", DataTypes.StringType);

    private GeneratedCorpus() {
    }

    /** Writes {@code size} generated articles to {@code path} (Parquet) and returns how many were written. */
    static long write(SparkSession spark, int size, String path) {
        List<Article> seeds = new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles();
        List<Row> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Article s = seeds.get(i % seeds.size());
            int k = i / seeds.size();
            String[] paragraphs = s.text().split(Article.PARAGRAPH_BREAK);
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < paragraphs.length; p++) {
                if (k == 0 || paragraphs.length < 3 || p != k % paragraphs.length) {
                    text.append(text.length() == 0 ? "" : Article.PARAGRAPH_BREAK).append(paragraphs[p]);
                }
            }
            Date day = s.published() == null ? null : Date.valueOf(s.published().plusWeeks(k / 10));
            rows.add(RowFactory.create(text.toString(), s.title(), "https://outlet-" + (i % 50) + ".example/" + i,
                    day, "outlet-" + (i % 50) + ".example"));
        }
        Dataset<Row> df = spark.createDataFrame(rows, SCHEMA);
        df.repartition(Math.max(1, size / 2000)).write().mode(SaveMode.Overwrite).parquet(path);
        return size;
    }
}
