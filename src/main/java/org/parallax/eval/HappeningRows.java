package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.compare.happening.ArticleStories;
import org.parallax.compare.happening.HappeningWords;
import org.parallax.model.Corpus;
import org.parallax.model.Coverage;
import org.parallax.model.Span;

/**
 * ECB+ rows of happening words ({@link HappeningWords}): the system's, the corpus' coverages (each gold mention is the
 * happening that holds the happening word inside its span, the first; a mention holding none, or a word said once, is
 * a singleton), and for comparison the words grouped by synonym class alone, dates aside, within the article's story
 * ({@link ArticleStories}) and within the whole topic. Also how the stories split the documents against ECB+'s two
 * happenings per topic (ECB documents one, ECB+ documents the other): pairs of documents in one story.
 */
final class HappeningRows {

    final List<EventScore.Item> inStory = new ArrayList<>();
    final List<EventScore.Item> inTopic = new ArrayList<>();
    final List<EventScore.Item> coverages = new ArrayList<>();
    int covered;
    int storyPairs;
    int storyPairsRight;
    int goldPairs;

    void score(String topic, Corpus compared, List<EcbReader.Doc> docs) {
        Map<String, Integer> stories = ArticleStories.of(compared.articles());
        Map<Span, String> happeningOf = new HashMap<>();
        for (Coverage c : compared.coverages()) {
            c.happenings().forEach(h -> h.mentions().forEach(s -> happeningOf.put(s, h.id())));
        }
        count(stories);
        for (EcbReader.Doc d : docs) {
            List<HappeningWords.Word> words = HappeningWords.of(d.text());
            for (EcbReader.Mention m : d.mentions()) {
                String gold = topic + ":" + m.cluster();
                HappeningWords.Word w = words.stream().filter(x -> m.start() <= x.start() && x.start() < m.end())
                        .findFirst().orElse(null);
                if (w != null) {
                    covered++;
                }
                String alone = "m:" + m.id();
                inStory.add(new EventScore.Item(d.id(), gold, w == null ? alone
                        : topic + ":" + stories.get(d.id()) + ":" + w.lemma()));
                inTopic.add(new EventScore.Item(d.id(), gold, w == null ? alone : topic + ":" + w.lemma()));
                String h = w == null ? null : happeningOf.get(new Span(d.id(), w.start(), w.end()));
                coverages.add(new EventScore.Item(d.id(), gold, h == null ? alone : topic + ":" + h));
            }
        }
    }

    /** Document pairs in one story, and how many of them ECB+ puts in one happening (both ECB or both ECB+). */
    private void count(Map<String, Integer> stories) {
        List<String> ids = new ArrayList<>(stories.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean gold = ids.get(i).contains("plus") == ids.get(j).contains("plus");
                boolean same = stories.get(ids.get(i)).equals(stories.get(ids.get(j)));
                goldPairs += gold ? 1 : 0;
                storyPairs += same ? 1 : 0;
                storyPairsRight += gold && same ? 1 : 0;
            }
        }
    }

    /** The figures, once every topic is scored. */
    Scores scores() {
        return new Scores(EventScore.of(coverages), EventScore.of(inStory), EventScore.of(inTopic), covered,
                storyPairs, storyPairsRight, goldPairs);
    }

    /** The rows' scores, the gold mentions a happening word covers, and the stories' document pairs. */
    record Scores(EventScore coverages, EventScore inStory, EventScore inTopic, int covered, int storyPairs,
                  int storyPairsRight, int goldPairs) {
    }
}
