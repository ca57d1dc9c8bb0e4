package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Correction;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;

/** The overlay's two stages: input-changing corrections before extraction and comparison, the rest on top. */
class TwoStageOverlayTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 13);
    private static final String TEXT = "The council closed the road on Friday.";

    /** What the stand-in pipeline was asked to extract again, and the event it dates by the article's date. */
    private final List<Set<String>> asked = new ArrayList<>();
    private final TwoStageOverlay overlay = new TwoStageOverlay((corpus, changed) -> {
        asked.add(Set.copyOf(changed));
        Article a = corpus.article("a").orElseThrow();
        return corpus.withEvents(List.of(event(a.published().minusDays(5).toString()))); // "on Friday"
    });

    private static Event event(String date) {
        return new Event("e1", "Council closes road", date, null, List.of(new Span("a", 0, TEXT.length())));
    }

    private static Corpus extracted() {
        Article a = new Article("a", "a.txt", Outlet.of("Gazette"), "Road closed", WEDNESDAY, DateSource.TEXT, "",
                TEXT, List.of());
        return Corpus.of(List.of(a)).withEvents(List.of(event("2024-03-08")));
    }

    @Test
    void aRedatedArticleIsExtractedAndComparedAgainBeforeTheRestApplies() {
        Corpus extracted = extracted();
        Correction redate = new Correction.ArticleDate("a", WEDNESDAY.plusWeeks(1));
        Correction label = new Correction.EventLabel(Overlay.keyOf(extracted.events().get(0), extracted), "Road shut");
        Overlay.Result r = overlay.apply(extracted, List.of(redate, label));
        assertThat(asked).containsExactly(Set.of("a"));
        assertThat(r.corpus().events()).singleElement().satisfies(e -> {
            assertThat(e.date()).as("Friday a week later").isEqualTo("2024-03-15");
            assertThat(e.label()).as("stage two on the re-compared corpus").isEqualTo("Road shut");
        });
        Article a = r.corpus().article("a").orElseThrow();
        assertThat(a.published()).isEqualTo(WEDNESDAY.plusWeeks(1));
        assertThat(a.publishedFrom()).as("the user's word wins like the manifest's").isEqualTo(DateSource.MANIFEST);
        assertThat(r.corrected()).contains("a", "e1");
        assertThat(extracted.article("a").orElseThrow().published()).as("never edited").isEqualTo(WEDNESDAY);
    }

    @Test
    void stageOneRunsAgainOnlyWhenTheInputChangingCorrectionsChange() {
        Corpus extracted = extracted();
        List<Correction> list = new ArrayList<>(List.of(new Correction.ArticleDate("a", WEDNESDAY.plusWeeks(1))));
        overlay.apply(extracted, list);
        list.add(new Correction.ArticleTitle("a", "Coast road shut"));
        assertThat(overlay.apply(extracted, list).corpus().article("a").orElseThrow().title()).isEqualTo("Coast road shut");
        assertThat(asked).as("a title costs stage two only").hasSize(1);

        list.add(new Correction.ArticleDate("a", WEDNESDAY.plusWeeks(2)));
        assertThat(overlay.apply(extracted, list).corpus().events().get(0).date()).isEqualTo("2024-03-22");
        assertThat(asked).hasSize(2);

        Overlay.Result undone = overlay.apply(extracted, List.of());
        assertThat(undone.corpus()).as("nothing to extract again once undone").isEqualTo(extracted);
        assertThat(asked).hasSize(2);
    }

    @Test
    void aDateTheArticleAlreadyHasOrAnArticleThatIsGoneExtractsNothing() {
        Corpus extracted = extracted();
        Correction same = new Correction.ArticleDate("a", WEDNESDAY);
        Correction gone = new Correction.ArticleDate("zz", WEDNESDAY);
        Overlay.Result r = overlay.apply(extracted, List.of(same, gone));
        assertThat(asked).isEmpty();
        assertThat(r.corpus().events()).isEqualTo(extracted.events());
        assertThat(r.corrected()).containsExactly("a");
        assertThat(r.orphans()).containsExactly(gone);
    }

    @Test
    void withoutReextractionOnlyTheDateChanges() {
        Corpus extracted = extracted();
        Overlay.Result r = new TwoStageOverlay(TwoStageOverlay.Reextraction.NONE)
                .apply(extracted, List.of(new Correction.ArticleDate("a", WEDNESDAY.plusWeeks(1))));
        assertThat(r.corpus().article("a").orElseThrow().published()).isEqualTo(WEDNESDAY.plusWeeks(1));
        assertThat(r.corpus().events()).isEqualTo(extracted.events());
    }
}
