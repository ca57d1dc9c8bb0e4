package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.EventQuotes.Relevance;
import org.parallax.model.Corpus;
import org.parallax.model.Qualifier;
import org.parallax.model.Verdict;

/** The Quotes list's order and the figures table's rows, on hand-made corpora. */
class ClusterSummaryTest {

    private static Corpus corpus() {
        CorpusBuilder b = new CorpusBuilder()
                .article("a", "Alpha", "2020-01-01", "\"We stand together.\" \"The dam held for nine hours.\"",
                        "At least 300 homes were flooded.")
                .article("b", "Beta", "2020-01-02", "\"We stand together.\" \"The dam held for ten hours.\"",
                        "About 120 homes were flooded.")
                .article("c", "Gamma", "2020-01-02", "\"We stand together.\"", "Some 310 homes were flooded.")
                .quote("a", "We stand together.", "Mayor", Verdict.REFERENCE)
                .quote("b", "We stand together.", "Mayor", Verdict.VERBATIM)
                .quote("c", "We stand together.", "Mayor", Verdict.VERBATIM)
                .cluster("qc-same", "Mayor")
                .quote("a", "The dam held for nine hours.", "Engineer", Verdict.REFERENCE)
                .quote("b", "The dam held for ten hours.", "Engineer", Verdict.ALTERED)
                .cluster("qc-dam", "Engineer")
                .claim("a", "At least 300 homes", 300, Qualifier.AT_LEAST, "homes")
                .claim("b", "About 120 homes", 120, Qualifier.APPROXIMATELY, "homes")
                .claim("c", "Some 310 homes", 310, Qualifier.APPROXIMATELY, "homes");
        // the three outlets report one flood: only then are bare "homes" the same homes
        return b.event("flood", "Homes flooded", "2020-01-01", b.span("a", "At least 300 homes were flooded."),
                b.span("b", "About 120 homes were flooded."), b.span("c", "Some 310 homes were flooded.")).build();
    }

    @Test
    void mostOutletsFirstThenMostDifferent() {
        List<ClusterSummary> s = ClusterSummary.of(corpus());
        assertThat(s).extracting(ClusterSummary::id).containsExactly("qc-same", "qc-dam");
        assertThat(s.get(0).outlets()).isEqualTo(3);
        assertThat(s.get(0).difference()).isZero();
        assertThat(s.get(1).difference()).isGreaterThan(0);
        assertThat(s.get(1).text()).isEqualTo("The dam held for nine hours.");
        assertThat(ClusterSummary.speakers(s)).containsExactly("Engineer", "Mayor");
        // with equal outlet counts the more different comes first
        ClusterSummary same2 = new ClusterSummary(s.get(0).cluster(), "Mayor", "x", 2, 2, 0.0, List.of(),
                s.get(0).credit());
        assertThat(List.of(same2, s.get(1)).stream().sorted(ClusterSummary.ORDER).toList())
                .extracting(ClusterSummary::id).containsExactly("qc-dam", "qc-same");
    }

    @Test
    void aClusterBelongsToAnEventByParagraphElseByItsArticles() {
        Corpus base = corpus();
        org.parallax.model.Span inA = new CorpusBuilder().article("a", "Alpha", "2020-01-01",
                "\"We stand together.\" \"The dam held for nine hours.\"", "At least 300 homes were flooded.")
                .span("a", "At least 300 homes were flooded.");
        org.parallax.model.Event flood = new org.parallax.model.Event("e", "Homes flooded", "2020-01-01", null,
                List.of(inA));
        List<ClusterSummary> s = ClusterSummary.of(base);
        // the quotes are in a's first paragraph, the event's sentence in its second; only a reports it
        assertThat(s).allSatisfy(x -> assertThat(x.relevance(flood, base)).isEqualTo(Relevance.NONE));
        org.parallax.model.Span inB = new org.parallax.model.Span("b", 0, 5);
        org.parallax.model.Event both = new org.parallax.model.Event("e2", "Dam", "2020-01-01", null,
                List.of(inA, inB));
        assertThat(s.get(1).relevance(both, base)).isEqualTo(Relevance.IN_EVENT_PARAGRAPH);
        org.parallax.model.Event second = new org.parallax.model.Event("e3", "Floods", "2020-01-01", null,
                List.of(inA, new org.parallax.model.Span("c", base.article("c").orElseThrow().text().indexOf("Some"),
                        base.article("c").orElseThrow().text().length())));
        assertThat(s.get(0).relevance(second, base)).isEqualTo(Relevance.SAME_ARTICLES);
    }

    @Test
    void figureRowsGroupTheQuantityAndFlagTheDisagreement() {
        List<FigureRow> rows = FigureRow.of(corpus(), null);
        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(r -> assertThat(r.disagreement()).isTrue());
        assertThat(rows).extracting(r -> r.outlet().name()).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(rows).extracting(FigureRow::valueText).containsExactly("300", "120", "310");
        assertThat(rows).extracting(FigureRow::qualifierText).containsExactly("at least", "approximately",
                "approximately");
        assertThat(rows.get(0).why()).contains("120");
        assertThat(rows.get(1).span().articleId()).isEqualTo("b");
    }
}
