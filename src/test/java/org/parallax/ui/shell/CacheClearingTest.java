package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.store.ExtractionCache;
import org.parallax.ui.concurrent.SameThreadTaskRunner;

/** Help → Clear Extraction Cache…: says the size, clears only when the user agrees, says what it freed. */
class CacheClearingTest {

    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    private ExtractionCache filledCache() {
        ExtractionCache cache = new ExtractionCache(dir, ExtractionCache.DEFAULT_MAX_BYTES, "test");
        Article a = new Article("a", "a.txt", Outlet.of("Wire"), "T", LocalDate.of(2020, 1, 1), DateSource.MANIFEST,
                "", "Text of the article.", null);
        cache.put(cache.articleKey(a), Corpus.of(List.of(a)));
        return cache;
    }

    private CacheClearing clearing(Optional<ExtractionCache> cache, boolean agree) {
        return new CacheClearing(new SameThreadTaskRunner(), cache, m -> {
            asked.add(m);
            return agree;
        }, told::add);
    }

    @Test
    void agreeingClearsItAndSaysHowMuch() throws Exception {
        ExtractionCache cache = filledCache();
        clearing(Optional.of(cache), true).run();
        assertThat(asked).singleElement().asString().containsPattern("holds [0-9.]+ (bytes|KB|MB) ").contains("loses none of your work");
        assertThat(told).singleElement().asString().startsWith("Cleared ");
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void cancellingKeepsIt() throws Exception {
        ExtractionCache cache = filledCache();
        clearing(Optional.of(cache), false).run();
        assertThat(told).isEmpty();
        assertThat(cache.bytes()).isPositive();
    }

    @Test
    void anEmptyOrMissingCacheIsSaidSoWithoutAsking() {
        clearing(Optional.of(new ExtractionCache(dir.resolve("none"), 1000, "test")), true).run();
        clearing(Optional.empty(), true).run();
        assertThat(asked).isEmpty();
        assertThat(told).hasSize(2);
        assertThat(told.get(0)).contains("is empty");
        assertThat(told.get(1)).contains("keeps no extraction cache");
    }
}
