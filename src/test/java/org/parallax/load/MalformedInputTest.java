package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.DateSource;

/**
 * The {@code malformed/} folder (made by {@code make_malformed.py}) plus a 20 MB file written at test time: every
 * file in it gives a warning or loads, never an exception, and the good files beside the bad ones still load.
 */
class MalformedInputTest {

    private static final Path MALFORMED = Path.of("src/test/resources/org/parallax/load/malformed");
    private static final long TWENTY_MB = 20L * 1024 * 1024;
    private static final String FIRST_BIG_PARAGRAPH = "The council met on Tuesday at the “Café Europa” and agreed a "
            + "budget of 3 million €.";

    @TempDir
    Path dir;

    private final CorpusLoader loader = new CorpusLoader();

    @BeforeEach
    void copyFixtures() throws IOException {
        try (Stream<Path> all = Files.walk(MALFORMED)) {
            for (Path p : all.toList()) {
                Path target = dir.resolve(MALFORMED.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /**
     * Linear decoding and cleaning matter here; its time is for the benchmark, not for this test, to judge. The
     * paragraphs are seeded random words, so no cleaning rule takes them for repeats of each other.
     */
    private void writeTwentyMegabyteFile() throws IOException {
        String[] words = ("the council met on Tuesday at Café Europa and agreed a budget of million € for roads "
                + "schools “new” parks while opposition members said plan was too costly late after weeks debate "
                + "mayor spokesman told reporters Wednesday that vote would follow").split(" ");
        java.util.Random random = new java.util.Random(42);
        try (Writer w = Files.newBufferedWriter(dir.resolve("big.txt"), StandardCharsets.UTF_8)) {
            w.write(FIRST_BIG_PARAGRAPH + "\n\n");
            long written = FIRST_BIG_PARAGRAPH.length();
            StringBuilder paragraph = new StringBuilder();
            while (written < TWENTY_MB) {
                paragraph.setLength(0);
                for (int n = 20 + random.nextInt(60); n > 0; n--) {
                    paragraph.append(words[random.nextInt(words.length)]).append(n == 1 ? ".\n\n" : " ");
                }
                w.write(paragraph.toString());
                written += paragraph.length();
            }
        }
    }

    @Test
    void everyFileLoadsOrGivesAWarningAndTheGoodOnesLoad() throws IOException {
        writeTwentyMegabyteFile();

        LoadResult result = assertNoException(() -> loader.loadFolder(dir, LoadProgress.NONE));

        Set<String> loaded = result.corpus().articles().stream().map(Article::file).collect(Collectors.toSet());
        Set<String> warned = result.warnings().stream().map(LoadWarning::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))) // hidden files are passed over on purpose
                    .hasSizeGreaterThan(20)
                    .allSatisfy(name -> assertThat(loaded.contains(name) || warned.contains(name))
                            .as(name + " loads or is warned about").isTrue());
        }
        assertThat(result.corpus().articles()).extracting(Article::file, a -> a.outlet().name())
                .contains(tuple("good.txt", ""), tuple("good.html", "Town Crier"),
                        tuple("good.json", "towncrier.example"), tuple("big.txt", ""));
        Article big = result.corpus().articles().stream().filter(a -> a.file().equals("big.txt")).findFirst().orElseThrow();
        assertThat(big.text()).startsWith(FIRST_BIG_PARAGRAPH).hasSizeGreaterThan(18_000_000);
    }

    @Test
    void eachMalformedFileGetsItsOwnWarning() {
        LoadResult result = loader.loadFolder(dir, LoadProgress.NONE);

        assertThat(result.warnings()).extracting(LoadWarning::toString).containsExactly(
                "notes.docx: not an article file (supported: .txt, .text, .html, .htm, .json); skipped",
                "array.json: not a news-please article (the JSON is an array, not an object); skipped",
                "blank.txt: only white space; skipped",
                "broken.json:4:3: not valid JSON (a comma was expected between two entries, not “\"”); skipped",
                "control-noise.txt: mostly control characters, so this is not a text file; skipped",
                "empty.txt: empty file; skipped",
                "furniture-only.html: no article text in this page; skipped",
                "invalid-utf8.txt:2:16: not valid UTF-8; read as Windows-1252",
                "no-article.html: no <article> or paragraphs in this page; read all of its text",
                "nul-byte.txt:2:7: NUL byte, so this is not a text file; skipped",
                "pdf-named.html: a PDF document, not text; skipped",
                "png-named.txt: a PNG image, not text; skipped",
                "utf16be-nobom.txt: no byte-order mark, but its NUL bytes are laid out like UTF-16BE; read as UTF-16BE",
                "utf16le-nobom.txt: no byte-order mark, but its NUL bytes are laid out like UTF-16LE; read as UTF-16LE",
                "windows-1252.txt:3:8: not valid UTF-8; read as Windows-1252",
                "word-named.txt: a ZIP archive (or a Word/OpenDocument file), not text; skipped");
    }

    @Test
    void textInOtherEncodingsReadsLikeTheUtf8Original() {
        LoadResult result = loader.loadFolder(dir, LoadProgress.NONE);

        String original = result.corpus().article("good-3").orElseThrow().text();
        assertThat(original).contains("“more books than ever”", "Café", "2 €");
        assertThat(result.corpus().articles()).filteredOn(a -> Set.of("windows-1252.txt", "utf16le-nobom.txt",
                "utf16be-nobom.txt").contains(a.file())).extracting(Article::text).containsOnly(original).hasSize(3);
        assertThat(result.corpus().articles()).filteredOn(a -> a.file().equals("unclosed.html"))
                .singleElement().satisfies(a -> assertThat(a.text())
                        .isEqualTo("First paragraph.\n\nSecond paragraph that is cut o"));
    }

    @Test
    void singleFilesGiveTheSameWarningsAsTheirFolder() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }

        LoadResult single = assertNoException(() -> loader.loadFiles(files, LoadProgress.NONE));
        LoadResult folder = loader.loadFolder(dir, LoadProgress.NONE);

        assertThat(single.warnings()).containsExactlyInAnyOrderElementsOf(folder.warnings());
        assertThat(single.corpus().articles()).hasSameSizeAs(folder.corpus().articles());
    }

    @Test
    void aManifestWithASyntaxErrorIsIgnoredAndNamesItsLineAndColumn() {
        LoadResult result = loader.loadFolder(dir.resolve("manifest-syntax"), LoadProgress.NONE);

        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("corpus.json");
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.column()).isEqualTo(5);
            assertThat(w.message()).isEqualTo("not valid JSON (a comma was expected between two items of the list, "
                    + "not “{”); ignored the manifest and loaded the folder without it");
        });
        assertThat(result.corpus().articles()).extracting(Article::id, a -> a.outlet().isKnown())
                .containsExactly(tuple("a", false), tuple("b", false));
    }

    @Test
    void aManifestNamingFilesOutsideItsFolderIsRefusedEntryByEntry() {
        LoadResult result = loader.loadFolder(dir.resolve("manifest-outside"), LoadProgress.NONE);

        assertThat(result.warnings()).extracting(LoadWarning::line, LoadWarning::column, LoadWarning::message)
                .containsExactly(
                        tuple(3, 14, "\"../good.txt\" is outside the corpus folder; ignored this entry"),
                        tuple(4, 14, "\"/etc/passwd\" is outside the corpus folder; ignored this entry"),
                        tuple(5, 66, "\"published\" value \"21/10/2015\" is not an ISO date "
                                + "(YYYY-MM-DD); ignored it"),
                        tuple(6, 14, "\"missing.txt\" does not exist; ignored this entry"),
                        tuple(7, 5, "entry 5 has no \"file\"; ignored it"),
                        tuple(8, 14, "\"inside.txt\" names a file already listed at line 5, "
                                + "column 14; ignored this entry"),
                        tuple(9, 14, "\"slides.pdf\" is not an article file (supported: .txt, "
                                + ".text, .html, .htm, .json); ignored this entry"),
                        tuple(10, 69, "unknown field \"autor\" (known: file, outlet, published, "
                                + "url, title); ignored it"));
        assertThat(result.warnings()).extracting(LoadWarning::file).containsOnly("corpus.json");
        assertThat(result.corpus().articles())
                .extracting(Article::file, a -> a.outlet().name(), Article::published, Article::publishedFrom)
                .containsExactly(
                        tuple("inside.txt", "Inside News", null, DateSource.UNKNOWN),
                        tuple("other.txt", "", LocalDate.of(2015, 10, 21), DateSource.MANIFEST));
    }

    @Test
    void aManifestCannotReachOutThroughASymbolicLink() throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("linked"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Not for the corpus.");
        try {
            Files.createSymbolicLink(corpus.resolve("link.txt"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        Files.writeString(corpus.resolve("corpus.json"), "{\"articles\": [{\"file\": \"link.txt\", \"outlet\": \"X\"}]}");

        LoadResult result = loader.loadFolder(corpus, LoadProgress.NONE);

        assertThat(result.warnings()).extracting(LoadWarning::toString).containsExactly(
                "corpus.json:1:24: \"link.txt\" is outside the corpus folder (through a symbolic "
                        + "link); ignored this entry",
                "link.txt: a link to a file outside the folder; skipped");
        assertThat(result.corpus().articles()).isEmpty();
    }

    /** Seeded, so a failure reproduces: random bytes and damaged copies of the good files under every extension. */
    @Test
    void damagedAndRandomFilesNeverThrow() throws IOException {
        Path fuzz = Files.createDirectory(dir.resolve("fuzz"));
        java.util.Random random = new java.util.Random(20151021);
        List<byte[]> seeds = List.of(Files.readAllBytes(MALFORMED.resolve("good.html")),
                Files.readAllBytes(MALFORMED.resolve("good.json")), Files.readAllBytes(MALFORMED.resolve("good.txt")),
                Files.readAllBytes(MALFORMED.resolve("manifest-outside/corpus.json")));
        String[] extensions = {".txt", ".html", ".json"};
        for (int i = 0; i < 90; i++) {
            byte[] bytes = seeds.get(random.nextInt(seeds.size())).clone();
            if (i % 3 == 0) {
                bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
            } else {
                for (int k = random.nextInt(8); k >= 0 && bytes.length > 0; k--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            String name = i == 0 ? "corpus.json" : String.format("f%02d%s", i, extensions[i % extensions.length]);
            Files.write(fuzz.resolve(name), bytes);
        }
        Files.write(fuzz.resolve("corpus.json"), java.util.Arrays.copyOf(seeds.get(3), 200));

        LoadResult result = assertNoException(() -> loader.loadFolder(fuzz, LoadProgress.NONE));

        Set<String> accounted = Stream.concat(result.corpus().articles().stream().map(Article::file),
                result.warnings().stream().map(LoadWarning::file)).collect(Collectors.toSet());
        assertThat(accounted).contains("corpus.json");
        for (int i = 1; i < 90; i++) {
            assertThat(accounted).contains(String.format("f%02d%s", i, extensions[i % extensions.length]));
        }
    }

    private static LoadResult assertNoException(java.util.concurrent.Callable<LoadResult> load) {
        LoadResult[] result = new LoadResult[1];
        assertThatCode(() -> result[0] = load.call()).doesNotThrowAnyException();
        return result[0];
    }

}
