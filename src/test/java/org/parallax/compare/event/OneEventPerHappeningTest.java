package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.compare.Articles;
import org.parallax.compare.Comparison;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;

/**
 * One event per happening, whoever reported it: made-up three-outlet coverage (none of it from the sample corpus or
 * a gold corpus).
 */
class OneEventPerHappeningTest {

    static Stream<Arguments> threePhrasings() {
        return Stream.of(
                Arguments.of("reverse ≈ put on hold ≈ announce a halt",
                        "Acme Corp on [[Friday|2019-03-08]] reversed its decision to close the Leeds plant after "
                                + "weeks of protests by workers.",
                        "In a tweet on [[Friday night|2019-03-08TNI]], Acme Corp said it would put the Leeds plant "
                                + "closure on hold.",
                        "Acme Corp announced [[late Friday|2019-03-08]] that it had halted plans to shut its Leeds "
                                + "plant."),
                Arguments.of("visit ≈ arrive ≈ fly to",
                        "Chancellor Maria Lind visited Nairobi on [[Tuesday|2021-05-04]] for trade talks.",
                        "Lind arrived in the Kenyan capital Nairobi on [[Tuesday|2021-05-04]] morning.",
                        "On [[Tuesday|2021-05-04]], Lind flew to Nairobi, her first trip to Africa as chancellor."),
                Arguments.of("announce ≈ reveal ≈ disclose",
                        "Northwind Bank announced a record loss of four billion on [[Monday|2018-02-05]].",
                        "Northwind revealed on [[Monday|2018-02-05]] the largest loss in its history.",
                        "On [[Monday|2018-02-05]] Northwind Bank disclosed a loss that analysts had not expected."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threePhrasings")
    void threePhrasingsOfOneHappeningAreOneEvent(String name, String a, String b, String c) {
        List<Event> events = compare(a, b, c);
        List<Event> all = events.stream().filter(e -> articles(e).equals(Set.of("a", "b", "c"))).toList();
        assertThat(all).as(events.toString()).hasSize(1);
        assertThat(all.get(0).reasons()).isNotEmpty();
    }

    @Test
    void theReasonNamesTheActorAndTheActions() {
        List<Event> events = compare(
                "Acme Corp on [[Friday|2019-03-08]] reversed its decision to close the Leeds plant.",
                "In a tweet on [[Friday|2019-03-08]], Acme said it would put the Leeds plant closure on hold.",
                "Acme halted the plans for its Leeds plant on [[Friday|2019-03-08]].");
        assertThat(events).hasSize(1);
        assertThat(String.join("\n", events.get(0).reasons()))
                .contains("same day, same actor: Acme").contains("reversed ≈ put on hold");
    }

    static Stream<Arguments> twoHappeningsOfOneDay() {
        return Stream.of(
                Arguments.of("different actors, different actions, shared words",
                        "Acme Corp closed its Leeds plant on [[Friday|2019-03-08]] after weeks of protests.",
                        "Leeds City Council approved a new bus plant on [[Friday|2019-03-08]] after weeks of protests."),
                Arguments.of("different actors, different actions, same place",
                        "Police arrested two men at Heathrow airport on [[Sunday|2022-01-09]].",
                        "British Airways cancelled forty flights at Heathrow airport on [[Sunday|2022-01-09]]."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoHappeningsOfOneDay")
    void sameDayHappeningsOfDifferentActorsStayApart(String name, String a, String b) {
        Corpus c = new Articles().add("a", "Outlet A", "2022-01-10", a).add("b", "Outlet B", "2022-01-10", b).corpus();
        List<Event> events = new Comparison().compare(c).events();
        assertThat(events).noneMatch(e -> articles(e).equals(Set.of("a", "b")));
    }

    @Test
    void aRangeIsOneEventThatSpans() {
        Corpus c = new Articles().add("a", "Outlet A", "2020-06-01",
                "The gang hunted elephants in the park from [[2016|2016]] to [[2018|2018]], rangers said.").corpus();
        List<Event> events = new Comparison().compare(c).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).date()).isEqualTo("2016");
        assertThat(events.get(0).end()).isEqualTo("2018");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Hackers tried to sway the [[2016|2016]] election, the agency said.",
        "Protesters marked the anniversary of the [[2011|2011]] uprising in the capital.",
        "Critics attacked [[last year|2019]]'s budget in parliament.",
        "The minister has stayed wary of troops abroad, fearing a quagmire like the Soviet incursion in Afghanistan in [[the 1980s|198]].",
        "Oil prices have not been this high since the invasion of Iraq in [[2003|2003]], traders said.",
        "It was the first foreign trip by the president since [[2011|2011]].",
        "Shares closed at their highest level since [[March|2020-03]].",
        "The index had its worst fall since [[1987|1987]], a drop of nine percent.",
        "Exports fell eight percent compared with [[2019|2019]].",
        "Sales of new cars were lower than in [[2018|2018]]."})
    void aDateInsideANounPhraseDoesNotDateTheSentence(String text) {
        assertThat(eventsOf(text)).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "The president arrived in Berlin on [[Tuesday|2020-05-26]] for talks with the chancellor.",
        "The two leaders met for a discussion of trade in [[May|2020-05]].",
        "Rebels launched an attack on the capital on [[Tuesday|2020-05-26]].",
        "The protest outside parliament in Budapest has grown since [[March|2020-03]].",
        "The country signed up to the agreement in [[2015|2015]].",
        "The army handed the base to the government in [[October|2019-10]].",
        "The bank compared its figures with those of rivals on [[Tuesday|2020-05-26]].",
        "The phone was unveiled by its maker less than [[two weeks ago|2020-05-18]].",
        "Sales rose 43 percent in [[February|2020-02]] compared to the same month of [[2019|2019]]."})
    void aDateAfterAPlaceOrAPlainObjectStillDatesTheSentence(String text) {
        assertThat(eventsOf(text)).hasSize(1);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "The carmaker is seeking to cut 3,000 jobs by [[2023|2023]].",
        "The airline warned it might run out of cash by [[March|2021-03]] without fresh loans.",
        "The council plans to close six libraries by the end of [[next year|2021]].",
        "Ministers must publish the report no later than [[September 30|2020-09-30]].",
        "The airline warned it might run out of cash by [[June|2020-06]] without fresh loans.",
        "The bank plans to cut 500 jobs by the end of [[this year|2020]]."})
    void aDeadlineStillAheadDatesNothing(String text) {
        assertThat(eventsOf(text)).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "By [[March|2020-03]] the carmaker had closed four of its plants.",
        "The plant was bought by Acme Corp on [[Tuesday|2020-05-26]] for two million.",
        "The company cut its debt by half in [[2019|2019]].",
        "The ministry published the report no later than [[May 29|2020-05-29]], as the law required."})
    void aPassedDeadlineOrAnotherByStillDates(String text) {
        assertThat(eventsOf(text)).hasSize(1);
    }

    /** The events of one article of 1 June 2020 that says {@code text}. */
    private static List<Event> eventsOf(String text) {
        return new Comparison().compare(new Articles().add("a", "Outlet A", "2020-06-01", text).corpus()).events();
    }

    @Test
    void theClauseOfAPlanKeepsTheDateOfTheAnnouncement() {
        Corpus c = new Articles().add("a", "Outlet A", "2020-06-01",
                "Acme Corp said on [[Monday|2020-06-01]] that it would cut 500 jobs by [[2022|2022]].").corpus();
        assertThat(new Comparison().compare(c).events()).extracting(Event::date).containsExactly("2020-06-01");
    }

    @Test
    void aDeadlineInAnArticleOfUnknownDateStillDates() {
        Corpus c = new Articles().add("a", "Outlet A", null, "The carmaker is seeking to cut 3,000 jobs by [[2023|2023]].")
                .corpus();
        assertThat(new Comparison().compare(c).events()).extracting(Event::date).containsExactly("2023");
    }

    @Test
    void theClauseWithTheMainPredicateKeepsItsDate() {
        Corpus c = new Articles().add("a", "Outlet A", "2020-06-01",
                "The agency said on [[Friday|2020-05-29]] that hackers tried to sway the [[2016|2016]] election.")
                .corpus();
        List<Event> events = new Comparison().compare(c).events();
        assertThat(events).extracting(Event::date).containsExactly("2020-05-29");
    }

    @Test
    void anUndatedReportOfTheSameHappeningJoinsTheDatedEvent() {
        List<Event> events = compare(
                "Acme Corp on [[Friday|2019-03-08]] reversed its decision to close the Leeds plant.",
                "Acme Corp has reversed its decision to close its Leeds plant, union leaders said.",
                "Leeds City Council approved a new bus depot near the river.");
        assertThat(events).hasSize(1);
        assertThat(articles(events.get(0))).containsExactly("a", "b");
        assertThat(events.get(0).reasons()).anyMatch(r -> r.startsWith("undated, same action of Acme"));
    }

    @Test
    void laterSentencesOfAnArticleTellingTheSameHappeningAreFurtherMentionsOfItsEvent() {
        String text = "Acme Corp on [[Friday|2019-03-08]] reversed its decision to close the Leeds plant. "
                + "Workers cheered outside the gates. "
                + "Acme Corp reversed course after weeks of protests by its workers. "
                + "Leeds City Council reversed its own plan for a bus depot.";
        Corpus c = new Articles().add("a", "Outlet A", "2019-03-09", text).corpus();
        List<Event> events = new Comparison().compare(c).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).mentions()).extracting(s -> text(c, s))
                .containsExactly("Acme Corp on Friday reversed its decision to close the Leeds plant.",
                        "Acme Corp reversed course after weeks of protests by its workers.");
        assertThat(events.get(0).reasons()).contains("same article, same action of Acme Corp: reversed");
    }

    @Test
    void aLaterClauseDoesNotJoinABackgroundStatementOfItsArticle() {
        String text = "In [[2009|2009]], Acme Corp bought a small stake in Northwind Bank. "
                + "Acme Corp now plans to buy the rest of Northwind Bank.";
        Corpus c = new Articles().add("a", "Outlet A", "2019-03-09", text).corpus();
        List<Event> events = new Comparison().compare(c).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).mentions()).hasSize(1);
    }

    @Test
    void anArticleOfUnknownDateJoinsOnlyWhenItNamesWhoActed() {
        Corpus c = new Articles()
                .add("a", "Outlet A", "2019-03-09",
                        "At least five people were killed on [[Tuesday|2019-03-05]] when a bridge collapsed in Genoa.")
                .add("b", "Outlet B", null, "At least five people were killed when a bridge collapsed in Genoa.")
                .add("c", "Outlet C", null, "Acme Corp has reversed its decision to close its Leeds plant.")
                .add("d", "Outlet D", "2019-03-09",
                        "Acme Corp on [[Friday|2019-03-08]] reversed its decision to close the Leeds plant.")
                .corpus();
        List<Event> events = new Comparison().compare(c).events();
        assertThat(events).extracting(OneEventPerHappeningTest::articles)
                .containsExactlyInAnyOrder(Set.of("a"), Set.of("c", "d"));
    }

    /** {@code c} with a quote of {@code speaker} over the first sentence of article "a" that contains {@code words}. */
    private static Corpus quoting(Corpus c, String speaker, String words) {
        String text = c.articles().get(0).text();
        int at = text.indexOf(words);
        List<org.parallax.model.Quote> quotes = new java.util.ArrayList<>(c.quotes());
        quotes.add(new org.parallax.model.Quote("q" + quotes.size(), new Span("a", at, at + words.length()), words,
                new org.parallax.model.Speaker(speaker), org.parallax.model.QuoteKind.INDIRECT));
        return c.withQuotes(quotes);
    }

    @Test
    void aSpeakersUndatedWordsBelongToTheOccasionTheArticlePlacesThemAt() {
        String text = "Chancellor Maria Lind on [[Tuesday|2021-05-04]] opened trade talks in Nairobi. "
                + "Lind told reporters that tariffs on tea would fall. "
                + "Governor Paul Otieno said the port would be expanded.";
        Corpus c = new Articles().add("a", "Outlet A", "2021-05-05", text).corpus();
        c = quoting(quoting(c, "Maria Lind", "tariffs on tea would fall"), "Paul Otieno", "the port would be expanded");
        List<Event> events = new Comparison().compare(c).events();
        assertThat(events).hasSize(1);
        Corpus corpus = c;
        assertThat(events.get(0).mentions()).extracting(s -> text(corpus, s))
                .containsExactly("Chancellor Maria Lind on Tuesday opened trade talks in Nairobi.",
                        "Lind told reporters that tariffs on tea would fall.");
        assertThat(events.get(0).reasons()).contains("same article, words of Chancellor Maria Lind where the article "
                + "places them");
    }

    @Test
    void wordsBeforeTheOccasionOrInAnArticleOfUnknownDateJoinNothing() {
        String before = "Lind told reporters that tariffs on tea would fall. "
                + "Chancellor Maria Lind on [[Tuesday|2021-05-04]] opened trade talks in Nairobi.";
        Corpus c = quoting(new Articles().add("a", "Outlet A", "2021-05-05", before).corpus(), "Maria Lind",
                "tariffs on tea would fall");
        assertThat(new Comparison().compare(c).events()).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(1));
        String undated = "Chancellor Maria Lind on [[Tuesday|2021-05-04]] opened trade talks in Nairobi. "
                + "Lind told reporters that tariffs on tea would fall.";
        Corpus u = quoting(new Articles().add("a", "Outlet A", null, undated).corpus(), "Maria Lind",
                "tariffs on tea would fall");
        assertThat(new Comparison().compare(u).events()).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(1));
    }

    private static String text(Corpus c, Span s) {
        return c.articles().stream().filter(a -> a.id().equals(s.articleId())).findFirst().orElseThrow().text()
                .substring(s.start(), s.end()).strip();
    }

    private static List<Event> compare(String a, String b, String c) {
        Corpus corpus = new Articles().add("a", "Outlet A", "2019-03-09", a).add("b", "Outlet B", "2019-03-09", b)
                .add("c", "Outlet C", "2019-03-09", c).corpus();
        return new Comparison().compare(corpus).events();
    }

    private static Set<String> articles(Event e) {
        Set<String> out = new TreeSet<>();
        for (Span s : e.mentions()) {
            out.add(s.articleId());
        }
        return out;
    }
}
