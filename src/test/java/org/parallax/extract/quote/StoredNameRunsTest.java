package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.text.TextAnalyser;

/**
 * The name runs an article's text finds once as it is made are those {@link Phrases#nameRuns} finds in each sentence
 * when asked, with the registry of the corpus or without one.
 */
class StoredNameRunsTest {

    private static List<int[]> stored(ArticleText at, int n) {
        List<int[]> runs = new ArrayList<>();
        for (int r = at.firstRun(n); r < at.firstRun(n + 1); r++) {
            runs.add(new int[] {at.runFrom(r), at.runTo(r)});
        }
        return runs;
    }

    private static void assertStoredRunsAreTheAskedOnes(ArticleText at, PersonRegistry reg) {
        Phrases ph = new Phrases(at, SpeechWords.standard(), reg);
        for (int n = 0; n < at.sentences.size(); n++) {
            int[] s = at.sentences.get(n);
            assertThat(stored(at, n)).as("%s sentence %d", at.article.id(), n)
                    .containsExactlyElementsOf(ph.nameRuns(s[0], s[1]));
        }
    }

    @Test
    void theSampleCorpusRunsAreTheAskedOnes() {
        Corpus corpus = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        PersonRegistry reg = new PersonRegistry(SpeechWords.standard());
        for (Article a : corpus.articles()) {
            ArticleText at = new ArticleText(a, TextAnalyser.shared().analyse(a.text()));
            assertStoredRunsAreTheAskedOnes(at, null);
            assertStoredRunsAreTheAskedOnes(at, reg);
        }
    }

    @Test
    void randomTextsRunsAreTheAskedOnes() {
        String[] words = {"Putin", "said", "the", "Russian", "President", "Mr", "al-Assad", "Apple", "Inc.", "CEO", ".",
            ",", "Bank", "of", "America", "Detik", "com", "“", "”", "spokesman", "Dmitry", "Peskov", "R-Iowa", "bin",
            "Laden", "U.S.", "GM", "for", "Ministry", "Defence", "'s", "Chicago-based", "A.", "and", "\n\n"};
        Random random = new Random(82);
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(120); k > 0; k--) {
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = b.toString();
            Article a = new Article("r" + n, "r.txt", null, "", null, null, "", text, List.of());
            assertStoredRunsAreTheAskedOnes(new ArticleText(a, TextAnalyser.shared().analyse(text)), null);
        }
    }
}
