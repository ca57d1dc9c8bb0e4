package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

class ExtractionCacheTest {

    @TempDir
    Path dir;

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", Outlet.of("Reuters"), "A title", LocalDate.of(2015, 10, 21),
                DateSource.MANIFEST, "https://example.org/" + id, text, List.of("Share this"));
    }

    private static Corpus withFindings(Article a) {
        return Corpus.of(List.of(a)).withTimexes(List.of(new TimeMention(new Span(a.id(), 0, 9), "Wednesday",
                TimexType.DATE, "2015-10-21")));
    }

    @Test
    void itSaysHowMuchItTakesAndClearingLeavesOnlyOtherFiles() throws IOException {
        ExtractionCache cache = new ExtractionCache(dir.resolve("cache"), ExtractionCache.DEFAULT_MAX_BYTES, "test");
        assertThat(cache.bytes()).as("no folder yet").isZero();
        Article a = article("a", "Wednesday, Putin met Assad.");
        cache.put(cache.articleKey(a), withFindings(a));
        java.nio.file.Files.writeString(dir.resolve("cache").resolve("notes.txt"), "not an entry");
        long taken = cache.bytes();
        assertThat(taken).isPositive();
        assertThat(cache.clear()).isEqualTo(taken);
        assertThat(cache.bytes()).isZero();
        assertThat(cache.article(cache.articleKey(a), "a")).isEmpty();
        assertThat(dir.resolve("cache").resolve("notes.txt")).exists();
    }

    @Test
    void anEntryShippedInTheJarIsReadWhenTheFolderHasNoneAndNeverWritten() throws IOException {
        Article a = article("a", "Wednesday, Putin met Assad.");
        ExtractionCache built = new ExtractionCache(dir.resolve("built"), ExtractionCache.DEFAULT_MAX_BYTES, "test");
        String key = built.corpusKey(List.of(a));
        built.put(key, withFindings(a));
        byte[] entry = Files.readAllBytes(built.entryFile(key));
        Path folder = dir.resolve("user");
        ExtractionCache cache = new ExtractionCache(folder, ExtractionCache.DEFAULT_MAX_BYTES, "test",
                k -> k.equals(key) ? new java.io.ByteArrayInputStream(entry) : null);

        assertThat(cache.corpus(key, List.of("a"))).contains(withFindings(a));
        assertThat(cache.corpus(key, List.of("b"))).as("other articles: a miss").isEmpty();
        assertThat(cache.article(cache.articleKey(a), "a")).as("no entry shipped under that key").isEmpty();
        assertThat(folder).as("a shipped entry is read in place").doesNotExist();
        assertThat(new ExtractionCache(folder, ExtractionCache.DEFAULT_MAX_BYTES, "test").corpus(key, List.of("a")))
                .as("this test's jar ships no such entry").isEmpty();
    }

    @Test
    void aKeptArticleReadsBackTheSame() {
        ExtractionCache cache = new ExtractionCache(dir, ExtractionCache.DEFAULT_MAX_BYTES, "test");
        Article a = article("a", "Wednesday, Putin met Assad.");
        String key = cache.articleKey(a);
        assertThat(cache.article(key, "a")).isEmpty();
        cache.put(key, withFindings(a));
        assertThat(cache.article(key, "a")).contains(withFindings(a));
        assertThat(cache.article(key, "b")).as("an entry for another article is a miss").isEmpty();
    }

    @Test
    void theKeyFollowsEverythingExtractionReadsAndTheExtractor() {
        ExtractionCache cache = new ExtractionCache(dir, ExtractionCache.DEFAULT_MAX_BYTES, "test");
        Article a = article("a", "Wednesday, Putin met Assad.");
        String key = cache.articleKey(a);
        assertThat(cache.articleKey(article("a", "Wednesday, Putin met Assad."))).isEqualTo(key);
        assertThat(cache.articleKey(article("a", "Tuesday, Putin met Assad."))).isNotEqualTo(key);
        assertThat(cache.articleKey(a.withPublished(LocalDate.of(2015, 10, 22), DateSource.MANIFEST))).isNotEqualTo(key);
        assertThat(cache.articleKey(a.withOutlet(Outlet.of("AP")))).isNotEqualTo(key);
        assertThat(new ExtractionCache(dir, 1, "other").articleKey(a)).isNotEqualTo(key);
        assertThat(cache.corpusKey(List.of(a))).isNotEqualTo(key);
        Article lessFurniture = new Article("a", "a.txt", a.outlet(), a.title(), a.published(), a.publishedFrom(),
                a.url(), a.text(), List.of());
        assertThat(cache.corpusKey(List.of(lessFurniture))).as("inference reads the removed lines")
                .isNotEqualTo(cache.corpusKey(List.of(a)));
    }

    @Test
    void aCorruptOrTruncatedEntryIsAMissNeverAnError() throws IOException {
        ExtractionCache cache = new ExtractionCache(dir, ExtractionCache.DEFAULT_MAX_BYTES, "test");
        Article a = article("a", "Wednesday, Putin met Assad.");
        String key = cache.articleKey(a);
        cache.put(key, withFindings(a));
        Path entry = onlyEntry();
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(cache.article(key, "a")).isEmpty();
        Files.writeString(entry, "{\"schemaVersion\": 1, \"articles\": [");
        assertThat(cache.article(key, "a")).isEmpty();
        cache.put(key, withFindings(a));
        assertThat(cache.article(key, "a")).as("rewritten after the miss").contains(withFindings(a));
    }

    @Test
    void deletingTheFolderLosesNothingButTheEntries() throws IOException {
        Path folder = dir.resolve("cache");
        ExtractionCache cache = new ExtractionCache(folder, ExtractionCache.DEFAULT_MAX_BYTES, "test");
        Article a = article("a", "Wednesday, Putin met Assad.");
        cache.put(cache.articleKey(a), withFindings(a));
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.delete(folder);
        assertThat(cache.article(cache.articleKey(a), "a")).isEmpty();
        cache.put(cache.articleKey(a), withFindings(a));
        assertThat(cache.article(cache.articleKey(a), "a")).isPresent();
    }

    @Test
    void evictionKeepsTheBoundAndTheRecentlyUsed() throws IOException {
        ExtractionCache probe = new ExtractionCache(dir.resolve("probe"), ExtractionCache.DEFAULT_MAX_BYTES, "test");
        Article first = article("a0", "Wednesday " + "words ".repeat(200));
        probe.put(probe.articleKey(first), withFindings(first));
        long one = Files.size(onlyEntryIn(dir.resolve("probe")));
        long bound = one * 5;
        ExtractionCache cache = new ExtractionCache(dir.resolve("bounded"), bound, "test");
        Article used = article("a0", first.text());
        cache.put(cache.articleKey(used), withFindings(used));
        for (int i = 1; i < 20; i++) {
            ageAll(dir.resolve("bounded"));
            assertThat(cache.article(cache.articleKey(used), "a0")).as("still kept after %d writes", i).isPresent();
            Article a = article("a" + i, "Wednesday " + ("words " + i + " ").repeat(150));
            cache.put(cache.articleKey(a), withFindings(a));
            assertThat(folderBytes(dir.resolve("bounded"))).isLessThanOrEqualTo(bound);
        }
        assertThat(cache.article(cache.articleKey(used), "a0")).as("used at every step, never evicted").isPresent();
    }

    @Test
    void theFolderCanBeChosen() {
        String before = System.getProperty("parallax.cache");
        try {
            System.setProperty("parallax.cache", dir.toString());
            assertThat(ExtractionCache.defaultFolder()).isEqualTo(dir);
            assertThat(ExtractionCache.standard().folder()).isEqualTo(dir);
        } finally {
            if (before == null) {
                System.clearProperty("parallax.cache");
            } else {
                System.setProperty("parallax.cache", before);
            }
        }
    }

    @Test
    void thePlatformFolder() {
        assertThat(UserCacheFolder.of(java.util.Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/home/u/.cache/parallax"));
        assertThat(UserCacheFolder.of(java.util.Map.of("XDG_CACHE_HOME", "/c"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/c/parallax"));
        assertThat(UserCacheFolder.of(java.util.Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Caches/Parallax"));
    }

    /** Makes every entry older than any use to come, so a use is the newest by a clear margin. */
    private static void ageAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() - 60_000));
            }
        }
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private Path onlyEntry() throws IOException {
        return onlyEntryIn(dir);
    }

    private static Path onlyEntryIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
