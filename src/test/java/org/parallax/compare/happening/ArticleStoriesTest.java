package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.Words;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.Token;

/**
 * The names read char by char are those read from {@link Words#split}'s tokens (the code before, kept here as the
 * reference), on the sample corpus and on random texts of names, particles, joiners and odd characters.
 */
class ArticleStoriesTest {

    private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}|\\p{Ll}{1,3}-\\p{Lu}");
    private static final String[] PIECES = {"Bashar", "al-Assad", "al-", "Assad's", "Putin’s", "New", "York", "The",
        "He", "I", "A", "U.S.", "É", "Élysée", "Ωmega", "ωmega", "𝐀lpha", "\uD835", "van-Dyke", "de-la", "abc-Def",
        "abcd-Ef", "mr", "Mr.", "x", "said", "visited", "Moscow", "2015", "'", "’", "-", ".", ",", " ", " ", " ", "  ",
        "\n\n", "\"", "(", "—", "!", "?", "ǅ", "ǈa"};

    @Test
    void theNamesAreThoseOfTheWordsSplitFirst() {
        List<String> texts = new ArrayList<>();
        new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles().stream().map(Article::text)
                .forEach(texts::add);
        Random random = new Random(97);
        for (int t = 0; t < 5000; t++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            texts.add(b.toString());
        }
        int leading = 0;
        for (String text : texts) {
            List<ArticleStories.NameWord> expected = before(text);
            assertThat(ArticleStories.nameWords(text)).as(text).isEqualTo(expected);
            leading += (int) expected.stream().filter(ArticleStories.NameWord::leads).count();
        }
        assertThat(leading).isGreaterThan(100);
    }

    /** {@code nameWords} before: every sentence split into tokens, each tested after the first. */
    private static List<ArticleStories.NameWord> before(String text) {
        List<ArticleStories.NameWord> out = new ArrayList<>();
        for (Sentence s : SentenceSplitter.punctuation().split(text)) {
            List<Token> words = Words.split(text, s.start(), s.end());
            for (int i = 1; i < words.size(); i++) {
                Token w = words.get(i);
                if (Character.isUpperCase(w.text().charAt(0)) && w.text().length() > 1
                        && !Words.isStopWord(w.text())) {
                    out.add(new ArticleStories.NameWord(w.text(), Words.normalise(w.text()),
                            i + 1 < words.size() && words.get(i + 1).start() == w.end() + 1
                                    && NAME_PART.matcher(words.get(i + 1).text()).lookingAt()));
                }
            }
        }
        return out;
    }
}
