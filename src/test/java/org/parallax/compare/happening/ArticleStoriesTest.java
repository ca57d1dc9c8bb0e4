package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            assertThat(ArticleStories.Reading.of(text).names()).as(text).isEqualTo(expected);
            leading += (int) expected.stream().filter(ArticleStories.NameWord::leads).count();
        }
        assertThat(leading).isGreaterThan(100);
    }

    @Test
    void thePairsSumsAreThoseOfTheBoxedHoldersBitForBitSummedInPartsOnEveryCore() throws Exception {
        Random random = new Random(107);
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(4);
        for (int round = 0; round < 200; round++) {
            int articles = 1 + random.nextInt(150);
            int names = 1 + random.nextInt(300);
            List<Map<String, Double>> vectors = new ArrayList<>();
            for (int a = 0; a < articles; a++) {
                Map<String, Double> v = new HashMap<>();
                int held = random.nextInt(40);
                for (int k = 0; k < held; k++) {
                    // a few names held by most articles (more than COMMON in the larger rounds), many by few
                    int name = random.nextBoolean() ? random.nextInt(Math.min(names, 5)) : random.nextInt(names);
                    v.put("n" + name, random.nextDouble());
                }
                vectors.add(v);
            }
            PairSums expected = pairsBefore(vectors);
            // in a pool of four half the time: the parts summed on four threads
            PairSums got = round % 2 == 0 ? pool.submit(() -> ArticleStories.pairs(vectors)).get()
                    : ArticleStories.pairs(vectors);
            // the pairs in any order (none is read since decision 0057), each sum the same to the bit
            Map<Long, Long> gotBits = new HashMap<>();
            for (int e = 0; e < got.size(); e++) {
                assertThat(gotBits.put(got.key(e), Double.doubleToRawLongBits(got.sum(e)))).isNull();
            }
            Map<Long, Long> expectedBits = new HashMap<>();
            for (int e = 0; e < expected.size(); e++) {
                expectedBits.put(expected.key(e), Double.doubleToRawLongBits(expected.sum(e)));
            }
            assertThat(gotBits).isEqualTo(expectedBits);
        }
        pool.shutdown();
    }

    /** {@code pairs} before: each name's holders boxed, each weight looked up again by name. */
    private static PairSums pairsBefore(List<Map<String, Double>> vectors) {
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (String name : vectors.get(i).keySet()) {
                holders.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
            }
        }
        PairSums sums = new PairSums();
        for (Map.Entry<String, List<Integer>> e : holders.entrySet()) {
            List<Integer> with = e.getValue();
            if (with.size() > ArticleStories.COMMON) {
                continue;
            }
            int[] at = with.stream().mapToInt(Integer::intValue).toArray();
            double[] weight = new double[at.length];
            for (int x = 0; x < at.length; x++) {
                weight[x] = vectors.get(at[x]).get(e.getKey());
            }
            for (int x = 0; x < at.length; x++) {
                for (int y = x + 1; y < at.length; y++) {
                    sums.add(((long) at[x] << 32) | at[y], weight[x] * weight[y]);
                }
            }
        }
        return sums;
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
