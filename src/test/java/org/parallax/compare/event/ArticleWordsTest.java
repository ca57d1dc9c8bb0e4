package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.text.SentenceSplitter;

/**
 * An article's words joined from its sentences' are those of the whole text split anew, for the punctuation
 * splitter's sentences and for any cut of the text (words crossing a cut); and the name forms the finder reads from
 * them are those read from the articles apart.
 */
class ArticleWordsTest {

    private static final List<String> PIECES = List.of("the", "The", "Assad", "Assad's", "Bashar", "al-Assad",
            "minister", "Minister", "said", "Putin’s", "U.S.", "2015", "Élysée", "\uD801\uDC28-Smith", "e-mail", "x",
            " ", " ", " ", ". ", ".", ", ", "\n\n", " - ", "'", "’", "-", "—", "\u00A0", "?\" ", "(", ")", "\uD801");

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(60); i > 0; i--) {
            b.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return b.toString();
    }

    @Test
    void theWordsOfTheSentencesJoinedAreThoseOfTheWholeText() {
        Random random = new Random(76);
        for (int round = 0; round < 5000; round++) {
            String text = text(random);
            List<int[]> sentences = new ArrayList<>();
            if (round % 2 == 0) {
                SentenceSplitter.punctuation().split(text).forEach(s -> sentences.add(new int[] {s.start(), s.end()}));
            } else { // cut anywhere, a gap left between some ranges
                TreeSet<Integer> cuts = new TreeSet<>();
                for (int c = random.nextInt(6); c > 0; c--) {
                    cuts.add(random.nextInt(text.length() + 1));
                }
                int at = 0;
                for (int cut : cuts) {
                    if (cut > at) {
                        sentences.add(new int[] {at + (random.nextInt(4) == 0 ? 1 : 0), cut});
                    }
                    at = cut;
                }
            }
            sentences.removeIf(s -> s[0] >= s[1]);
            List<SentenceWords> words = sentences.stream().map(s -> new SentenceWords(text, s[0], s[1])).toList();
            assertThat(ArticleWords.of(text, sentences, words)).as(text).isEqualTo(Words.split(text));
        }
    }

    @Test
    void theFindersNameFormsAreThoseReadFromTheArticles() {
        Random random = new Random(42);
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < 300; a++) {
            articles.add(new Article("a" + a, "a" + a + ".txt", Outlet.of("X"), "", null, DateSource.UNKNOWN, "",
                    text(random), List.of()));
        }
        NameForms.Gathering gathered = new NameForms.Gathering();
        new CandidateFinder().findAll(Corpus.of(articles), true, gathered);
        NameForms fromFinder = gathered.forms();
        NameForms read = NameForms.of(articles);
        for (String piece : PIECES) {
            for (String w : List.of(piece, NameForms.withoutPossessive(piece), piece.toLowerCase(Locale.ROOT))) {
                assertThat(fromFinder.alone(w)).as(w).isEqualTo(read.alone(w));
                assertThat(fromFinder.common(w)).as(w).isEqualTo(read.common(w));
            }
        }
        assertThat(fromFinder.alone("Assad")).isTrue();
        assertThat(fromFinder.common("minister")).isTrue();
    }
}
