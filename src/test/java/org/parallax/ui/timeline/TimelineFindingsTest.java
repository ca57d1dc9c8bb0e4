package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.chart.timeline.EventMods;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexMod;
import org.parallax.model.TimexType;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The chart lays out a corpus from its findings made once (the corpus's events' quotes, its dates' modifiers) and its
 * articles filtered off the FX thread, as it did from the shown events' own quotes, the timexes and the articles the
 * filter listed: the same marks, counts, lanes and undated articles, for seeded corpora and filters.
 */
@ExtendWith(ApplicationExtension.class) // the chart is a Control: its class needs the toolkit
class TimelineFindingsTest {

    private static final String[] OUTLETS = {"Herald", "Post", "Ledger", "Courier", "Times"};

    /** What the chart built before: the shown events' quotes and the timexes' modifiers made per layout. */
    private static TimelineData reference(Corpus corpus, List<Story> stories, List<Outlet> outlets,
                                          Predicate<Event> shows, Set<Outlet> hidden) {
        List<Event> shown = corpus.events().stream().filter(shows).toList();
        List<Article> articles = corpus.articles().stream().filter(a -> !hidden.contains(a.outlet())).toList();
        EventQuotes quotes = corpus.quotes().isEmpty() ? EventQuotes.EMPTY : EventQuotes.of(shown, corpus.quotes());
        return TimelineData.build(shown, stories, articles, outlets, LaneMode.OUTLET, quotes,
                EventMods.of(corpus.timexes()));
    }

    @Test
    void theLayoutOfTheFindingsIsTheLayoutOfTheShownEventsOwnQuotes() {
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            Corpus corpus = generated(random);
            TimelineFindings findings = TimelineFindings.of(corpus);
            Set<Outlet> hidden = new HashSet<>();
            for (String o : OUTLETS) {
                if (random.nextInt(4) == 0) {
                    hidden.add(Outlet.of(o));
                }
            }
            List<Outlet> lanes = TimelineData.outletLanes(corpus).stream().filter(o -> !hidden.contains(o)).toList();
            Set<String> hiddenEvents = new HashSet<>();
            corpus.events().forEach(e -> {
                if (random.nextInt(3) == 0) {
                    hiddenEvents.add(e.id());
                }
            });
            Predicate<Event> shows = e -> !hiddenEvents.contains(e.id());
            Predicate<Article> shownArticle = hidden.isEmpty() ? null : a -> !hidden.contains(a.outlet());
            TimelineData now = TimelineChart.build(corpus.events(), corpus.stories(), corpus.articles(), lanes,
                    findings, random.nextBoolean() && hiddenEvents.isEmpty() ? null : shows, shownArticle,
                    LaneMode.OUTLET);
            TimelineData before = reference(corpus, corpus.stories(), lanes, shows, hidden);
            assertThat(now.events()).as("seed %d", seed).containsExactlyElementsOf(before.events());
            for (int i = 0; i < now.size(); i++) {
                assertThat(now.quoteCount(i)).as("seed %d, event %d", seed, i).isEqualTo(before.quoteCount(i));
                assertThat(now.describe(i)).isEqualTo(before.describe(i));
                assertThat(now.mod(i)).isEqualTo(before.mod(i));
                assertThat(now.outlets(i)).isEqualTo(before.outlets(i));
            }
            assertThat(now.lanes()).extracting(TimelineData.Lane::key)
                    .containsExactlyElementsOf(before.lanes().stream().map(TimelineData.Lane::key).toList());
            assertThat(now.undatedArticles()).containsExactlyElementsOf(before.undatedArticles());
            assertThat(now.undatedEvents()).containsExactlyElementsOf(before.undatedEvents());
        }
    }

    /** Articles of a few outlets (some undated), quotes and dates at random offsets, events mentioned across them. */
    private static Corpus generated(Random random) {
        List<Article> articles = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<TimeMention> timexes = new ArrayList<>();
        String text = "On 5 November 2024 residents left, the mayor said. \"The dam held,\" said an engineer. ".repeat(6);
        for (int i = 0; i < 30; i++) {
            LocalDate day = random.nextInt(6) == 0 ? null : LocalDate.of(2024, 11, 1 + random.nextInt(20));
            articles.add(new Article("a" + i, "a" + i + ".txt", Outlet.of(OUTLETS[random.nextInt(OUTLETS.length)]),
                    "Title " + i, day, day == null ? null : DateSource.MANIFEST, null, text, List.of()));
            for (int q = random.nextInt(6); q > 0; q--) {
                int start = random.nextInt(text.length() - 70);
                Span span = new Span("a" + i, start, start + 5 + random.nextInt(60));
                quotes.add(new Quote("q" + i + "-" + q, span, text.substring(span.start(), span.end()),
                        random.nextInt(3) == 0 ? null : new Speaker("Speaker " + random.nextInt(4)), QuoteKind.DIRECT));
            }
            for (int t = random.nextInt(3); t > 0; t--) {
                int start = random.nextInt(text.length() - 20);
                TimexMod mod = random.nextBoolean() ? null : TimexMod.values()[random.nextInt(3)];
                timexes.add(new TimeMention(new Span("a" + i, start, start + 16), "5 November 2024", TimexType.DATE,
                        "2024-11-0" + (1 + random.nextInt(9)), mod, null));
            }
        }
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < 25; e++) {
            List<Span> mentions = new ArrayList<>();
            for (int m = 1 + random.nextInt(4); m > 0; m--) {
                int start = random.nextInt(text.length() - 60);
                mentions.add(new Span("a" + random.nextInt(articles.size()), start, start + 10 + random.nextInt(50)));
            }
            String date = random.nextInt(8) == 0 ? "XXXX" : "2024-11-0" + (1 + random.nextInt(9));
            events.add(new Event("e" + e, "Event " + e, date, random.nextBoolean() ? "s1" : null, mentions,
                    random.nextInt(5) == 0));
        }
        return Corpus.of(articles).withQuotes(quotes).withTimexes(timexes).withEvents(events)
                .withStories(List.of(new Story("s1", "The floods", "2024-11-01", "2024-11-09")));
    }
}
