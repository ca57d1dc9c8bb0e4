package org.parallax.compare.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.System.Logger;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/** Acceptance on the bundled corpus: the clusters issue 4 names, no mixed speakers, no quote twice. */
class SampleQuoteClustersTest {

    private static final Logger LOG = System.getLogger(SampleQuoteClustersTest.class.getName());

    private static Corpus corpus;
    private static List<QuoteCluster> clusters;
    private static Map<String, Quote> quotes;

    @BeforeAll
    static void run() {
        Corpus loaded = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        corpus = Extraction.standard().extract(new SourceInference().infer(loaded));
        clusters = new QuoteClusterer().cluster(corpus);
        quotes = corpus.quotes().stream().collect(Collectors.toMap(Quote::id, Function.identity()));
        for (QuoteCluster c : clusters) {
            StringBuilder b = new StringBuilder(c.id() + " speaker=" + (c.speaker() == null ? "-" : c.speaker().name()));
            for (Variant v : c.members()) {
                b.append("\n  ").append(v.verdict().jsonName()).append(' ').append(v.quoteId()).append(" | ")
                        .append(quotes.get(v.quoteId()).text());
            }
            LOG.log(Logger.Level.INFO, b.toString());
        }
        for (org.parallax.compare.figure.FigureGroup g : org.parallax.compare.figure.FigureComparison.compare(corpus)) {
            LOG.log(Logger.Level.INFO, "figures " + g.unit() + " (" + g.subject() + ") disagree=" + g.disagreement()
                    + ": " + g.why());
        }
    }

    private static QuoteCluster clusterWith(String text) {
        Optional<QuoteCluster> c = clusters.stream().filter(cl -> cl.members().stream()
                .anyMatch(v -> quotes.get(v.quoteId()).text().startsWith(text))).findFirst();
        assertThat(c).as("a cluster with \"%s\"", text).isPresent();
        return c.get();
    }

    private static Verdict verdictOf(QuoteCluster c, String text) {
        return c.members().stream().filter(v -> quotes.get(v.quoteId()).text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no member \"" + text + "\" in " + c)).verdict();
    }

    @Test
    void assadThanksIsOneClusterWithBothPiecesTheWholeAndTheOtherTranslation() {
        QuoteCluster c = clusterWith("First of all I wanted to express my huge gratitude");
        assertThat(c.speaker().name()).isEqualTo("Bashar al-Assad");
        List<Quote> members = c.members().stream().map(v -> quotes.get(v.quoteId())).toList();
        assertThat(members).filteredOn(q -> q.articleId().startsWith("000"))
                .extracting(Quote::text)
                .anySatisfy(t -> assertThat(t).startsWith("First of all I wanted"))
                .anySatisfy(t -> assertThat(t).startsWith("If it was not for your actions"));
        assertThat(members).filteredOn(q -> q.articleId().startsWith("001")).extracting(Quote::text)
                .anySatisfy(t -> assertThat(t).startsWith("First of all I wanted").contains("If it was not for"));
        assertThat(verdictOf(c, "First of all I wanted to express my huge gratitude to the whole leadership of the"
                + " Russian Federation for the help they are giving Syria. If"))
                .isIn(Verdict.REFERENCE, Verdict.EXTENDED);
        assertThat(verdictOf(c, "The terrorism which now spreads")).isIn(Verdict.ALTERED, Verdict.PARAPHRASE);
        assertThat(verdictOf(c, "more widespread and harmful")).isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void putinPraiseOfTheSyrianPeopleWithThePartialAlmostOnTheirOwn() {
        QuoteCluster c = clusterWith("The Syrian people have resisted and fought international terrorism");
        assertThat(c.speaker().name()).isEqualTo("Vladimir Putin");
        assertThat(verdictOf(c, "The Syrian people have resisted")).isEqualTo(Verdict.REFERENCE);
        assertThat(verdictOf(c, "almost on their own")).isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void theAlignmentMarksOnlyTheWordsThatDiffer() {
        QuoteCluster c = clusterWith("First of all I wanted to express my huge gratitude");
        Map<String, List<org.parallax.compare.align.AlignedSegment>> a =
                org.parallax.compare.align.ClusterAlignment.of(c, quotes, null).segments();
        for (Variant v : c.members()) {
            List<org.parallax.compare.align.AlignedSegment.Kind> kinds = a.get(v.quoteId()).stream()
                    .map(org.parallax.compare.align.AlignedSegment::kind).distinct().toList();
            if (v.verdict() == Verdict.REFERENCE || v.verdict() == Verdict.TRIMMED) {
                // each of 000's two pieces is aligned against its part of 001's whole quote
                assertThat(kinds).as(v.quoteId()).containsExactly(org.parallax.compare.align.AlignedSegment.Kind.SHARED);
            } else if (v.verdict() == Verdict.PARAPHRASE) {
                assertThat(kinds).as(v.quoteId()).contains(org.parallax.compare.align.AlignedSegment.Kind.SHARED)
                        .containsAnyOf(org.parallax.compare.align.AlignedSegment.Kind.CHANGED,
                                org.parallax.compare.align.AlignedSegment.Kind.ADDED);
            }
        }
    }

    @Test
    void noFiguresAreComparedAcrossOutletsOnTheSample() {
        // the sample's figures (120 civilians, 250,000 lives, 4,000 fighters, ...) are each given by one outlet only;
        // 003's "two leaders" twice is one article
        assertThat(org.parallax.compare.figure.FigureComparison.compare(corpus)).isEmpty();
    }

    @Test
    void noClusterMixesSpeakersAndNoQuoteIsInTwoClusters() {
        Set<String> seen = new HashSet<>();
        for (QuoteCluster c : clusters) {
            Set<String> speakers = c.members().stream().map(v -> quotes.get(v.quoteId()).speaker())
                    .filter(Objects::nonNull).map(s -> s.name()).collect(Collectors.toSet());
            assertThat(speakers).as(c.id()).hasSizeLessThanOrEqualTo(1);
            assertThat(c.members().stream().filter(v -> v.verdict() == Verdict.REFERENCE)).hasSize(1);
            for (Variant v : c.members()) {
                assertThat(seen.add(v.quoteId())).as("%s in two clusters", v.quoteId()).isTrue();
            }
        }
    }
}
