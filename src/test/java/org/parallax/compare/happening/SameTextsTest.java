package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;

/**
 * Articles that share a text are read once, and the stories and coverages are those of reading every article: the
 * reference is the same articles with every text made unique by trailing spaces (which add no word, no name and move
 * no offset), each then read on its own.
 */
class SameTextsTest {

    private static final String QUAKE_1 = "A strong earthquake struck near Ferndale in Humboldt County, killing two "
            + "people. The quake damaged the old bridge over the Eel River, the Humboldt sheriff said.";
    private static final String QUAKE_2 = "Two people died when an earthquake hit Ferndale. Residents of Humboldt "
            + "County said the Eel River bridge was damaged.";
    private static final String FLOOD_1 = "Floods swept through Kochi after the Periyar burst its banks, and the "
            + "Kerala government evacuated thousands.";
    private static final String FLOOD_2 = "In Kochi, rescuers evacuated families as the Periyar rose. Kerala asked "
            + "for army help.";
    private static final String ALONE = "Shares of Northwind Bank fell after its results.";

    @Test
    void eachDistinctTextIsReadOnceAndGivenToEveryArticleHoldingIt() {
        List<String> texts = List.of("a", "b", new String("a"), "c", "b", "a");
        SameTexts same = SameTexts.of(texts);
        assertThat(same.distinct()).isEqualTo(3);
        assertThat(List.of(same.holders(0), same.holders(1), same.holders(2))).containsExactly(3, 2, 1);
        Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
        List<String> once = same.readOnce(t -> {
            reads.computeIfAbsent(t, k -> new AtomicInteger()).incrementAndGet();
            return t.toUpperCase();
        }, true);
        assertThat(once).containsExactly("A", "B", "C");
        assertThat(reads.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(same.each(once)).containsExactly("A", "B", "A", "C", "B", "A");
        assertThat(SameTexts.of(List.of()).each(List.of())).isEmpty();
    }

    @Test
    void storiesAndCoveragesOfArticlesSharingTextsAreThoseOfReadingEach() {
        List<String> seeds = new ArrayList<>(List.of(QUAKE_1, QUAKE_2, FLOOD_1, FLOOD_2, ALONE));
        new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles().stream().map(Article::text)
                .forEach(seeds::add);
        Random random = new Random(112);
        int shared = 0;
        for (int round = 0; round < 12; round++) {
            int n = 2 + random.nextInt(14);
            List<Article> copies = new ArrayList<>();
            List<Article> unique = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String text = seeds.get(random.nextInt(seeds.size()));
                java.time.LocalDate day = random.nextBoolean() ? null
                        : java.time.LocalDate.of(2020, 1, 1).plusDays(random.nextInt(90));
                copies.add(article("a" + i, text, day));
                unique.add(article("a" + i, text + " ".repeat(i + 1), day));
            }
            shared += n - SameTexts.of(copies.stream().map(Article::text).toList()).distinct();
            assertThat(ArticleStories.group(copies)).as("round %d", round).isEqualTo(ArticleStories.group(unique));
            Corpus withCopies = Corpus.of(copies);
            assertThat(Coverages.of(withCopies)).as("round %d", round).isEqualTo(Coverages.of(Corpus.of(unique)))
                    .isEqualTo(Coverages.of(withCopies, true));
        }
        assertThat(shared).as("articles whose text an earlier one has").isGreaterThan(20);
    }

    private static Article article(String id, String text, java.time.LocalDate published) {
        return new Article(id, id + ".txt", null, null, published,
                published == null ? null : org.parallax.model.DateSource.MANIFEST, null, text, null);
    }
}
