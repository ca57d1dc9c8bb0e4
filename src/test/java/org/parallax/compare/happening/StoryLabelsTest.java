package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

/**
 * The stories' labels, now made story by story on every core (their written forms read while the stories merge),
 * are those of the one loop over all articles in their order, kept here as the reference: on random corpora of
 * stories sharing names, twins, lone articles and names in ties.
 */
class StoryLabelsTest {

    private static final String[] NAMES = {"Ferndale", "Humboldt", "Eel", "River", "Kochi", "Periyar", "Kerala",
        "Maria", "Lund", "Tarvik", "Omar", "al-Tarik", "Northwind", "Bank", "New", "York", "Moscow", "Putin", "Assad",
        "Bashar", "Sochi", "Kremlin", "Peskov", "Dmitry"};
    private static final String[] WORDS = {"said", "the", "visited", "arrived", "in", "and", "met", "with", "a",
        "storm", "hit", "on", "Tuesday", "officials"};

    @Test
    void theLabelsAreThoseOfTheOneLoopOverAllArticles() {
        Random random = new Random(98);
        int stories = 0;
        for (int round = 0; round < 200; round++) {
            List<Article> articles = new ArrayList<>();
            int n = 1 + random.nextInt(60);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // a twin of an earlier article now and then: equal similarities, as in the bench's replicas
                String text = !texts.isEmpty() && random.nextInt(4) == 0 ? texts.get(random.nextInt(texts.size()))
                        : text(random);
                texts.add(text);
                articles.add(new Article("a" + i, "a" + i + ".txt", null, null, null, null, null, text, null));
            }
            ArticleStories.Result got = ArticleStories.group(articles);
            assertThat(got.labels()).isEqualTo(before(articles, got.storyOf()));
            stories += got.labels().size();
        }
        assertThat(stories).isGreaterThan(300);
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int sentences = 1 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            b.append("Then");
            int words = 3 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                b.append(' ').append(random.nextInt(3) == 0 ? NAMES[random.nextInt(NAMES.length)]
                        : WORDS[random.nextInt(WORDS.length)]);
            }
            b.append(". ");
        }
        return b.toString();
    }

    /** The labels as made before: every story's names summed in one loop over the articles, then labelled. */
    private static List<String> before(List<Article> articles, Map<String, Integer> storyOf) {
        List<List<ArticleStories.NameWord>> read = articles.stream().map(a -> ArticleStories.Reading.of(a.text()).names())
                .toList();
        List<Map<String, Integer>> counts = read.stream().map(words -> {
            Map<String, Integer> c = new HashMap<>();
            words.forEach(w -> c.merge(w.key(), 1, Integer::sum));
            return c;
        }).toList();
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
        List<Map<String, Double>> held = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            int story = storyOf.get(articles.get(i).id());
            if (story == held.size()) {
                held.add(new HashMap<>());
            }
            double n = articles.size();
            counts.get(i).keySet().forEach(k -> held.get(story).merge(k, Math.log(1 + n / df.get(k)), Double::sum));
        }
        Map<String, String> written = new HashMap<>();
        Map<String, int[]> leads = new HashMap<>();
        for (List<ArticleStories.NameWord> words : read) {
            for (ArticleStories.NameWord w : words) {
                written.putIfAbsent(w.key(), w.text());
                int[] c = leads.computeIfAbsent(w.key(), k -> new int[2]);
                c[0]++;
                if (w.leads()) {
                    c[1]++;
                }
            }
        }
        return held.stream().map(names -> String.join(", ", names.entrySet().stream()
                .filter(e -> 2 * leads.get(e.getKey())[1] <= leads.get(e.getKey())[0])
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> written.get(e.getKey())).toList())).toList();
    }
}
