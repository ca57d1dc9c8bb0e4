package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;

/**
 * A story's words come from fewer tagged sentences, and the words of every class two of its articles hold are those
 * of tagging every sentence.
 */
class StoryWordsTest {

    @Test
    void aClassTheOtherHoldersNameByNoTagLeavesItsLastHoldersSentencesUntagged() {
        // "repair" and "slow" may name a happening, but the first article's tags read them as a noun and an adjective
        List<String> story = List.of("The repair of the Ferndale bridge was slow. The quake struck Ferndale.",
                "Ferndale residents paid for the repair. The quake struck at night. The repair is slow.");
        List<HappeningText> read = story.stream().map(HappeningText::read).toList();
        List<List<HappeningWords.Word>> words = StoryWords.of(read, false);
        assertThat(read.get(0).taggedSentences()).isEqualTo(1);
        assertThat(read.get(1).taggedSentences()).isZero(); // both of its sentences with "repair" left untagged
        assertThat(words).isEqualTo(everySentenceTagged(story.stream().map(HappeningText::read).toList()));
        assertThat(words.get(1)).extracting(HappeningWords.Word::text).containsExactly("quake", "struck");
    }

    @Test
    void theWordsOfEveryClassTwoArticlesHoldAreThoseOfTaggingEverySentence() {
        List<String> sample = new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles().stream()
                .map(Article::text).toList();
        List<List<String>> stories = new ArrayList<>(List.of(sample));
        Random random = new Random(153);
        for (int s = 0; s < 60; s++) {
            List<String> story = new ArrayList<>();
            for (int a = 2 + random.nextInt(4); a > 0; a--) {
                story.add(HappeningTextTest.randomText(random));
            }
            stories.add(story);
        }
        int spared = 0;
        for (List<String> story : stories) {
            List<HappeningText> read = story.stream().map(HappeningText::read).toList();
            List<List<HappeningWords.Word>> words = StoryWords.of(read, random.nextBoolean());
            List<HappeningText> all = story.stream().map(HappeningText::read).toList();
            assertThat(told(words)).as("%s", story).isEqualTo(told(everySentenceTagged(all)));
            for (int a = 0; a < story.size(); a++) {
                spared += all.get(a).taggedSentences() - read.get(a).taggedSentences();
                assertThat(read.get(a).taggedSentences()).isLessThanOrEqualTo(all.get(a).taggedSentences());
            }
        }
        assertThat(spared).isPositive();
    }

    /** Each article's words of the classes two or more articles may hold, every sentence that needs it tagged. */
    private static List<List<HappeningWords.Word>> everySentenceTagged(List<HappeningText> read) {
        Map<String, Integer> holders = new HashMap<>();
        read.forEach(r -> r.classes().forEach(c -> holders.merge(c, 1, Integer::sum)));
        return read.stream().map(r -> r.words(c -> holders.get(c) > 1)).toList();
    }

    /** The words of the classes whose words lie in two or more articles: those a happening can hold. */
    private static List<List<HappeningWords.Word>> told(List<List<HappeningWords.Word>> words) {
        Map<String, Set<Integer>> articles = new HashMap<>();
        for (int a = 0; a < words.size(); a++) {
            int article = a;
            words.get(a).forEach(w -> articles.computeIfAbsent(w.lemma(), k -> new HashSet<>()).add(article));
        }
        return words.stream().map(ws -> ws.stream().filter(w -> articles.get(w.lemma()).size() > 1).toList()).toList();
    }
}
