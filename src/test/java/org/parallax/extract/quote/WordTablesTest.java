package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.text.TextAnalyser;

class WordTablesTest {

    private static ArticleText read(ArticleWords table, String text) {
        Article a = new Article("a", "a.txt", null, "", null, null, "", text, List.of());
        return new ArticleText(a, TextAnalyser.shared().analyse(text), table);
    }

    @Test
    void aThreadKeepsItsTableUntilItReadItsShareOfText() {
        List<ArticleWords> made = new ArrayList<>();
        WordTables tables = new WordTables(() -> {
            ArticleWords t = new ArticleWords(16, new HashSet<>(), new HashSet<>());
            made.add(t);
            return t;
        }, 3 * "Putin said so.".length());
        ArticleWords first = tables.ofThisThread();
        for (int k = 0; k < 3; k++) {
            assertThat(tables.ofThisThread()).isSameAs(first);
            read(first, "Putin said so.");
        }
        ArticleWords second = tables.ofThisThread();
        assertThat(second).isNotSameAs(first);
        assertThat(first.charsRead()).isEqualTo(3 * "Putin said so.".length());
        assertThat(made).containsExactly(first, second);
    }

    @Test
    void threadsNeverShareATable() {
        WordTables tables = new WordTables(() -> new ArticleWords(16, Set.of(), Set.of()), 1_000_000);
        Map<ArticleWords, Set<Thread>> users = new ConcurrentHashMap<>();
        IntStream.range(0, 2_000).parallel().forEach(k -> users
                .computeIfAbsent(tables.ofThisThread(), t -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread()));
        assertThat(users.values()).allSatisfy(threads -> assertThat(threads).hasSize(1));
    }
}
