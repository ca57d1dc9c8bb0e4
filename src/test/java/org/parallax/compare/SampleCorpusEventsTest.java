package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.compare.report.ReportingLag;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.Story;

/** The events and stories issue 4 lists for the bundled sample corpus, through the real pipeline. */
class SampleCorpusEventsTest {

    private static Corpus compared;

    @BeforeAll
    static void run() {
        Corpus loaded = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        compared = new Comparison().compare(Extraction.standard().extract(new SourceInference().infer(loaded)));
        if (Boolean.getBoolean("events.dump")) {
            for (Event e : compared.events()) {
                System.out.println(e.id() + " " + e.date() + " story=" + e.storyId() + " bg=" + e.background()
                        + " \"" + e.label() + "\" " + outlets(e));
            }
            compared.stories().forEach(System.out::println);
        }
    }

    private static Set<String> outlets(Event e) {
        Set<String> out = new TreeSet<>();
        for (Span s : e.mentions()) {
            out.add(s.articleId().substring(0, 3));
        }
        return out;
    }

    private static List<Event> on(String date) {
        return compared.events().stream().filter(e -> e.date().equals(date)).toList();
    }

    private static String text(Event e) {
        StringBuilder b = new StringBuilder(e.label());
        for (Span s : e.mentions()) {
            b.append(" | ").append(compared.article(s.articleId()).orElseThrow().textOf(s));
        }
        return b.toString();
    }

    @Test
    void moscowTalksOnTheTwentiethFromThreeOutlets() {
        assertThat(on("2015-10-20")).anySatisfy(e -> {
            assertThat(outlets(e)).contains("000", "002", "004");
            assertThat(text(e)).contains("Moscow").containsAnyOf("talk", "met");
            assertThat(e.background()).isFalse();
        });
    }

    @Test
    void airstrikesStartedOnSeptemberThirtiethInTwoOutletsAsBackground() {
        assertThat(on("2015-09-30")).anySatisfy(e -> {
            assertThat(outlets(e)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(text(e)).containsAnyOf("airstrikes", "aerial operation", "air campaign");
            assertThat(e.background()).isTrue();
            assertThat(e.storyId()).isNull();
        });
    }

    @Test
    void visitMadePublicOnTheTwentyFirst() {
        assertThat(on("2015-10-21")).anySatisfy(e -> assertThat(text(e)).contains("Damascus").contains("visit"));
    }

    @Test
    void lavrovKerryMeetingOnTheTwentyThird() {
        assertThat(on("2015-10-23")).anySatisfy(e -> assertThat(text(e)).contains("Lavrov").contains("Kerry"));
    }

    @Test
    void sochiTalksAndTheirReveal() {
        assertThat(on("2017-11-20")).anySatisfy(e -> assertThat(text(e)).contains("talks").contains("Assad"));
        assertThat(on("2017-11-21")).anySatisfy(e -> assertThat(text(e)).contains("Sochi").contains("revealed"));
    }

    @Test
    void backgroundEventIn2011() {
        assertThat(on("2011")).anySatisfy(e -> {
            assertThat(e.background()).isTrue();
            assertThat(e.storyId()).isNull();
        });
    }

    @Test
    void twoStoriesNamingTheirPlaces() {
        assertThat(compared.stories()).hasSize(2);
        Story moscow = compared.stories().get(0);
        Story sochi = compared.stories().get(1);
        assertThat(moscow.label()).contains("Moscow");
        assertThat(moscow.start()).startsWith("2015-10");
        assertThat(moscow.start().compareTo("2015-10-20")).isLessThanOrEqualTo(0);
        assertThat(moscow.end().compareTo("2015-10-20")).isGreaterThanOrEqualTo(0);
        assertThat(sochi.label()).contains("Sochi");
        assertThat(sochi.start()).startsWith("2017-11");
        assertThat(on("2015-10-20").get(0).storyId()).isEqualTo(moscow.id());
        assertThat(on("2017-11-20").get(0).storyId()).isEqualTo(sochi.id());
    }

    @Test
    void everyEventIsShortAndLedBackToText() {
        for (Event e : compared.events()) {
            assertThat(e.label()).isNotBlank().hasSizeLessThanOrEqualTo(81);
            assertThat(e.mentions()).isNotEmpty();
        }
    }

    @Test
    void allFourMoscowOutletsReportedOnTheSameDay() {
        Event talks = on("2015-10-20").stream().max((a, b) -> a.mentions().size() - b.mentions().size())
                .orElseThrow();
        List<ReportingLag.OutletLag> lags = ReportingLag.of(compared, talks);
        assertThat(lags).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lags).allSatisfy(l -> assertThat(l.lagDays()).hasValue(0));
    }

    /** Words a label must not end on: a cue verb ("Peskov said") or a word that needs another after it. */
    private static final java.util.regex.Pattern BAD_END = java.util.regex.Pattern.compile(
            "(?i).*\\b(?:said|says|told|added|stated|claimed|according|reported|the|a|an|of|to|in|on|at|for|with|and"
                    + "|or|but|by|from|its|his|her|their|which|who|that)$");

    @Test
    void labelsReadAsHeadlines() {
        List<String> labels = compared.events().stream().map(Event::label).toList();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(10).allSatisfy(l -> {
            assertThat(l).doesNotMatch(BAD_END).doesNotContain("…").doesNotEndWith(",");
            assertThat(l).doesNotStartWith("In a rare").doesNotStartWith("Historically");
            assertThat(Character.isUpperCase(l.charAt(0))).as(l).isTrue();
            assertThat(l.length()).as(l).isLessThanOrEqualTo(72);
        });
        assertThat(labels).contains("Assad visits Moscow for talks", "Peskov: Putin and Assad meet in Moscow",
                "Putin has talks with Assad");
    }

    @Test
    void theTwoStoriesKeepTheirDatesAndNameAPlace() {
        assertThat(compared.stories()).extracting(Story::start, Story::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2015-10-20", "2015-10-23"),
                        org.assertj.core.groups.Tuple.tuple("2017-11-18", "2017-12"));
        assertThat(compared.stories().get(0).label()).isEqualTo("Assad in Moscow, October 2015");
        assertThat(compared.stories()).allSatisfy(st -> assertThat(st.label()).doesNotStartWith("Bashar")
                .doesNotStartWith("Vladimir"));
    }
}
