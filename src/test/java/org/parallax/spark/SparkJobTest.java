package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.compare.Comparison;
import org.parallax.compare.event.Candidate;
import org.parallax.compare.event.CandidateFinder;
import org.parallax.compare.event.EventClusterer;
import org.parallax.compare.quote.QuoteClusterer;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;
import org.parallax.model.QuoteCluster;
import org.parallax.store.ModelJson;

/**
 * The job in Spark's local mode against the desktop pipeline on the same articles. One session for the class, two
 * worker threads, so the per-article map, the registry's aggregate and the quote blocks really run split.
 */
class SparkJobTest {

    private static final System.Logger LOG = System.getLogger(SparkJobTest.class.getName());
    private static final Path BUNDLED = Path.of("resources/corpus");

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session(2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** What the window gets from the same folder (the app's Pipeline without its cache). */
    private static Corpus desktop(Corpus loaded) {
        return new Comparison().compare(Extraction.standard().extract(new SourceInference().infer(loaded)));
    }

    @Test
    void theBundledCorpusGivesWhatTheDesktopGivesInTablesAndModel(@TempDir Path out) throws Exception {
        SparkPipeline.Result job = SparkJob.run(spark, JobOptions.parse(BUNDLED.toString(), "--out",
                out.toString(), "--partitions", "3", "--model", out.resolve("model.json").toString()));
        Corpus expected = desktop(new CorpusLoader().loadFolder(BUNDLED, LoadProgress.NONE).corpus());

        assertThat(CorpusData.of(job.compared())).isEqualTo(CorpusData.of(expected));
        assertThat(job.rejects().count()).isZero();
        assertThat(CorpusData.of(new ModelJson().read(out.resolve("model.json")))).isEqualTo(CorpusData.of(expected));
        assertThat(spark.read().parquet(out.resolve("quotes").toString()).count()).isEqualTo(expected.quotes().size());
        assertThat(spark.read().parquet(out.resolve("quote_cluster_members").toString()).count())
                .isEqualTo(expected.quoteClusters().stream().mapToLong(q -> q.members().size()).sum());
        assertThat(spark.read().parquet(out.resolve("event_mentions").toString()).count())
                .isEqualTo(expected.events().stream().mapToLong(e -> e.mentions().size()).sum());
    }

    @Test
    void brokenFilesAndRecordsAreRejectedWithTheirReasonAndTheRestLoads(@TempDir Path in, @TempDir Path out)
            throws IOException {
        Files.createDirectories(in.resolve("sub"));
        try (var files = Files.list(BUNDLED)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).limit(2).toList()) {
                Files.copy(f, in.resolve("sub").resolve(f.getFileName()));
            }
        }
        Files.writeString(in.resolve("blank.txt"), "\n \n\t\n");
        Files.createFile(in.resolve("sub").resolve("empty.txt")); // Spark's file source skips files of 0 bytes
        try (var huge = new java.io.RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(org.parallax.load.ArticleRecords.maxFileBytes() + 1); // sparse: nothing written
        }
        Files.write(in.resolve("notes.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(in.resolve("broken.json"), "{\"maintext\": \"unfinished");
        Files.write(in.resolve("noise.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        hiddenFolders(in);

        SparkPipeline.Result job = new SparkPipeline(spark).run(JobOptions.parse(in.toString(), "--out",
                out.toString()));

        assertThat(job.compared().articles()).hasSize(2);
        List<Row> rejects = job.rejects().orderBy("name").collectAsList();
        assertThat(rejects).extracting(r -> r.getString(0))
                .containsExactly("blank.txt", "broken.json", "huge.txt", "noise.html", "notes.pdf", "sub/empty.txt");
        assertThat(rejects).allSatisfy(r -> assertThat(r.getString(2)).isNotBlank());
        assertThat(rejects.get(2).getString(2)).isEqualTo("too large (64 MB, over the 64 MB limit); skipped");
    }

    /**
     * What a job's own output, a clone or an editor leaves in a folder: read by nobody, rejected for nothing, however
     * deep the hidden folder ("_temporary/0/", "sub/.cache/").
     */
    private static void hiddenFolders(Path in) throws IOException {
        Path article;
        try (var files = Files.list(BUNDLED)) {
            article = files.filter(f -> f.toString().endsWith(".txt")).sorted().skip(3).findFirst().orElseThrow();
        }
        for (String folder : List.of("_temporary/0", ".git/objects", "sub/.cache")) {
            Files.createDirectories(in.resolve(folder));
            Files.copy(article, in.resolve(folder).resolve(article.getFileName()));
            Files.createFile(in.resolve(folder).resolve("empty.txt"));
        }
        try (var huge = new java.io.RandomAccessFile(in.resolve("sub/.cache/huge.txt").toFile(), "rw")) {
            huge.setLength(org.parallax.load.ArticleRecords.maxFileBytes() + 1);
        }
        Files.writeString(in.resolve("_temporary/0/corpus.json"), "not a manifest");
    }

    @Test
    void hiddenIsAnySegmentStartingWithADotOrAnUnderscore() {
        assertThat(ArticleInput.hidden("_temporary/0/a.txt")).isTrue();
        assertThat(ArticleInput.hidden("sub/.git/a.txt")).isTrue();
        assertThat(ArticleInput.hidden("sub/_SUCCESS")).isTrue();
        assertThat(ArticleInput.hidden("sub/a_b/x.txt")).isFalse();
        assertThat(ArticleInput.hidden("sub.d/a.txt")).isFalse();
    }

    @Test
    void aGeneratedCorpusClustersAsTheDesktopDoes(@TempDir Path dir) {
        String parquet = dir.resolve("generated.parquet").toString();
        GeneratedCorpus.write(spark, 200, parquet);
        SparkPipeline.Result job = new SparkPipeline(spark).run(JobOptions.parse(parquet, "--out",
                dir.resolve("out").toString(), "--partitions", "4"));
        Corpus loaded = Corpus.of(job.compared().articles());
        Corpus expected = desktop(loaded);

        Agreement agreement = Agreement.of(expected.quoteClusters(), job.compared().quoteClusters());
        LOG.log(Level.INFO, "generated corpus of {0} articles: quote clusters {1}", loaded.articles().size(),
                agreement);
        assertThat(job.compared().articles()).hasSize(200);
        assertThat(CorpusData.of(job.compared()).quotes()).isEqualTo(CorpusData.of(expected).quotes());
        assertThat(CorpusData.of(job.compared()).events()).isEqualTo(CorpusData.of(expected).events());
        assertThat(agreement.f1()).isEqualTo(1.0);
        assertThat(job.compared().quoteClusters()).isEqualTo(expected.quoteClusters());
    }

    @Test
    void aMonthStatementJoinsDayStatementsAcrossDateBlocksAsOnTheDesktop() {
        Map<String, Double> strike = Map.of("russia", 1.5, "airstrikes", 2.0, "syria", 1.5, "began", 1.0);
        List<Candidate> statements = List.of(
                statement("a1", "2015-09-30", "Russia began airstrikes in Syria", strike),
                statement("a1", "2015-09-30", "Parliament passed the budget",
                        Map.of("parliament", 1.5, "passed", 2.0, "budget", 1.0)),
                statement("a2", "2015-09-29", "Russia began its airstrikes in Syria", strike),
                statement("a3", "2015-09", "In September Russia began airstrikes in Syria", strike),
                statement("a4", "2015", "In 2015 Russia began airstrikes in Syria", strike));
        List<Row> rows = new ArrayList<>();
        for (String article : List.of("a1", "a2", "a3", "a4")) {
            List<Candidate> own = statements.stream().filter(c -> c.articleId().equals(article)).toList();
            rows.add(RowFactory.create(article, Statements.dated(new CandidateFinder.Found(own, List.of()))));
        }
        StructType schema = new StructType().add("name", DataTypes.StringType, false)
                .add("dated", DataTypes.createArrayType(Statements.DATED, false), false);
        EventBlocks.Result job = EventBlocks.cluster(spark, spark.createDataFrame(rows, schema).repartition(2));

        List<EventClusterer.Cluster> made = EventBlocks.numbered(job.events().collectAsList(), statements);
        List<EventClusterer.Cluster> desktop = new EventClusterer().cluster(statements);
        assertThat(made).isEqualTo(desktop);
        assertThat(job.blocks()).isEqualTo(4); // the month's copies are not blocks of their own
        assertThat(made).anySatisfy(e -> assertThat(e.event().mentions()).extracting(Span::articleId)
                .containsExactly("a1", "a2", "a3")); // the year 2015 absorbs nothing
    }

    private static Candidate statement(String article, String date, String label, Map<String, Double> terms) {
        int at = label.length() * terms.size(); // distinct spans within an article
        return new Candidate(new Span(article, at, at + label.length()), TimexValue.parse(date).orElseThrow(), label,
                terms, LocalDate.parse("2015-10-01"));
    }

    /**
     * Two copies the job's old blocking missed, both linked on the desktop whoever the speakers: a near-verbatim copy
     * whose words differ in form every second or third word (no word trigram in common, the old key; every stem in
     * order), and two people given the same words whose every shared key (each word trigram) is also held by 201
     * quotes of a third that link neither (the words in another order: the old cap of 200 dropped those keys). Every
     * key is split into salted chunks of one utterance, so the chunks' join is what finds them.
     */
    @Test
    void copiesTheOldBlockingMissedClusterAsOnTheDesktop() {
        String words = "Regional farmers expect record wheat harvest despite drought";
        String reordered = "Harvest despite drought hurts us, wheat harvest despite everything, record wheat harvest "
                + "again, expect record wheat soon, farmers expect record sales and regional farmers expect rain";
        QuoteCorpus quotes = new QuoteCorpus()
                .article("a1", "John Smith", "Councils cut bus routes, lift parking fees and shut parks in small towns")
                .article("a2", "Mary Jones", "Council cuts bus route, lifts parking fee and shuts park in small town")
                .article("b1", "John Smith", words).article("b2", "Mary Jones", words);
        for (String id : List.of("f1", "f2", "f3")) {
            quotes.article(id, IntStream.range(0, 67).boxed().flatMap(i -> Stream.of("Alan Brown", reordered))
                    .toArray(String[]::new));
        }

        List<QuoteCluster> expected = new QuoteClusterer().cluster(quotes.corpus());
        assertThat(expected).extracting(c -> c.members().stream().map(v -> v.quoteId()).toList())
                .contains(List.of("q-a1-1", "q-a2-1"), List.of("q-b1-1", "q-b2-1"));
        assertThat(new QuoteBlocks(1).of(quotes.rows(spark)).clusters()).isEqualTo(expected);
    }
}
