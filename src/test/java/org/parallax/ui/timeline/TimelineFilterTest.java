package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.testing.FloodCorpus.CORPUS;
import static org.parallax.testing.FloodCorpus.EVACUATION;
import static org.parallax.testing.FloodCorpus.FLOOD;
import static org.parallax.testing.FloodCorpus.INQUIRY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.common.CorpusEventQuotes;

/** The filter view model alone: no toolkit, no controls. */
class TimelineFilterTest {

    private final TimelineFilter filter = new TimelineFilter();

    private List<Event> shown() {
        Predicate<Event> p = filter.eventPredicate();
        return CORPUS.events().stream().filter(p == null ? e -> true : p).toList();
    }

    @Test
    void showsEverythingAtFirst() {
        filter.setCorpus(CORPUS);
        assertThat(filter.eventPredicate()).isNull();
        assertThat(filter.outlets()).extracting(Outlet::name).containsExactly("Capital Post", "Evening Herald", "Valley Ledger");
        assertThat(filter.speakers()).containsExactly("Inés Muñoz", "Tom Hale");
        assertThat(filter.shownStories()).hasSize(2);
    }

    @Test
    void hidingAnOutletDropsItsLaneItsArticlesAndEventsOnlyItReported() {
        filter.setCorpus(CORPUS);
        filter.setOutletShown(Outlet.of("Capital Post"), false);
        assertThat(filter.shownOutlets()).extracting(Outlet::name).containsExactly("Evening Herald", "Valley Ledger");
        assertThat(filter.shownArticles()).extracting(Article::id).containsExactly("ledger", "herald");
        assertThat(shown()).containsExactly(FLOOD, EVACUATION);

        filter.setOutletShown(Outlet.of("Valley Ledger"), false);
        assertThat(shown()).containsExactly(FLOOD, EVACUATION); // the Herald reported both too
        filter.setOutletShown(Outlet.of("Capital Post"), true);
        assertThat(shown()).containsExactly(FLOOD, EVACUATION, INQUIRY);
    }

    @Test
    void theShownCorpusIsWhatAnExportOfEverythingDraws() {
        filter.setCorpus(CORPUS);
        assertThat(filter.shownCorpusLater().get()).isSameAs(CORPUS);
        filter.setOutletShown(Outlet.of("Capital Post"), false);
        filter.setStoryShown("inquiry", false);
        Corpus shown = filter.shownCorpusLater().get();
        assertThat(shown.articles()).extracting(Article::id).containsExactly("ledger", "herald");
        assertThat(shown.events()).containsExactly(FLOOD, EVACUATION);
        assertThat(shown.stories()).extracting(Story::id).containsExactly("floods");
        assertThat(shown.quotes()).isEqualTo(CORPUS.quotes());
    }

    @Test
    void theShownCorpusLaterIsTheFilterAsAskedAndReadsNoQuotesUntilMade() {
        CorpusEventQuotes quotes = CorpusEventQuotes.of(CORPUS);
        filter.setCorpus(CORPUS, TimelineFilter.Choices.of(CORPUS), quotes);
        filter.setSpeakerShown("Tom Hale", false);
        java.util.function.Supplier<Corpus> later = filter.shownCorpusLater();
        filter.showAll();
        assertThat(quotes.isMade()).as("an export's worker makes it, not the FX thread that asks").isFalse();
        assertThat(later.get().events()).containsExactly(FLOOD, INQUIRY);
        assertThat(quotes.isMade()).isTrue();
    }

    @Test
    void hidingAStoryHidesItsEraAndEvents() {
        filter.setCorpus(CORPUS);
        filter.setStoryShown("floods", false);
        assertThat(filter.shownStories()).extracting(Story::id).containsExactly("inquiry");
        assertThat(shown()).containsExactly(INQUIRY);
    }

    @Test
    void hidingASpeakerHidesOnlyEventsWhoseQuotesAreAllTheirs() {
        filter.setCorpus(CORPUS);
        filter.setSpeakerShown("Tom Hale", false);
        // the evacuation holds only Hale's quote; the flood and the inquiry hold none
        assertThat(shown()).containsExactly(FLOOD, INQUIRY);
        filter.showAll();
        assertThat(filter.state().hidesNothing()).isTrue();
        assertThat(shown()).hasSize(3);
    }

    @Test
    void anEventWithAQuoteByAShownSpeakerOrByNobodyNamedStays() {
        Quote reported = new Quote("q3", FloodCorpus.span(FloodCorpus.HERALD, "Residents left on Wednesday"),
                "Residents left on Wednesday", new Speaker("Inés Muñoz"), QuoteKind.INDIRECT);
        Quote anonymous = new Quote("q4", FloodCorpus.span(FloodCorpus.LEDGER, "flooding the old town"),
                "flooding the old town", null, QuoteKind.PARTIAL);
        Corpus more = CORPUS.withQuotes(List.of(FloodCorpus.MUNOZ, FloodCorpus.HALE, reported, anonymous));
        filter.setCorpus(more);
        filter.setSpeakerShown("Tom Hale", false);
        assertThat(shown()).containsExactly(FLOOD, EVACUATION, INQUIRY); // Muñoz speaks in the evacuation too
        filter.setSpeakerShown("Inés Muñoz", false);
        assertThat(shown()).containsExactly(FLOOD, INQUIRY); // the flood's quote has no named speaker
    }

    @Test
    void aNewCorpusKeepsWhatIsStillThereHidden() {
        filter.setCorpus(CORPUS);
        filter.setOutletShown(Outlet.of("Capital Post"), false);
        filter.setSpeakerShown("Tom Hale", false);
        filter.setCorpus(Corpus.of(List.of(FloodCorpus.POST)));
        assertThat(filter.state().hiddenOutlets()).containsExactly(Outlet.of("Capital Post"));
        assertThat(filter.state().hiddenSpeakers()).isEmpty();
    }

    @Test
    void outletsHiddenWhileTheNextCorpusIsAwaitedAreKeptForIt() {
        Corpus post = Corpus.of(List.of(FloodCorpus.POST));
        filter.setCorpus(post);
        filter.awaitCorpus(CORPUS); // a restored view hides the Herald before the filter has the corpus's outlets
        filter.setHiddenOutlets(Set.of(Outlet.of("Evening Herald"), Outlet.of("Gone Gazette")));
        filter.setCorpus(CORPUS, TimelineFilter.Choices.of(CORPUS), CorpusEventQuotes.of(CORPUS));
        assertThat(filter.state().hiddenOutlets()).containsExactly(Outlet.of("Evening Herald"));

        filter.setHiddenOutlets(Set.of(Outlet.of("Capital Post"), Outlet.of("Gone Gazette")));
        assertThat(filter.state().hiddenOutlets()).as("the corpus's outlets known: only they hide")
                .containsExactly(Outlet.of("Capital Post"));
    }

    @Test
    void theChoicesAreTheCorpusOutletLanesAndNamedSpeakers() {
        TimelineFilter.Choices choices = TimelineFilter.Choices.of(CORPUS.withArticles(List.of(FloodCorpus.POST,
                new Article("loose", "loose.txt", Outlet.UNKNOWN, "", null, null, "", "No outlet.", List.of()))));
        assertThat(choices.outlets()).containsExactly(Outlet.of("Capital Post"), Outlet.UNKNOWN);
        assertThat(choices.speakers()).containsExactly("Inés Muñoz", "Tom Hale");
        assertThat(choices.outletOfArticle()).as("what hiding an outlet reads, mapped with the choices")
                .containsOnly(Map.entry(FloodCorpus.POST.id(), Outlet.of("Capital Post")),
                        Map.entry("loose", Outlet.UNKNOWN));
    }

    @Test
    void changesReplaceTheWholeStateAndRepeatingOneChangesNothing() {
        filter.setCorpus(CORPUS);
        List<TimelineFilter.State> seen = new java.util.ArrayList<>();
        filter.stateProperty().addListener((o, old, now) -> seen.add(now));
        filter.setStoryShown("inquiry", false);
        filter.setStoryShown("inquiry", false);
        assertThat(seen).hasSize(1);
    }

    @Test
    void choicesKeepACopyOfTheirArticlesOutlets() {
        Map<String, Outlet> outlets = new HashMap<>(Map.of("a1", Outlet.of("Daily")));
        TimelineFilter.Choices choices = new TimelineFilter.Choices(List.of(), List.of(), outlets);
        outlets.put("a2", Outlet.of("Weekly"));
        assertThat(choices.outletOfArticle()).containsOnlyKeys("a1");
    }
}
