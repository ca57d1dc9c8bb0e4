package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.DateSource;

class CorpusLoaderTest {

    private static final LocalDate OCT_21 = LocalDate.of(2015, 10, 21);

    @TempDir
    Path dir;

    private final CorpusLoader loader = new CorpusLoader();

    @Test
    void bundledFolderOnDiskHasFiveArticlesWithManifestOutletsAndDates() {
        LoadResult result = loader.loadFolder(Path.of("resources/corpus"), LoadProgress.NONE);

        assertSampleCorpus(result);
    }

    @Test
    void bundledCorpusFromTheClassPathIsTheSame() {
        List<String> progress = new ArrayList<>();
        LoadResult result = loader.loadBundled((done, total, file) -> progress.add(done + "/" + total + " " + file));

        assertSampleCorpus(result);
        assertThat(progress).hasSize(5).startsWith("1/5 000_ecf9c5f17e379244.txt").endsWith("5/5 004_249f8d1ba6e39445.txt");
        assertThat(result.corpus().articles()).extracting(Article::text)
                .isEqualTo(loader.loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus().articles()
                        .stream().map(Article::text).toList());
    }

    private static void assertSampleCorpus(LoadResult result) {
        assertThat(result.warnings()).isEmpty();
        assertThat(result.corpus().articles())
                .extracting(Article::id, a -> a.outlet().name(), Article::published, Article::publishedFrom)
                .containsExactly(
                        tuple("000_ecf9c5f17e379244", "International Business Times Australia", OCT_21, DateSource.MANIFEST),
                        tuple("001_438747ce390c668c", "", OCT_21, DateSource.MANIFEST),
                        tuple("002_89fd0c75253ddc28", "Sputnik", OCT_21, DateSource.MANIFEST),
                        tuple("003_437f314616787b1a", "", LocalDate.of(2017, 11, 21), DateSource.MANIFEST),
                        tuple("004_249f8d1ba6e39445", "Rise News", OCT_21, DateSource.MANIFEST));
        assertThat(result.corpus().articles().get(0).title())
                .isEqualTo("Bashar al-Assad thanks Putin during his secret visit to Moscow");
        assertThat(result.corpus().articles()).allSatisfy(a -> assertThat(a.text()).isNotBlank());
    }

    @Test
    void manifestValuesWinOverHtmlMetadata() throws IOException {
        write("page.html", """
                <html><head><title>From the page</title>
                <meta property="og:site_name" content="Page Outlet">
                <meta property="article:published_time" content="2020-01-02T10:00:00Z">
                <meta property="og:url" content="https://page.example/a"></head>
                <body><article><p>Some article text that is long enough.</p></article></body></html>
                """);
        write("other.html", """
                <html><head><meta property="og:site_name" content="Other Outlet">
                <meta property="article:published_time" content="2020-01-03"></head>
                <body><article><p>Another article.</p></article></body></html>
                """);
        write("corpus.json", """
                {"articles": [
                  {"file": "page.html", "outlet": "Manifest Outlet", "published": "2019-05-06",
                   "url": "https://manifest.example/a", "title": "From the manifest"}
                ]}
                """);

        LoadResult result = loader.loadFolder(dir, LoadProgress.NONE);

        assertThat(result.warnings()).isEmpty();
        Article page = result.corpus().article("page").orElseThrow();
        assertThat(page.outlet().name()).isEqualTo("Manifest Outlet");
        assertThat(page.published()).isEqualTo(LocalDate.of(2019, 5, 6));
        assertThat(page.publishedFrom()).isEqualTo(DateSource.MANIFEST);
        assertThat(page.url()).isEqualTo("https://manifest.example/a");
        assertThat(page.title()).isEqualTo("From the manifest");
        Article other = result.corpus().article("other").orElseThrow();
        assertThat(other.outlet().name()).isEqualTo("Other Outlet");
        assertThat(other.published()).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(other.publishedFrom()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void manifestOrderFirstThenTheOtherFilesByName() throws IOException {
        write("b.txt", "Bee.");
        write("c.txt", "Sea.");
        write("a.txt", "Ay.");
        write("z.txt", "Zed.");
        write("corpus.json", "{\"articles\": [{\"file\": \"z.txt\"}, {\"file\": \"b.txt\"}]}");

        LoadResult result = loader.loadFolder(dir, LoadProgress.NONE);

        assertThat(result.corpus().articles()).extracting(Article::id).containsExactly("z", "b", "a", "c");
        assertThat(result.corpus().articles()).extracting(Article::publishedFrom).containsOnly(DateSource.UNKNOWN);
    }

    @Test
    void filesSharingANameGetDistinctIds() throws IOException {
        write("a.txt", "Plain.");
        write("a.html", "<p>Html.</p>");
        write("a-2.json", "{\"maintext\": \"Json.\"}");

        LoadResult result = loader.loadFolder(dir, LoadProgress.NONE);

        assertThat(result.corpus().articles()).extracting(Article::id, Article::file)
                .containsExactly(tuple("a-2", "a-2.json"), tuple("a", "a.html"), tuple("a-3", "a.txt"));
    }

    @Test
    void hiddenFilesSubFoldersAndNotesAreSkippedQuietlyOtherFilesWithAWarning() throws IOException {
        write("story.txt", "A story.");
        write(".hidden.txt", "Hidden.");
        write("README.md", "# Notes");
        write("photo.png", "not really a png");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/inner.txt"), "Inner.");

        LoadResult result = loader.loadFolder(dir, LoadProgress.NONE);

        assertThat(result.corpus().articles()).extracting(Article::id).containsExactly("story");
        assertThat(result.warnings()).extracting(LoadWarning::toString).containsExactly(
                "photo.png: not an article file (supported: .txt, .text, .html, .htm, .json); skipped");
    }

    @Test
    void aMissingFolderGivesAWarningNotAnException() {
        LoadResult result = loader.loadFolder(dir.resolve("nowhere"), LoadProgress.NONE);

        assertThat(result.corpus().articles()).isEmpty();
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).isEqualTo("folder does not exist; nothing loaded"));
    }

    @Test
    void aFileInsteadOfAFolderGivesAWarning() throws IOException {
        write("a.txt", "Text.");

        LoadResult result = loader.loadFolder(dir.resolve("a.txt"), LoadProgress.NONE);

        assertThat(result.warnings()).extracting(LoadWarning::message).containsExactly("not a folder; nothing loaded");
    }

    @Test
    void singleFilesUseTheManifestBesideThem() throws IOException {
        write("one.txt", "First.");
        write("two.txt", "Second.");
        write("corpus.json", "{\"articles\": [{\"file\": \"two.txt\", \"outlet\": \"Two Times\", \"published\": \"2016-02-29\"}]}");

        List<String> progress = new ArrayList<>();
        LoadResult result = loader.loadFiles(List.of(dir.resolve("two.txt"), dir.resolve("one.txt"),
                dir.resolve("missing.txt")), (done, total, file) -> progress.add(done + "/" + total + " " + file));

        assertThat(result.corpus().articles()).extracting(Article::id, a -> a.outlet().name(), Article::published)
                .containsExactly(tuple("two", "Two Times", LocalDate.of(2016, 2, 29)), tuple("one", "", null));
        assertThat(result.warnings()).extracting(LoadWarning::toString)
                .containsExactly("missing.txt: does not exist; skipped");
        assertThat(progress).containsExactly("1/3 two.txt", "2/3 one.txt", "3/3 missing.txt");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingItsSize() throws IOException {
        Files.write(dir.resolve("big.txt"), "word ".repeat(300_000).getBytes(StandardCharsets.US_ASCII));
        write("small.txt", "Small.");

        LoadResult result = new CorpusLoader(1024 * 1024).loadFolder(dir, LoadProgress.NONE);

        assertThat(result.corpus().articles()).extracting(Article::id).containsExactly("small");
        assertThat(result.warnings()).extracting(LoadWarning::toString)
                .containsExactly("big.txt: too large (1.4 MB, over the 1 MB limit); skipped");
    }

    @Test
    void manyFilesLoadInNameOrderWithProgressForEach() throws IOException {
        for (int i = 0; i < 40; i++) {
            write(String.format("f%02d.txt", i), "Article number " + i + ".");
        }
        List<Integer> done = new ArrayList<>();

        LoadResult result = loader.loadFolder(dir, (n, total, file) -> done.add(n));

        assertThat(result.corpus().articles()).extracting(Article::text)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 40)
                        .mapToObj(i -> "Article number " + i + ".").toList());
        assertThat(done).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
    }

    @Test
    void aManifestNamingAnImpossibleFileNameGivesAWarning() throws IOException {
        write("a.txt", "Text.");
        write("corpus.json", "{\"articles\": [{\"file\": \"a\\u0000.txt\"}, {\"file\": \"a.txt\", \"outlet\": \"A\"}]}");

        LoadResult result = loader.loadFolder(dir, LoadProgress.NONE);

        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("corpus.json");
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.column()).isEqualTo(24);
            assertThat(w.message()).contains("is not a valid file name here").endsWith("; ignored this entry");
        });
        assertThat(result.corpus().articles()).extracting(a -> a.outlet().name()).containsExactly("A");
    }

    @Test
    void anInterruptedLoadStopsAndSaysWhatWasNotRead() throws IOException {
        for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt")) {
            write(name, "Text of " + name + ".");
        }

        LoadResult result;
        try {
            result = loader.loadFolder(dir, (done, total, file) -> {
                if (done == 2) {
                    Thread.currentThread().interrupt(); // what cancelling a background task does
                }
            });
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        }

        assertThat(result.corpus().articles()).extracting(Article::id).containsExactly("a", "b");
        assertThat(result.warnings()).extracting(LoadWarning::toString)
                .containsExactly("c.txt: loading was interrupted before this file; 2 files were not read");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
