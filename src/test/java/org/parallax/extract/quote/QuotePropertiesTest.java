package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;

/**
 * Seeded random articles mixing every kind of quotation mark, apostrophes, unclosed marks, names, cue verbs
 * and noise: extraction never throws, every span lies in its article and covers exactly the quote's text, no
 * two quotes share a span, no quote holds a paragraph break, and an unclosed mark never reaches into a
 * paragraph without marks.
 */
class QuotePropertiesTest {

    private static final String[] MARKS = {"\"", "“", "”", "„", "«", "»", "‹", "›", "‘", "’", "‚", "'"};
    private static final String[] PAIRS = {"\"|\"", "“|”", "„|“", "«|»", "»|«", "‘|’", "'|'", "‚|‘"};
    private static final String[] WORDS = {"the", "talks", "were", "long", "Russia’s", "we’re", "don't", "it’s",
            "leaders’", "’90s", "rock", "’n’", "roll", "O'Brien", "said", "says", "told", "added", "according", "to",
            "that", "he", "she", "Mr.", "Mrs", "Dr", "U.S.", "Sept.", "President", "spokesman", "the", "Syrian",
            "leader", "was", "quoted", "as", "saying", "so-called", "Anna", "Berg", "Jonas", "al-Khalid", "bin",
            "von", "Hartmann", "Ms", "Lopez", "…", "—", "-", ",", ".", ":", ";", "?", "!", "(", ")", "[", "]",
            "1,200", "2015", "x", "ÄÖÜ", "\u00A0", "\t", "é"};
    private static final String[] NAMES = {"Anna Berg", "Jonas Varga", "Omar bin Khalid", "Mr Lopez",
            "Foreign Minister Lena Varga", "the Syrian leader", "he", "she", "Dr Peter Lang, a professor,"};

    @Test
    void randomArticlesKeepTheSpanContract() {
        Random random = new Random(20151020L);
        int[] kinds = new int[QuoteKind.values().length];
        int withSpeaker = 0;
        for (int round = 0; round < 300; round++) {
            List<Article> articles = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int a = 0; a < n; a++) {
                articles.add(article("a" + round + "-" + a, randomText(random)));
            }
            Corpus corpus = Corpus.of(articles);
            AtomicReference<List<Quote>> found = new AtomicReference<>();
            assertThatCode(() -> found.set(new QuoteExtractor().extract(corpus))).as("round %d", round)
                    .doesNotThrowAnyException();
            List<Quote> quotes = found.get();
            checkContract(corpus, quotes);
            assertThat(new QuoteExtractor().extract(corpus)).as("deterministic").isEqualTo(quotes);
            for (Quote q : quotes) {
                kinds[q.kind().ordinal()]++;
                withSpeaker += q.speaker() != null ? 1 : 0;
            }
        }
        // the generator is not vacuous: it yields every kind of quote, most with a speaker
        assertThat(java.util.Arrays.stream(kinds).min().orElseThrow()).as("fewest of one kind").isGreaterThan(50);
        assertThat(withSpeaker).isGreaterThan(300);
    }

    @Test
    void pureMarkNoiseNeverThrows() {
        Random random = new Random(7L);
        String alphabet = "\"“”„«»‹›‘’‚' aA.,:;\n—…éX";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(120);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Article a = article("noise" + round, sb.toString());
            List<Quote> quotes = new QuoteExtractor().extract(a);
            checkContract(Corpus.of(List.of(a)), quotes);
        }
    }

    @Test
    void anUnclosedMarkNeverReachesIntoAParagraphWithoutMarks() {
        Random random = new Random(42L);
        int unclosedFound = 0;
        for (int round = 0; round < 200; round++) {
            String pair = PAIRS[random.nextInt(PAIRS.length)];
            String open = pair.substring(0, pair.indexOf('|'));
            StringBuilder first = new StringBuilder();
            first.append(NAMES[random.nextInt(NAMES.length)]).append(" said: ").append(open);
            first.append(words(random, 3 + random.nextInt(10), false));
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(first.toString());
            int rest = 1 + random.nextInt(5);
            for (int p = 0; p < rest; p++) {
                paragraphs.add(words(random, 5 + random.nextInt(15), false) + ".");
            }
            String text = String.join(Article.PARAGRAPH_BREAK, paragraphs);
            Article a = article("unclosed" + round, text);
            List<Quote> quotes = new QuoteExtractor().extract(a);
            checkContract(Corpus.of(List.of(a)), quotes);
            int firstEnd = paragraphs.get(0).length();
            assertThat(quotes).as(text)
                    .filteredOn(q -> q.kind() != QuoteKind.INDIRECT)
                    .allSatisfy(q -> assertThat(q.span().end()).isLessThanOrEqualTo(firstEnd));
            unclosedFound += quotes.stream().anyMatch(q -> q.kind() == QuoteKind.DIRECT && q.span().end() == firstEnd)
                    ? 1 : 0;
        }
        assertThat(unclosedFound).as("unclosed quotes found, ending with their paragraph").isGreaterThan(150);
    }

    private static void checkContract(Corpus corpus, List<Quote> quotes) {
        Set<String> spans = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Quote q : quotes) {
            Article a = corpus.article(q.articleId()).orElseThrow();
            assertThat(q.span().start()).isGreaterThanOrEqualTo(0);
            assertThat(q.span().end()).isLessThanOrEqualTo(a.text().length()).isGreaterThan(q.span().start());
            assertThat(a.textOf(q.span())).isEqualTo(q.text());
            assertThat(q.text()).doesNotContain(Article.PARAGRAPH_BREAK);
            assertThat(q.id()).startsWith("q-" + q.articleId() + "-");
            assertThat(spans.add(q.span().toString())).as("span %s once", q.span()).isTrue();
            assertThat(ids.add(q.id())).as("id %s once", q.id()).isTrue();
            if (q.speaker() != null) {
                assertThat(q.speaker().name()).isNotBlank();
            }
        }
    }

    private static String randomText(Random random) {
        int paragraphs = 1 + random.nextInt(6);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder sb = new StringBuilder();
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                switch (random.nextInt(6)) {
                    case 0 -> { // a quote with attribution after
                        String pair = PAIRS[random.nextInt(PAIRS.length)];
                        sb.append(pair, 0, pair.indexOf('|')).append(capital(words(random, 4, false))).append(',')
                                .append(pair.substring(pair.indexOf('|') + 1)).append(' ')
                                .append(NAMES[random.nextInt(NAMES.length)]).append(" said. ");
                    }
                    case 1 -> { // attribution before
                        String pair = PAIRS[random.nextInt(PAIRS.length)];
                        sb.append(NAMES[random.nextInt(NAMES.length)]).append(" told reporters, ")
                                .append(pair, 0, pair.indexOf('|')).append(capital(words(random, 6, false)))
                                .append(random.nextBoolean() ? pair.substring(pair.indexOf('|') + 1) : "").append(". ");
                    }
                    case 2 -> sb.append(NAMES[random.nextInt(NAMES.length)]).append(" said that ")
                            .append(words(random, 6, true)).append(". ");
                    case 3 -> sb.append("According to ").append(NAMES[random.nextInt(NAMES.length)]).append(", ")
                            .append(words(random, 5, true)).append(". ");
                    default -> sb.append(capital(words(random, 3 + random.nextInt(12), true))).append(". ");
                }
            }
            out.add(sb.toString().strip());
        }
        return String.join(random.nextInt(10) == 0 ? "\n\n\n" : Article.PARAGRAPH_BREAK, out);
    }

    private static String words(Random random, int n, boolean marks) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            if (marks && random.nextInt(8) == 0) {
                sb.append(MARKS[random.nextInt(MARKS.length)]);
            }
            String w = WORDS[random.nextInt(WORDS.length)];
            if (!marks) {
                for (String m : MARKS) {
                    if (w.startsWith(m) || w.endsWith(m)) {
                        w = "word";
                    }
                }
            }
            sb.append(w);
        }
        return sb.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", null, "", null, null, "", text, List.of());
    }
}
