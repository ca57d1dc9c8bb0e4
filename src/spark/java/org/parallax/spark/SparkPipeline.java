package org.parallax.spark;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parallax.compare.Comparison;
import org.parallax.compare.event.CandidateFinder;
import org.parallax.extract.quote.CorpusNames;
import org.parallax.load.ArticleRecords;
import org.parallax.model.Corpus;

/**
 * The stages of the job, each logged with its time: read the sources, the per-article map (reading, outlet and
 * date, dates and figures), the person registry (two passes, aggregated), quotes and the events' statements (per
 * article), quote clusters (blocked, {@link QuoteBlocks}), event clusters (by date blocks, {@link EventBlocks}), then
 * undated joining, headlines and stories, which still run on the driver over the whole extracted corpus (decision
 * 0016).
 */
final class SparkPipeline {

    private static final Logger LOG = System.getLogger(SparkPipeline.class.getName());

    /** What the job made: per-article documents, rejects, the compared corpus and each stage's milliseconds. */
    record Result(Dataset<Row> docs, Dataset<Row> rejects, Corpus compared, Map<String, StageClock.Times> stages) {
    }

    private final SparkSession spark;
    private final StageClock clock = new StageClock();

    SparkPipeline(SparkSession spark) {
        this.spark = spark;
    }

    Result run(JobOptions options) {
        ArticleInput.Sources sources = ArticleInput.read(spark, options.input(), options.format());
        Dataset<Row> rows = options.partitions() > 0 ? sources.rows().repartition(options.partitions()) : sources.rows();
        Broadcast<Map<String, ArticleRecords.Given>> manifest = context().broadcast(new LinkedHashMap<>(sources.manifest()));
        sources.warnings().forEach(w -> LOG.log(Level.WARNING, w.toString())); // a broken manifest, say
        clock.stage("sources");

        Dataset<Row> read = rows.mapPartitions(
                (MapPartitionsFunction<Row, Row>) it -> PerArticle.read(it, manifest.value()),
                Encoders.row(PerArticle.READ)).persist(StorageLevel.MEMORY_AND_DISK());
        // kept: the rejects are counted and written after the read is let go, and must not read everything again
        Dataset<Row> rejects = read.filter("doc is null").select("name", "id", "reason")
                .persist(StorageLevel.MEMORY_AND_DISK());
        long rejected = rejects.count();
        Dataset<Row> docs = read.filter("doc is not null").select("name", "id", "doc");
        long articles = docs.count();
        clock.stage("read, outlet and date, dates and figures");

        Broadcast<CorpusNames.Capitals> capitals = context().broadcast(SpeakerRegistry.capitals(read));
        Broadcast<List<CorpusNames.Taught>> taught = SpeakerRegistry.taught(spark, docs, capitals);
        clock.stage("person registry");

        Dataset<Row> quoted = docs.mapPartitions(
                (MapPartitionsFunction<Row, Row>) it -> PerArticle.quotes(it,
                        SpeakerRegistry.names(capitals, taught)),
                Encoders.row(PerArticle.QUOTED)).persist(StorageLevel.MEMORY_AND_DISK());
        quoted.count();
        read.unpersist();
        clock.stage("quotes and events' statements");

        QuoteBlocks.Result clusters = QuoteBlocks.cluster(quoted);
        LOG.log(Level.INFO, "{0} quote clusters from {1} blocks, the largest of {2} quotes", clusters.clusters().size(),
                clusters.blocks(), clusters.largestBlock());
        clock.stage("quote clusters");

        EventBlocks.Result blocked = EventBlocks.cluster(spark, quoted);
        List<Row> events = blocked.events().collectAsList();
        blocked.release();
        LOG.log(Level.INFO, "{0} events from {1} dated statements in {2} date blocks", events.size(),
                blocked.statements(), blocked.blocks());
        clock.stage("event clusters (date blocks)");

        List<Row> collected = quoted.orderBy("name").select("doc", "dated", "undated").collectAsList();
        List<Docs.Doc> all = new ArrayList<>();
        for (Row r : collected) {
            all.add(Docs.read(r.getString(0)));
        }
        // the events were made by date blocks on the executors; here the undated statements join them, in the
        // corpus' order, and the headlines and stories are read
        CandidateFinder.Found found = Statements.of(collected);
        Corpus compared = new Comparison().withEvents(Docs.corpus(all), EventBlocks.numbered(events, found.dated()),
                found.undated()).withQuoteClusters(clusters.clusters());
        clock.stage("undated joining, headlines and stories");
        LOG.log(Level.INFO, "{0} articles, {1} rejects, {2} events, {3} stories", articles, rejected,
                compared.events().size(), compared.stories().size());
        return new Result(quoted, rejects, compared, clock.stages());
    }

    private JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }
}
