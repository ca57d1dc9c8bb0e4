package org.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.load.ArticleRecords;
import org.parallax.load.LoadWarning;

/**
 * The job's inputs as one table of sources, one row per article to read: a folder tree of article files (any format
 * the app reads, with the {@code corpus.json} manifests beside them), JSON Lines of news-please records, or Parquet
 * with {@code text, title, url, date_publish, source_domain}. Each row gets its article id here: the file's name
 * without folder and extension, as a folder gives it, with "-2", "-3" ... for later files of the same name.
 */
final class ArticleInput {

    /** The sources table: a file's bytes, or a record's fields. */
    static final StructType SCHEMA = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("bytes", DataTypes.BinaryType, true)
            .add("title", DataTypes.StringType, true)
            .add("outlet", DataTypes.StringType, true)
            .add("published", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("oversize", DataTypes.LongType, true);

    /** Where the manifests' entries are, by the file's name under the root; read once, on the driver. */
    record Sources(Dataset<Row> rows, Map<String, ArticleRecords.Given> manifest, List<LoadWarning> warnings) {
    }

    private ArticleInput() {
    }

    static Sources read(SparkSession spark, String input, JobOptions.Format format) {
        return switch (format) {
            case FOLDER -> folder(spark, input);
            case JSONL -> new Sources(withIds(jsonLines(spark, input)), Map.of(), List.of());
            case PARQUET -> new Sources(withIds(parquet(spark, input)), Map.of(), List.of());
        };
    }

    private static Sources folder(SparkSession spark, String root) {
        String prefix = qualified(spark, root);
        long max = ArticleRecords.maxFileBytes();
        // the length filter reaches the file source, so a file over the limit is listed, never read
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(root)
                .filter(col("length").leq(max));
        List<LoadWarning> warnings = new ArrayList<>();
        Map<String, ArticleRecords.Given> manifest = new HashMap<>();
        String manifestName = ArticleRecords.manifestName();
        for (Row m : files.filter(col("path").endsWith("/" + manifestName)).select("path", "content").collectAsList()) {
            String name = relative(prefix, m.getString(0));
            if (hidden(name)) {
                continue;
            }
            String folder = name.substring(0, name.length() - manifestName.length());
            ArticleRecords.manifest(name, (byte[]) m.get(1), warnings)
                    .forEach((file, given) -> manifest.putIfAbsent(folder + file, given));
        }
        JavaRDD<Row> rows = files.filter(col("path").endsWith("/" + manifestName).unary_$bang())
                .select("path", "content").javaRDD()
                .map(r -> RowFactory.create(relative(prefix, r.getString(0)), r.get(1), null, null, null, null, null,
                        null))
                .filter(r -> !hidden(r.getString(0)));
        List<Row> unread = new ArrayList<>();
        for (Map.Entry<String, Long> e : unreadSizes(spark, root, max).entrySet()) {
            String name = relative(prefix, e.getKey());
            boolean empty = e.getValue() == 0;
            unread.add(RowFactory.create(name, empty ? new byte[0] : null, null, null, null, null, null,
                    empty ? null : e.getValue()));
        }
        Dataset<Row> all = spark.createDataFrame(rows, SCHEMA).union(spark.createDataFrame(unread, SCHEMA));
        return new Sources(withIds(all), manifest, warnings);
    }

    /**
     * The files Spark's file source does not give: those of 0 bytes (it skips them) and those over {@code max} (left
     * unread on purpose), by path with their sizes. Listed on the driver, as the file source lists them, keeping only
     * these few; what is {@link #hidden} is left out as the file source leaves it, and a hidden folder is not walked
     * (a {@code .git} may hold many thousands of files).
     */
    private static Map<String, Long> unreadSizes(SparkSession spark, String root, long max) {
        Map<String, Long> out = new java.util.TreeMap<>();
        try {
            var path = new org.apache.hadoop.fs.Path(root);
            unread(path.getFileSystem(spark.sparkContext().hadoopConfiguration()), path, max, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static void unread(org.apache.hadoop.fs.FileSystem fs, org.apache.hadoop.fs.Path folder, long max,
                               Map<String, Long> out) throws java.io.IOException {
        for (var f : fs.listStatus(folder)) {
            String name = f.getPath().getName();
            if (hidden(name)) {
                continue;
            }
            if (f.isDirectory()) {
                unread(fs, f.getPath(), max, out);
            } else if (!name.equals(ArticleRecords.manifestName()) && (f.getLen() == 0 || f.getLen() > max)) {
                out.put(fs.makeQualified(f.getPath()).toString(), f.getLen());
            }
        }
    }

    /**
     * Whether a file's path under the input folder passes through anything hidden: a folder or file whose name starts
     * with "." or "_" ({@code .git}, {@code _temporary}, {@code _SUCCESS}), Hadoop's rule for input paths, applied to
     * every segment. Spark's file source skips most of these while it lists, but not all ("_meta=1/", "_metadata"),
     * so its rows, the manifests and the driver's own listing of unread files all go through this one rule.
     */
    static boolean hidden(String relativePath) {
        for (String segment : relativePath.split("/")) {
            if (segment.startsWith(".") || segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** One news-please record a line; named "{file}-{line}.json", so it is read as a news-please file. */
    private static Dataset<Row> jsonLines(SparkSession spark, String input) {
        String base = ArticleRecords.baseId(input);
        JavaRDD<Row> rows = spark.read().text(input).javaRDD().zipWithIndex()
                .map(t -> RowFactory.create(base + "-" + (t._2() + 1) + ".json",
                        t._1().getString(0).getBytes(StandardCharsets.UTF_8), null, null, null, null, null, null));
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** One record a row, named "{file}-{row}"; its fields as they are (date_publish as text, its day first). */
    private static Dataset<Row> parquet(SparkSession spark, String input) {
        String base = ArticleRecords.baseId(input);
        Dataset<Row> in = spark.read().parquet(input);
        JavaRDD<Row> rows = in.select(col("text").cast("string"), col("title").cast("string"),
                        col("source_domain").cast("string"), col("date_publish").cast("string"),
                        col("url").cast("string"))
                .javaRDD().zipWithIndex()
                .map(t -> RowFactory.create(base + "-" + (t._2() + 1), null, t._1().getString(1), t._1().getString(2),
                        t._1().getString(3), t._1().getString(4), t._1().getString(0), null));
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** Adds the {@code id} column: the base id, and "-n" after it for the n-th source of the same base (by name). */
    private static Dataset<Row> withIds(Dataset<Row> sources) {
        var baseId = udf((UDF1<String, String>) ArticleRecords::baseId, DataTypes.StringType);
        Dataset<Row> based = sources.withColumn("base", baseId.apply(col("name")));
        var n = row_number().over(Window.partitionBy("base").orderBy("name"));
        return based.withColumn("n", n)
                .withColumn("id", when(col("n").equalTo(1), col("base"))
                        .otherwise(concat(col("base"), lit("-"), col("n").cast("string"))))
                .drop("base", "n");
    }

    private static String qualified(SparkSession spark, String root) {
        try {
            var path = new org.apache.hadoop.fs.Path(root);
            var fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            String q = fs.makeQualified(path).toString();
            return q.endsWith("/") ? q : q + "/";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String relative(String prefix, String path) {
        if (path.startsWith(prefix)) {
            return path.substring(prefix.length());
        }
        String bare = path.replaceFirst("^file:/+", "/");
        String barePrefix = prefix.replaceFirst("^file:/+", "/");
        return bare.startsWith(barePrefix) ? bare.substring(barePrefix.length()) : path;
    }
}
