package org.parallax.spark;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
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
import org.parallax.compare.event.EventClusterer;
import org.parallax.compare.story.StoryBuilder;
import org.parallax.extract.quote.CorpusNames;
import org.parallax.load.ArticleRecords;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Story;

/**
 * The stages of the job, each logged with its time: read the sources, the per-article map (reading, outlet and
 * date, dates and figures), the person registry (two passes, aggregated), quotes and the events' statements (per
 * article), quote clusters (blocked, {@link QuoteBlocks}), event clusters (by date blocks, {@link EventBlocks}),
 * undated joining ({@link UndatedJoins}) and headlines ({@link EventHeadlines}) on the executors, and stories on the
 * driver, from the events, their statements and their mentions' texts. The driver never holds the articles' documents:
 * the tables are written from the executors' datasets and a model slice gathers only its own articles (decision 0016).
 */
final class SparkPipeline {

    private static final Logger LOG = System.getLogger(SparkPipeline.class.getName());

    /**
     * What the job made: per-article documents (on the executors), rejects, how many articles were read, the
     * corpus-wide findings (events with their stories, stories, quote clusters) and each stage's milliseconds.
     */
    record Result(Dataset<Row> docs, Dataset<Row> rejects, long articles, List<Event> events, List<Story> stories,
                  List<QuoteCluster> quoteClusters, Map<String, StageClock.Times> stages) {

        /** The model of a slice: its articles (only theirs gathered from the executors) and what they hold. */
        Corpus slice(ModelSlice slice) {
            return slice.gather(this);
        }
    }

    private final SparkSession spark;
    private final StageClock clock = new StageClock();

    SparkPipeline(SparkSession spark) {
        this.spark = spark;
    }

    /** What the first two stages leave on the executors: every record read, the documents, the rejects; the counts. */
    record Read(Dataset<Row> read, Dataset<Row> docs, Dataset<Row> rejects, long articles, long rejected) {
    }

    /**
     * The first two stages alone: the sources listed, each article read, the rejects set aside. {@link #run} goes on
     * from here; a test of reading and rejecting can stop here (the later stages cost it most of a job's time).
     */
    Read read(JobOptions options) {
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
        return new Read(read, docs, rejects, articles, rejected);
    }

    Result run(JobOptions options) {
        Read input = read(options);
        Dataset<Row> read = input.read();
        Dataset<Row> docs = input.docs();
        long articles = input.articles();

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

        // numbered in the desktop's order from their statements, which the driver holds (small rows, not documents)
        List<EventClusterer.Cluster> numbered = EventBlocks.numbered(events,
                Statements.datedOf(quoted.orderBy("name").select("dated").collectAsList()));
        List<EventClusterer.Cluster> joined = UndatedJoins.join(spark, quoted, numbered);
        clock.stage("undated joining (executors)");

        EventHeadlines.Result labelled = EventHeadlines.of(spark, quoted, joined);
        clock.stage("headlines (executors)");

        StoryBuilder.Result stories = new StoryBuilder().build(labelled.texts()::get, Math.toIntExact(articles),
                labelled.labelled().clusters(), labelled.labelled().headlines());
        clock.stage("stories (driver)");
        LOG.log(Level.INFO, "{0} articles, {1} rejects, {2} events, {3} stories", articles, input.rejected(),
                stories.events().size(), stories.stories().size());
        return new Result(quoted, input.rejects(), articles, stories.events(), stories.stories(), clusters.clusters(),
                clock.stages());
    }

    private JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }
}
