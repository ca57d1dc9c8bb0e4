package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.compare.Articles;
import org.parallax.compare.Comparison;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;

/** Which statements become one event: cases made up for the test, none from the sample corpus. */
class EventClusteringTest {

    /** Two articles of different outlets, one statement each; whether they end up as one event. */
    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("same launch, different wording",
                        "Apple unveiled the new MacBook Pro in San Francisco on [[Tuesday|2012-06-12]].",
                        "On [[Tuesday|2012-06-12]] Apple introduced its redesigned MacBook Pro at a San Francisco event.",
                        true, "2012-06-12"),
                Arguments.of("same quake, synonyms for quake and hit",
                        "A strong earthquake struck Aceh province on [[Tuesday|2013-07-02]].",
                        "A 6.1-magnitude quake hit Indonesia's Aceh province on [[Tuesday afternoon|2013-07-02TAF]].",
                        true, "2013-07-02"),
                Arguments.of("same arrest, passive and active",
                        "Police arrested Warren Jeffs near Las Vegas on [[Monday|2006-08-28]].",
                        "Warren Jeffs was arrested during a traffic stop outside Las Vegas on [[Monday|2006-08-28]].",
                        true, "2006-08-28"),
                Arguments.of("same day, different happening",
                        "Police arrested Warren Jeffs near Las Vegas on [[Monday|2006-08-28]].",
                        "The Dodgers beat the Giants in Los Angeles on [[Monday|2006-08-28]].",
                        false, null),
                Arguments.of("same wording, different day",
                        "A strong earthquake struck Aceh province on [[Tuesday|2013-07-02]].",
                        "A strong earthquake struck Aceh province on [[Tuesday|2013-07-09]].",
                        false, null),
                Arguments.of("a month absorbs a day inside it when the happening is the same",
                        "[[Last month|2020-03]] the company launched its folding phone in Berlin.",
                        "The company launched its folding phone in Berlin on [[March 12|2020-03-12]].",
                        true, "2020-03-12"),
                Arguments.of("a month does not absorb a day outside it",
                        "[[Last month|2020-03]] the company launched its folding phone in Berlin.",
                        "The company launched its folding phone in Berlin on [[April 2|2020-04-02]].",
                        false, null),
                Arguments.of("a year never absorbs a day",
                        "[[In 2020|2020]] the company launched its folding phone in Berlin.",
                        "The company launched its folding phone in Berlin on [[March 12|2020-03-12]].",
                        false, null),
                Arguments.of("a week absorbs a day with the same happening",
                        "Russian jets began airstrikes on rebel positions [[three weeks ago|2015-W40]].",
                        "Russian jets began airstrikes on rebel positions on [[September 30|2015-09-30]].",
                        true, "2015-09-30"),
                Arguments.of("durations and present references are no dates",
                        "The talks in Vienna lasted [[three hours|PT3H]].",
                        "The talks in Vienna are [[now|PRESENT_REF]] over.",
                        false, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void togetherOrApart(String name, String a, String b, boolean together, String date) {
        Corpus c = new Articles().add("a", "Outlet A", "2020-06-01", a).add("b", "Outlet B", "2020-06-01", b)
                .corpus();
        List<Event> events = new Comparison().compare(c).events();
        List<Event> both = events.stream().filter(e -> articles(e).equals(Set.of("a", "b"))).toList();
        if (together) {
            assertThat(both).hasSize(1);
            assertThat(both.get(0).date()).isEqualTo(date);
            assertThat(both.get(0).label()).isNotBlank().hasSizeLessThanOrEqualTo(81);
        } else {
            assertThat(both).isEmpty();
        }
    }

    /** Background: dated more than a week before the article's publication. */
    static Stream<Arguments> background() {
        return Stream.of(
                Arguments.of("2020-06-01", "The uprising began in [[2011|2011]].", true),
                Arguments.of("2020-06-01", "The ministry opened the new bridge on [[May 30|2020-05-30]].", false),
                Arguments.of("2020-06-01", "The ministry opened the new bridge on [[May 20|2020-05-20]].", true),
                Arguments.of("2020-06-01", "The ministry opened the new bridge on [[May 25|2020-05-25]].", false),
                Arguments.of("2020-06-01", "The ministry will open the new bridge on [[June 20|2020-06-20]].", false),
                Arguments.of("2020-06-01", "Protests spread across the country in [[the 1980s|198]].", true),
                Arguments.of("2020-06-01", "The ministry opened the bridge [[last month|2020-05]].", false),
                // undated article: judged against its most frequent day
                Arguments.of(null, "The bridge opened on [[June 1|2020-06-01]]. Crowds gathered on [[June 1|2020-06-01]]. "
                        + "Construction began in [[2015|2015]].", true));
    }

    @ParameterizedTest(name = "{1} → background {2}")
    @MethodSource("background")
    void backgroundRule(String published, String text, boolean background) {
        Corpus c = new Articles().add("a", "Outlet A", published, text).corpus();
        List<Event> events = new Comparison().compare(c).events();
        Event last = events.stream().filter(e -> !e.date().startsWith("2020-06-01")).reduce((x, y) -> y)
                .orElseThrow();
        assertThat(last.background()).isEqualTo(background);
    }

    @org.junit.jupiter.api.Test
    void everyMentionOfEveryOutletIsKept() {
        Corpus c = new Articles()
                .add("a", "A", "2013-07-03", "A strong earthquake struck Aceh province on [[Tuesday|2013-07-02]].")
                .add("b", "B", "2013-07-03", "An earthquake hit Aceh on [[Tuesday|2013-07-02]]. Later the same "
                        + "earthquake in Aceh was felt in Banda Aceh on [[Tuesday evening|2013-07-02TEV]].")
                .add("c", "C", "2013-07-04", "The Aceh earthquake of [[July 2|2013-07-02]] killed 22 people.")
                .corpus();
        List<Event> events = new Comparison().compare(c).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).mentions()).hasSize(4);
        assertThat(articles(events.get(0))).containsExactly("a", "b", "c");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "[[August 10, 2011|2011-08-10]] -- Updated 0947 GMT (1747 HKT)",
        "Warren Jeffs Found Guilty On [[August 4|2011-08-04]]"})
    void datelinesAndTitleCaseHeadlinesAreNoStatements(String text) {
        Corpus c = new Articles().add("a", "A", "2011-08-10", text).corpus();
        assertThat(new Comparison().compare(c).events()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void comparisonKeepsWhatExtractionFound() {
        Corpus c = new Articles().add("a", "A", "2013-07-03", "A quake struck Aceh on [[Tuesday|2013-07-02]].").corpus();
        Corpus r = new Comparison().compare(c);
        assertThat(r.articles()).isEqualTo(c.articles());
        assertThat(r.timexes()).isEqualTo(c.timexes());
        assertThat(r.quotes()).isEqualTo(c.quotes());
        assertThat(r.claims()).isEqualTo(c.claims());
        assertThat(r.events()).hasSize(1);
    }

    private static Set<String> articles(Event e) {
        Set<String> out = new TreeSet<>();
        for (Span s : e.mentions()) {
            out.add(s.articleId());
        }
        return out;
    }
}
