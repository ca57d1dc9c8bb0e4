package org.parallax.compare.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;

/**
 * The near-linear core linking ({@link CoreLinks}: equal quotes once, blocking, bounds, two-row tables) groups
 * exactly as comparing every pair of core quotes that shares a content stem with the full word-by-word table does,
 * on seeded corpora of overlapping, copied, trimmed and altered quotes over a small vocabulary.
 */
class CoreLinksTest {

    private static final String[] WORDS = {"the", "we", "will", "not", "a", "of", "to", "is", "war", "peace", "syria",
        "people", "government", "fight", "terror", "army", "talks", "moscow", "visit", "support", "and", "it", "no",
        "russia", "president", "political", "solution", "military", "operation", "civilians", "victory"};
    private static final String[] SPEAKERS = {"Bashar al-Assad", "Assad", "Vladimir Putin", "Putin", "Dmitry Peskov",
        null};

    private final QuoteLexicon lexicon = QuoteLexicon.standard();
    private final QuoteSimilarity similarity = new QuoteSimilarity(lexicon);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void groupsAsComparingEveryPairWithTheFullTable(int seed) {
        List<Quote> quotes = corpus(new Random(seed), 160);
        List<QuoteWords> words = quotes.stream().map(q -> QuoteWords.of(q.text(), lexicon)).toList();
        String[] who = quotes.stream().map(q -> Attribution.key(q.speaker())).toArray(String[]::new);
        List<Integer> core = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (words.get(i).size() >= QuoteClusterer.MIN_CORE_WORDS) {
                core.add(i);
            }
        }
        UnionFind fast = new UnionFind(quotes.size());
        Map<String, Integer> stemIds = new HashMap<>();
        new CoreLinks(similarity).link(core, quotes, words, who, i -> similarity.code(words.get(i), stemIds), fast);
        UnionFind slow = everyPair(core, quotes, words, who);

        int links = 0;
        for (int i : core) {
            assertThat(fast.find(i)).as("group of quote %d", i).isEqualTo(slow.find(i));
            links += slow.find(i) != i ? 1 : 0;
        }
        assertThat(links).as("the corpus has links to check").isGreaterThan(10);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void twoRowMatchEqualsTheFullTable(int seed) {
        Random random = new Random(seed);
        for (int k = 0; k < 2000; k++) {
            QuoteWords a = QuoteWords.of(sentence(random, 1 + random.nextInt(14)), lexicon);
            QuoteWords b = QuoteWords.of(random.nextBoolean() ? alter(random, String.join(" ", a.words()))
                    : sentence(random, 1 + random.nextInt(14)), lexicon);
            assertThat(similarity.match(a, b)).as("%s / %s", a.words(), b.words()).isEqualTo(fullTable(a, b));
        }
    }

    /** The clusterer's step 1 as it was: every pair sharing a content stem, the full table, no bounds. */
    private UnionFind everyPair(List<Integer> core, List<Quote> quotes, List<QuoteWords> words, String[] who) {
        UnionFind groups = new UnionFind(quotes.size());
        for (int x = 0; x < core.size(); x++) {
            for (int y = x + 1; y < core.size(); y++) {
                int a = core.get(x);
                int b = core.get(y);
                if (!quotes.get(a).articleId().equals(quotes.get(b).articleId())
                        && shareContentStem(words.get(a), words.get(b)) && linked(quotes, words, who, a, b)) {
                    groups.union(a, b);
                }
            }
        }
        return groups;
    }

    private boolean linked(List<Quote> quotes, List<QuoteWords> words, String[] who, int a, int b) {
        QuoteWords wa = words.get(a);
        QuoteWords wb = words.get(b);
        if (Attribution.samePerson(who[a], who[b])) {
            boolean bothDirect = quotes.get(a).kind() == QuoteKind.DIRECT && quotes.get(b).kind() == QuoteKind.DIRECT;
            return QuoteSimilarity.textLink(fullTable(wa, wb)) || bothDirect && similarity.translationLink(wa, wb);
        }
        if (who[a] == null && who[b] == null && wa.words().equals(wb.words())) {
            return true;
        }
        return QuoteSimilarity.copyLink(fullTable(wa, wb));
    }

    private boolean shareContentStem(QuoteWords a, QuoteWords b) {
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                if (a.stems().get(i).equals(b.stems().get(j)) && similarity.isContent(a.words().get(i))
                        && similarity.isContent(b.words().get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The match as it was computed before: the whole table, then a walk back through it. */
    private QuoteSimilarity.Match fullTable(QuoteWords a, QuoteWords b) {
        QuoteWords s = a.size() <= b.size() ? a : b;
        QuoteWords l = s == a ? b : a;
        int n = s.size();
        int m = l.size();
        int[][] dp = new int[n + 1][m + 1];
        int[][] runs = new int[n + 1][m + 1];
        int bestRun = 0;
        int bestRunEnd = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                if (s.stems().get(i - 1).equals(l.stems().get(j - 1))) {
                    dp[i][j] = dp[i - 1][j - 1] + 1;
                    runs[i][j] = runs[i - 1][j - 1] + 1;
                    if (runs[i][j] > bestRun) {
                        bestRun = runs[i][j];
                        bestRunEnd = i;
                    }
                } else {
                    dp[i][j] = Math.max(dp[i - 1][j], dp[i][j - 1]);
                }
            }
        }
        int lcsContent = 0;
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            if (s.stems().get(i - 1).equals(l.stems().get(j - 1))) {
                lcsContent += similarity.isContent(s.words().get(i - 1)) ? 1 : 0;
                i--;
                j--;
            } else if (dp[i - 1][j] >= dp[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        int runContent = 0;
        for (int k = bestRunEnd - bestRun; k < bestRunEnd; k++) {
            runContent += similarity.isContent(s.words().get(k)) ? 1 : 0;
        }
        return new QuoteSimilarity.Match(dp[n][m], lcsContent, bestRun, runContent, n, m);
    }

    /** Quotes in eight articles: fresh ones, and copies of earlier ones (exact, trimmed, altered, extended). */
    private static List<Quote> corpus(Random random, int size) {
        List<Quote> quotes = new ArrayList<>();
        Map<String, Integer> perArticle = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String text;
            if (quotes.isEmpty() || random.nextInt(3) == 0) {
                int length = random.nextInt(10) == 0 ? 20 + random.nextInt(30) : 3 + random.nextInt(10);
                text = sentence(random, length);
            } else {
                String earlier = quotes.get(random.nextInt(quotes.size())).text();
                text = random.nextInt(3) == 0 ? earlier : alter(random, earlier);
            }
            String article = "a" + random.nextInt(8);
            int n = perArticle.merge(article, 1, Integer::sum);
            String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
            QuoteKind kind = random.nextInt(4) == 0 ? QuoteKind.INDIRECT : QuoteKind.DIRECT;
            quotes.add(new Quote("q" + i, new Span(article, 100 * n, 100 * n + text.length()), text,
                    speaker == null ? null : new Speaker(speaker), kind));
        }
        return quotes;
    }

    private static String sentence(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < length; k++) {
            b.append(k > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    /** The text with a word or two dropped, replaced or added, or cut at either end. */
    private static String alter(Random random, String text) {
        List<String> w = new ArrayList<>(List.of(text.split(" ")));
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits && !w.isEmpty(); e++) {
            int at = random.nextInt(w.size());
            switch (random.nextInt(4)) {
                case 0 -> w.remove(at);
                case 1 -> w.set(at, WORDS[random.nextInt(WORDS.length)]);
                case 2 -> w.add(at, WORDS[random.nextInt(WORDS.length)]);
                default -> w.subList(0, Math.min(w.size() - 1, random.nextInt(3))).clear();
            }
        }
        return String.join(" ", w);
    }
}
