package org.parallax.compare.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimKind;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Qualifier;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

/** Made-up figures: which line up, and which disagree given their qualifiers. */
class FigureComparisonTest {

    private static Claim claim(String article, String text, long value, Long max, String unit, Qualifier q,
                               String subject) {
        return new Claim(article + "/c", new Span(article, 0, text.length()), text, BigDecimal.valueOf(value),
                max == null ? null : BigDecimal.valueOf(max), unit, q, subject, ClaimKind.COUNT);
    }

    private static Article article(String id, String text, LocalDate published) {
        return new Article(id, id + ".txt", null, null, published, DateSource.MANIFEST, null, text, null);
    }

    /** Each article one sentence around its first claim; every sentence a mention of one event, the floods. */
    private static Corpus corpus(List<Claim> claims, List<TimeMention> timexes, LocalDate... dates) {
        Corpus separate = corpusOfSeparateEvents(claims, timexes, dates);
        List<Span> mentions = separate.articles().stream().map(a -> new Span(a.id(), 0, a.text().length())).toList();
        return separate.withEvents(List.of(new Event("floods", "Floods", "2021-05-01", null, mentions)));
    }

    private static Corpus corpusOfSeparateEvents(List<Claim> claims, List<TimeMention> timexes, LocalDate... dates) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (articles.stream().noneMatch(a -> a.id().equals(c.articleId()))) {
                LocalDate d = dates.length > i ? dates[i] : LocalDate.of(2021, 5, 1);
                articles.add(article(c.articleId(), c.text() + " died in the floods in 2021 and 2019.", d));
            }
        }
        return Corpus.of(articles).withTimexes(timexes).withClaims(claims);
    }

    @ParameterizedTest(name = "{0} vs {4}: disagree={8}")
    @CsvSource(delimiter = '|', textBlock = """
            more than 250,000 | 250000 |       | AT_LEAST      | about 200,000     | 200000 |        | APPROXIMATELY | true
            around 120        | 120    |       | APPROXIMATELY | 120               | 120    |        | NONE          | false
            120               | 120    |       | NONE          | 125               | 125    |        | NONE          | true
            at least 4,000    | 4000   |       | AT_LEAST      | 5,000             | 5000   |        | NONE          | false
            fewer than 50     | 50     |       | AT_MOST       | 60                | 60     |        | NONE          | true
            nearly 1,000      | 1000   |       | NEARLY        | 950               | 950    |        | NONE          | false
            nearly 1,000      | 1000   |       | NEARLY        | 1,200             | 1200   |        | NONE          | true
            between 10 and 20 | 10     | 20    | RANGE         | 15                | 15     |        | NONE          | false
            between 10 and 20 | 10     | 20    | RANGE         | about 30          | 30     |        | APPROXIMATELY | true
            hundreds          | 200    |       | VAGUE         | about 400         | 400    |        | APPROXIMATELY | false
            hundreds          | 200    |       | VAGUE         | 5,000             | 5000   |        | NONE          | true
            """)
    void disagreementGivenQualifiers(String t1, long v1, Long m1, Qualifier q1, String t2, long v2, Long m2,
                                     Qualifier q2, boolean disagree) {
        Claim a = claim("a", t1 + " people", v1, m1, "people", q1, "people");
        Claim b = claim("b", t2 + " people", v2, m2, "people", q2, "people");
        List<FigureGroup> groups = FigureComparison.compare(corpus(List.of(a, b), List.of()));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).members()).containsExactly(a, b);
        assertThat(groups.get(0).disagreement()).as(groups.get(0).why()).isEqualTo(disagree);
    }

    @Test
    void pluralsAreNormalised() {
        Claim a = claim("a", "around 120 civilians", 120, null, "civilians", Qualifier.APPROXIMATELY, "civilians");
        Claim b = claim("b", "one civilian", 1, null, "civilian", Qualifier.NONE, "civilian");
        Claim c = claim("c", "40 casualties", 40, null, "casualties", Qualifier.NONE, "casualties");
        Claim d = claim("d", "one casualty", 1, null, "casualty", Qualifier.NONE, "casualty");
        List<FigureGroup> groups = FigureComparison.compare(corpus(List.of(a, b, c, d), List.of()));
        assertThat(groups).extracting(FigureGroup::unit).containsExactly("civilian", "casualty");
        assertThat(groups).allMatch(FigureGroup::disagreement);
        assertThat(FigureComparison.singular("lives")).isEqualTo("life");
        assertThat(FigureComparison.singular("jets and helicopters")).isEqualTo("jet and helicopter");
    }

    @Test
    void differentSubjectsOrOneArticleMakeNoGroup() {
        Claim a = claim("a", "4,000 fighters", 4000, null, "fighters", Qualifier.NONE, "fighters from Chechnya");
        Claim b = claim("b", "300 fighters", 300, null, "fighters", Qualifier.NONE, "fighters of the opposition");
        Claim c = claim("a", "3 leaders", 3, null, "leaders", Qualifier.NONE, "leaders");
        Claim d = claim("a", "2 leaders", 2, null, "leaders", Qualifier.NONE, "leaders");
        assertThat(FigureComparison.compare(corpus(List.of(a, b, c, d), List.of()))).isEmpty();
        Claim e = claim("c", "about 4,000 fighters", 4000, null, "fighters", Qualifier.APPROXIMATELY,
                "fighters from Chechnya and Dagestan");
        List<FigureGroup> groups = FigureComparison.compare(corpus(List.of(a, b, e), List.of()));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).members()).containsExactly(a, e);
        assertThat(groups.get(0).subject()).isEqualTo("fighters from Chechnya and Dagestan");
        assertThat(groups.get(0).disagreement()).isFalse();
    }

    @Test
    void differentYearsInTheSentenceOrFarApartArticlesMakeNoGroup() {
        Claim a = claim("a", "120 people", 120, null, "people", Qualifier.NONE, "people");
        Claim b = claim("b", "200 people", 200, null, "people", Qualifier.NONE, "people");
        // "... in 2021 and 2019.": the sentence of a names 2021 only, b's 2019 only
        int at = "120 people died in the floods in ".length();
        int bt = "200 people died in the floods in 2021 and ".length();
        List<TimeMention> timexes = List.of(new TimeMention(new Span("a", at, at + 4), "2021", TimexType.DATE, "2021"),
                new TimeMention(new Span("b", bt, bt + 4), "2019", TimexType.DATE, "2019"));
        assertThat(FigureComparison.compare(corpus(List.of(a, b), timexes))).isEmpty();
        assertThat(FigureComparison.compare(corpus(List.of(a, b), List.of(), LocalDate.of(2015, 10, 21),
                LocalDate.of(2017, 11, 21)))).isEmpty();
        assertThat(FigureComparison.compare(corpus(List.of(a, b), List.of()))).hasSize(1);
    }

    @Test
    void aBareUnitIsComparedOnlyWithinOneEventASpecificSubjectAcrossEvents() {
        Claim a = claim("a", "120 people", 120, null, "people", Qualifier.NONE, "people");
        Claim b = claim("b", "200 people", 200, null, "people", Qualifier.NONE, "people");
        assertThat(FigureComparison.compare(corpusOfSeparateEvents(List.of(a, b), List.of())))
                .as("'people' could be any people: no event says they are the same").isEmpty();
        Claim c = claim("c", "4,000 fighters", 4000, null, "fighters", Qualifier.NONE, "fighters from Chechnya");
        Claim d = claim("d", "5,000 fighters", 5000, null, "fighters", Qualifier.NONE, "fighters from Chechnya");
        assertThat(FigureComparison.compare(corpusOfSeparateEvents(List.of(c, d), List.of()))).hasSize(1);
    }

    @Test
    void oneOutletNeverDisagreesWithItself() {
        Claim a = claim("a", "120 people", 120, null, "people", Qualifier.NONE, "people");
        Claim b = claim("b", "200 people", 200, null, "people", Qualifier.NONE, "people");
        Corpus oneOutlet = corpus(List.of(a, b), List.of());
        oneOutlet = oneOutlet.withArticles(oneOutlet.articles().stream()
                .map(x -> x.withOutlet(Outlet.of("Daily Planet"))).toList());
        assertThat(FigureComparison.compare(oneOutlet)).isEmpty();
    }

    @Test
    void percentagesOfDifferentlyNamedThingsInOneEventStayApart() {
        String t1 = "On Monday the Dow Jones index fell 3 percent.";
        String t2 = "On Monday the Nasdaq fell 2 percent.";
        String t3 = "On Monday the Dow lost 2.5 percent.";
        Claim a = percent("a", t1, 3);
        Claim b = percent("b", t2, 2);
        Claim c = percent("c", t3, 2.5);
        List<Article> articles = List.of(article("a", t1, LocalDate.of(2021, 5, 1)), article("b", t2,
                LocalDate.of(2021, 5, 1)), article("c", t3, LocalDate.of(2021, 5, 1)));
        List<Span> all = articles.stream().map(x -> new Span(x.id(), 0, x.text().length())).toList();
        List<TimeMention> mondays = articles.stream().map(x -> new TimeMention(new Span(x.id(), 3, 9), "Monday",
                TimexType.DATE, "2021-05-03")).toList();
        Corpus corpus = Corpus.of(articles).withClaims(List.of(a, b, c)).withTimexes(mondays)
                .withEvents(List.of(new Event("markets", "Markets fall", "2021-05-01", null, all)));
        List<FigureGroup> groups = FigureComparison.compare(corpus);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).members()).containsExactly(a, c); // the Dow twice, never the Nasdaq
    }

    private static Claim percent(String article, String sentence, double value) {
        String text = (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + " percent";
        int at = sentence.indexOf(text);
        return new Claim(article + "/c", new Span(article, at, at + text.length()), text, BigDecimal.valueOf(value), null,
                "percent", Qualifier.NONE, "", ClaimKind.PERCENT);
    }
}
