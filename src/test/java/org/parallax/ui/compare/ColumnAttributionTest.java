package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Corpus;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Speaker;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/** Whom each column credits, from made-up clusters: agreeing, differing, inherited, and a document of before. */
class ColumnAttributionTest {

    private static final String WORDS = "We will rebuild the bridge before winter";

    private static Corpus corpus(QuoteCluster cluster) {
        CorpusBuilder b = new CorpusBuilder().article("a", "Alpha", "2024-01-01", WORDS)
                .article("b", "Beta", "2024-01-02", WORDS).article("c", "Gamma", "2024-01-03", WORDS)
                .article("d", "Delta", "2024-01-04", WORDS)
                .quote("a", WORDS, "Ann Lee", Verdict.REFERENCE).quote("b", WORDS, "Ann Lee", Verdict.VERBATIM)
                .quote("c", WORDS, "Bo Chan", Verdict.VERBATIM).quote("d", WORDS, null, Verdict.VERBATIM)
                .cluster("ignored", null);
        Corpus c = b.build();
        return new Corpus(c.articles(), c.timexes(), c.quotes(), c.claims(), c.events(), c.stories(), List.of(cluster));
    }

    private static final Speaker ANN = new Speaker("Ann Lee");
    private static final Speaker BO = new Speaker("Bo Chan");

    private static QuoteComparison compare(List<Variant> members) {
        QuoteCluster cluster = new QuoteCluster("k", ANN, members);
        return QuoteComparison.of(cluster, corpus(cluster));
    }

    @Test
    void eachColumnShowsItsOwnArticlesSpeakerAndMarksTheInheritedOne() {
        QuoteComparison c = compare(List.of(new Variant("q-a-0", Verdict.REFERENCE, ANN, false),
                new Variant("q-b-1", Verdict.VERBATIM, ANN, false), new Variant("q-c-2", Verdict.VERBATIM, BO, false),
                new Variant("q-d-3", Verdict.VERBATIM, ANN, true)));
        List<String> shown = c.columns().stream().map(col -> ColumnAttribution.of(c.cluster(), col).text()).toList();
        assertThat(shown).containsExactly("Ann Lee", "Ann Lee", "Bo Chan", "Ann Lee (as other outlets credit)");
        assertThat(c.columns()).extracting(col -> ColumnAttribution.of(c.cluster(), col).kind()).containsExactly(
                ColumnAttribution.Kind.AGREES, ColumnAttribution.Kind.AGREES, ColumnAttribution.Kind.DIFFERS,
                ColumnAttribution.Kind.INHERITED);
        assertThat(ColumnAttribution.summary(c.cluster(), c.columns()))
                .isEqualTo("Credited to Ann Lee in 2 of 4 articles, to Bo Chan in 1; 1 names nobody");
        assertThat(ColumnAttribution.badgeText(c.cluster())).isEqualTo("credited to 2 speakers");
    }

    @Test
    void agreeingArticlesNeedNoSummaryNorBadge() {
        QuoteComparison c = compare(List.of(new Variant("q-a-0", Verdict.REFERENCE, ANN, false),
                new Variant("q-b-1", Verdict.VERBATIM, ANN, false), new Variant("q-d-3", Verdict.VERBATIM, ANN, true)));
        assertThat(ColumnAttribution.summary(c.cluster(), c.columns())).isEmpty();
        assertThat(ColumnAttribution.badgeText(c.cluster())).isEmpty();
        assertThat(c.columns()).extracting(col -> ColumnAttribution.of(c.cluster(), col).kind()).containsExactly(
                ColumnAttribution.Kind.AGREES, ColumnAttribution.Kind.AGREES, ColumnAttribution.Kind.INHERITED);
    }

    @Test
    void aDocumentWithoutMemberSpeakersShowsTheQuotesOwnAndTheClustersAsInherited() {
        QuoteComparison c = compare(List.of(new Variant("q-a-0", Verdict.REFERENCE),
                new Variant("q-d-3", Verdict.VERBATIM)));
        assertThat(c.columns()).extracting(col -> ColumnAttribution.of(c.cluster(), col).text())
                .containsExactly("Ann Lee", "Ann Lee (as other outlets credit)");
    }
}
