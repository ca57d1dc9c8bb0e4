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
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
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
import org.parallax.compare.event.Gist;
import org.parallax.compare.event.Headlines;
import org.parallax.compare.event.Undated;
import org.parallax.compare.event.UndatedJoiner;
import org.parallax.compare.quote.QuoteClusterer;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;
import org.parallax.model.QuoteCluster;
import org.parallax.store.ModelJson;
import org.parallax.testing.SampleCorpus;

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

    /** What the window gets from {@code loaded} (the app's Pipeline without its cache). */
    private static Corpus desktop(Corpus loaded) {
        return new Comparison().compare(Extraction.standard().extract(new SourceInference().infer(loaded)));
    }

    @Test
    void theBundledCorpusGivesWhatTheDesktopGivesInTablesAndModel(@TempDir Path out) throws Exception {
        SparkPipeline.Result job = SparkJob.run(spark, JobOptions.parse(BUNDLED.toString(), "--out",
                out.toString(), "--partitions", "3", "--model", out.resolve("model.json").toString()));
        Corpus expected = SampleCorpus.get(); // what the window gets from the same folder, made once per test run

        assertThat(CorpusData.of(job.slice(ModelSlice.ALL))).isEqualTo(CorpusData.of(expected));
        assertThat(job.rejects().count()).isZero();
        // a slice gathers only its own articles, and is what the same slice cuts from the whole corpus
        for (ModelSlice slice : List.of(new ModelSlice(null, LocalDate.of(2017, 11, 1), LocalDate.of(2017, 11, 30),
                Set.of()), new ModelSlice(null, null, null, Set.of("Sputnik", "Rise News")),
                new ModelSlice("s1", null, null, Set.of("Sputnik")))) {
            assertThat(CorpusData.of(job.slice(slice))).isEqualTo(CorpusData.of(slice.apply(expected)));
        }
        Corpus model = new ModelJson().read(out.resolve("model.json"));
        assertThat(CorpusData.of(model)).isEqualTo(CorpusData.of(expected));
        assertThat(model.coverages()).isNotEmpty().isEqualTo(expected.coverages()); // the slice is all of it
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

        // only the stages that read and reject: what follows them is the bundled corpus's test
        SparkPipeline.Read job = new SparkPipeline(spark).read(JobOptions.parse(in.toString(), "--out",
                out.toString()));

        assertThat(job.articles()).isEqualTo(2);
        assertThat(job.rejected()).isEqualTo(6);
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
        Corpus made = job.slice(ModelSlice.ALL);
        Corpus loaded = Corpus.of(made.articles());
        Corpus expected = desktop(loaded);

        Agreement agreement = Agreement.of(expected.quoteClusters(), made.quoteClusters());
        LOG.log(Level.INFO, "generated corpus of {0} articles: quote clusters {1}", loaded.articles().size(),
                agreement);
        assertThat(made.articles()).hasSize(200);
        assertThat(CorpusData.of(made).quotes()).isEqualTo(CorpusData.of(expected).quotes());
        assertThat(CorpusData.of(made).events()).isEqualTo(CorpusData.of(expected).events());
        assertThat(CorpusData.of(made).stories()).isEqualTo(CorpusData.of(expected).stories());
        assertThat(agreement.f1()).isEqualTo(1.0);
        assertThat(made.quoteClusters()).isEqualTo(expected.quoteClusters());
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

    /**
     * A headline shortens a name as the whole corpus writes it: "Pell" stands alone only in the other article, in
     * another partition, so the forms of one partition would read "Jonas Pell visits Harwick". The job's executors
     * read what the desktop reads.
     */
    @Test
    void aHeadlineReadsNameFormsOfArticlesInOtherPartitions() {
        Corpus corpus = Extraction.standard().extract(Corpus.of(List.of(
                dated("a", "Mayor Jonas Pell visited Harwick on Tuesday to inspect the flood damage."),
                dated("b", "The damage was severe. Pell told reporters the town would rebuild."))));
        CandidateFinder.Found found = new CandidateFinder().findAll(corpus, true);
        List<EventClusterer.Cluster> clusters = new UndatedJoiner().join(new EventClusterer().cluster(found.dated()),
                found.undated());
        List<Row> rows = corpus.articles().stream().map(a -> RowFactory.create(a.file(), a.id(), Docs.write(
                new Docs.Doc(a, corpus.timexes().stream().filter(t -> t.span().articleId().equals(a.id())).toList(),
                        List.of(), List.of())))).toList();
        Dataset<Row> docs = spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(rows, 2), PerArticle.DOCS); // one article per partition

        Headlines.Result desktop = new Headlines().label(corpus, clusters);
        EventHeadlines.Result job = EventHeadlines.of(spark, docs, clusters);

        assertThat(desktop.clusters()).extracting(c -> c.event().label()).contains("Pell visits Harwick");
        assertThat(new Headlines().label(Corpus.of(corpus.articles().subList(0, 1))
                .withTimexes(corpus.timexes()), clusters).clusters()).extracting(c -> c.event().label())
                .doesNotContain("Pell visits Harwick");
        assertThat(job.labelled()).isEqualTo(desktop);
    }

    private static Article dated(String id, String text) {
        return new Article(id, id + ".txt", Outlet.of("Outlet " + id), "", LocalDate.of(2015, 10, 22),
                DateSource.MANIFEST, "", text, List.of());
    }

    /**
     * Undated statements joined on the executors as on the desktop: one of an article of its own joins the event
     * told in another article, in another partition — the first of {@code MAX_POSTING} equal ones, not the 105th,
     * which overlaps it more but lies beyond the key's posting; one joins its own article's event; an article's two
     * statements add one mention to an event; a statement of an undated article without an actor joins none.
     */
    @Test
    void undatedStatementsJoinEventsOfOtherPartitionsAsOnTheDesktop() {
        Gist acme = new Gist(List.of("acme"), "Acme", "close", "closed");
        Map<String, Double> plant = Map.of("acme", 1.5, "close", 2.0, "leeds", 1.5, "plant", 1.0);
        List<EventClusterer.Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < 105; i++) {
            Map<String, Double> terms = new java.util.HashMap<>(plant);
            if (i < 104) {
                terms.put("w" + i, 1.0); // every one but the last a little less like the undated statements
            }
            Candidate c = new Candidate(new Span("d" + i, 0, 27), TimexValue.parse("2015-10-01").orElseThrow(),
                    "Acme closed the Leeds plant", terms, LocalDate.parse("2015-10-02"), null, acme);
            clusters.add(new EventClusterer.Cluster(new org.parallax.model.Event("e" + (i + 1), c.label(),
                    "2015-10-01", null, List.of(c.mention())), List.of(c)));
        }
        LocalDate published = LocalDate.parse("2015-10-05");
        List<Undated> n1 = List.of(new Undated(new Span("n1", 0, 25), plant, acme, published),
                new Undated(new Span("n1", 40, 70), Map.of("acme", 1.5, "close", 2.0, "plant", 1.0), acme, published));
        List<Undated> d3 = List.of(new Undated(new Span("d3", 40, 60), Map.of("acme", 1.5, "close", 2.0), acme,
                LocalDate.parse("2015-10-02")));
        List<Undated> x = List.of(new Undated(new Span("x", 0, 20), plant,
                new Gist(List.of(), "", "close", "closed"), null));
        StructType schema = new StructType().add("name", DataTypes.StringType, false)
                .add("id", DataTypes.StringType, false)
                .add("undated", DataTypes.createArrayType(Statements.UNDATED, false), false);
        List<Row> rows = List.of(RowFactory.create("d3.txt", "d3", undated(d3)),
                RowFactory.create("n1.txt", "n1", undated(n1)), RowFactory.create("x.txt", "x", undated(x)));
        Dataset<Row> quoted = spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(rows, 3), schema);
        List<Undated> all = new ArrayList<>(d3);
        all.addAll(n1);
        all.addAll(x);

        List<EventClusterer.Cluster> desktop = new UndatedJoiner().join(clusters, all);
        assertThat(desktop.get(0).event().mentions()).extracting(Span::articleId).containsExactly("d0", "n1");
        assertThat(desktop.get(3).event().mentions()).extracting(Span::articleId).containsExactly("d3", "d3");
        assertThat(desktop.get(104).event().mentions()).hasSize(1);
        assertThat(UndatedJoins.join(spark, quoted, clusters)).isEqualTo(desktop);
    }

    private static Row[] undated(List<Undated> statements) {
        return Statements.undated(new CandidateFinder.Found(List.of(), statements));
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
