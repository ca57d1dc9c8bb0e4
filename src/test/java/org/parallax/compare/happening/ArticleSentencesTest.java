package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;

/**
 * An article's sentences split once give both readings what splitting each time gave (the splitter's own sentences
 * are the reference): the same starts and ends, numbered by their place.
 */
class ArticleSentencesTest {

    private static final String[] PIECES = {"The", "quake", "struck", "Ferndale", "Mr.", "U.S.", "Oct.", "3.5", ".",
        ". ", "! ", "? ", "\n\n", "\n", " ", " ", "  ", "\"", "“", "”", "(", ")", "—", "said", "Putin", "…", "a.m."};

    @Test
    void theBoundsAreThoseOfTheSplittersSentences() {
        List<String> texts = new ArrayList<>();
        new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles().stream().map(Article::text)
                .forEach(texts::add);
        Random random = new Random(112);
        for (int t = 0; t < 2000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) > 0 ? " " : "");
            }
            texts.add(b.toString());
        }
        texts.add("");
        int sentences = 0;
        for (String text : texts) {
            List<Sentence> expected = SentenceSplitter.punctuation().split(text);
            ArticleSentences got = ArticleSentences.of(text);
            assertThat(got.count()).as(text).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(expected.get(i).index()).isEqualTo(i);
                assertThat(new int[] {got.start(i), got.end(i)}).as("%s: sentence %d", text, i)
                        .containsExactly(expected.get(i).start(), expected.get(i).end());
            }
            sentences += expected.size();
        }
        assertThat(sentences).isGreaterThan(2000);
    }
}
