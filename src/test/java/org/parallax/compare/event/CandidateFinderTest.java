package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.Articles;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

/** The statements of a corpus are found on every core and come back exactly as one article after another gives them. */
class CandidateFinderTest {

    private static final String[] SENTENCES = {
        "Acme Corp on [[Friday|2019-03-08]] reversed its decision to close the Leeds plant after weeks of protests.",
        "Police arrested two men at Heathrow airport on [[Sunday|2022-01-09]], officers said.",
        "The council approved a new bus depot last week. Residents protested outside the town hall for hours.",
        "Northwind Bank announced a record loss on [[Monday|2018-02-05]]; shares fell sharply in early trading.",
        "Lind arrived in Nairobi on [[Tuesday|2021-05-04]] morning and met the president, who welcomed the visit.",
        "The union rejected the offer. Workers walked out of the factory and blocked the main road.",
    };

    @Test
    void theCorpusFindsWhatEachArticleFindsInArticleOrder() {
        Articles articles = new Articles();
        for (int i = 0; i < 60; i++) {
            String text = SENTENCES[i % SENTENCES.length] + " " + SENTENCES[(i * 7 + 3) % SENTENCES.length];
            articles.add("a" + i, "Outlet " + (i % 4), "2022-01-" + (10 + i % 15), text);
        }
        Corpus corpus = articles.corpus();
        CandidateFinder finder = new CandidateFinder();

        CandidateFinder.Found found = finder.findAll(corpus, true);

        List<Candidate> dated = new ArrayList<>();
        List<Undated> undated = new ArrayList<>();
        for (Article a : corpus.articles()) {
            List<TimeMention> ts = corpus.timexes().stream().filter(t -> t.span().articleId().equals(a.id()))
                    .filter(t -> t.type() == TimexType.DATE || t.type() == TimexType.TIME)
                    .sorted(Comparator.comparingInt(t -> t.span().start())).toList();
            dated.addAll(finder.find(a, ts, undated));
        }
        assertThat(found.dated()).hasSizeGreaterThan(30).isEqualTo(dated);
        assertThat(found.undated()).hasSizeGreaterThan(30).isEqualTo(undated);
        assertThat(finder.find(corpus)).isEqualTo(dated);
    }
    @Test
    void sentencesAreThoseThePunctuationSplitterGivesTheText() {
        String[] pieces = {"Mr. Smith", " said", ". ", "! ", "? ", "\n\n", "\n", "“We will.” ", "U.S.", "3.5", " ",
            "é", "—", "'", "(a.) ", "Jan. 5", "\t"};
        java.util.Random random = new java.util.Random(84);
        for (int n = 0; n < 2000; n++) {
            String text = RandomTexts.of(random, pieces, 30);
            List<int[]> expected = org.parallax.text.SentenceSplitter.punctuation().split(text).stream()
                    .map(s -> new int[] {s.start(), s.end()}).toList();
            assertThat(CandidateFinder.sentences(text, text.toCharArray())).as("'%s'", text)
                    .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(expected);
        }
    }

    /** The statement a date takes, as it was chosen when every statement's label was read first (kept as reference). */
    private static Statement takenAsBefore(Statement clause, Statement sentence) {
        Statement statement = clause.label().length() < 3 ? sentence : clause;
        return statement.running ? statement : null;
    }

    @Test
    void aDateTakesTheStatementItTookWhenEveryLabelWasReadFirst() {
        String[] labels = {"", "A", "Ab", "Abc", "Police arrested two men"};
        java.util.Random random = new java.util.Random(91);
        for (int n = 0; n < 2000; n++) {
            int[] s = {0, 100};
            Statement sentence = new Statement(s, random.nextBoolean(),
                    () -> labels[random.nextInt(labels.length)], null);
            Statement clause = random.nextInt(4) == 0 ? sentence
                    : new Statement(new int[] {10, 50}, random.nextBoolean(),
                            () -> labels[random.nextInt(labels.length)], null);
            Statement expected = takenAsBefore(clause, sentence);
            assertThat(Statement.taken(clause, () -> sentence)).isSameAs(expected);
        }
    }

    @Test
    void aClauseThatIsNoRunningTextInASentenceThatIsNoneHasItsLabelUnread() {
        java.util.function.Supplier<String> unread = () -> {
            throw new AssertionError("the label of a statement not taken was read");
        };
        Statement sentence = new Statement(new int[] {0, 40}, false, unread, null);
        Statement clause = new Statement(new int[] {0, 20}, false, unread, null);
        assertThat(Statement.taken(clause, () -> sentence)).isNull();
        assertThat(Statement.taken(sentence, () -> sentence)).isNull();
    }

    @Test
    void aPagesTimeStampIsNoStatement() {
        Corpus corpus = new Articles()
                .add("a", "Wire", "2012-06-12", "posted [[Jun 11th, 2012|2012-06-11]]\n\nApple unveiled a new laptop "
                        + "at its conference on [[Monday|2012-06-11]].")
                .add("b", "Daily", "2013-07-02", "[[Tue Jul 02 2013|2013-07-02]], 14:58 hrs\n\nA strong quake hit Aceh on "
                        + "[[Tuesday|2013-07-02]].")
                .add("c", "Herald", "2013-07-03", "The report was published on [[Tuesday|2013-07-02]].")
                .corpus();
        assertThat(new CandidateFinder().find(corpus)).extracting(c -> corpus.articlesById()
                        .get(c.mention().articleId()).textOf(c.mention()))
                .containsExactly("Apple unveiled a new laptop at its conference on Monday.", "A strong quake hit Aceh on Tuesday.",
                        "The report was published on Tuesday.");
    }

    @Test
    void clauseBreaksAreWhereTheirPatternsFindThem() {
        String[] pieces = {", ", "; ", ": ", " – ", " - ", "—", "-", ",", " ", "\n", "when", "though ", "talking",
            "bring", "Acme", "and then", "ing", "é", "Éting", "ßing", "\uD835\uDC1A", "\uD835", "\t", "1", "“", ",\n"};
        java.util.Random random = new java.util.Random(20);
        for (int n = 0; n < 6000; n++) {
            String text = RandomTexts.of(random, pieces, 10);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            for (java.util.regex.Pattern p : List.of(CandidateFinder.CLAUSE_BREAK, CandidateFinder.STRONG_BREAK)) {
                List<List<Integer>> expected = new ArrayList<>();
                java.util.regex.Matcher m = p.matcher(text).region(from, to);
                while (m.find()) {
                    expected.add(List.of(m.start(), m.end()));
                }
                assertThat(CandidateFinder.breaks(p, text, text.toCharArray(), from, to,
                        Words.split(text, from, to)))
                        .as("'%s' [%d, %d)", text, from, to)
                        .extracting(r -> List.of(r[0], r[1])).isEqualTo(expected);
            }
        }
    }
}
