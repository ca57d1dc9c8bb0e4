package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Correction;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.TextKey;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/**
 * Corrections that regroup: a quote split off or moved into another cluster, two clusters merged, another reference,
 * a corrected speaker the cluster's speaker follows, two events merged; each found again by its words, listed when
 * its target is gone, and kept in the workspace file.
 */
class RegroupingTest {

    private static final String A = "The mayor spoke on Monday.\n\n\u201cWe will rebuild every home,\u201d said Tom Hale."
            + "\n\n\u201cThe river is still rising,\u201d said Jo Marsh.";
    private static final String B = "Floods hit Leeds.\n\n\u201cWe will rebuild every home,\u201d Tom Hale said.";
    private static final String C = "Rain again.\n\n\u201cWe will rebuild every home,\u201d Ann Lee said.";
    private static final String D = "Storm warning.\n\n\u201cThe river is still rising,\u201d Jo Marsh said.";
    private static final String REBUILD = "We will rebuild every home,";
    private static final String RIVER = "The river is still rising,";

    @TempDir
    Path dir;

    /**
     * Cluster qc-1: the rebuild quote in a, b (Tom Hale) and c (Ann Lee); qc-2: the river quote in a and d. Events
     * e1 (3 May, a and b) and e2 (1 May, c and d).
     */
    private static Corpus corpus() {
        Corpus c = Corpus.of(List.of(article("a", A), article("b", B), article("c", C), article("d", D)))
                .withQuotes(List.of(quote("a/q1", A, REBUILD, "Tom Hale"), quote("a/q2", A, RIVER, "Jo Marsh"),
                        quote("b/q1", B, REBUILD, "Tom Hale"), quote("c/q1", C, REBUILD, "Ann Lee"),
                        quote("d/q1", D, RIVER, "Jo Marsh")))
                .withQuoteClusters(List.of(
                        new QuoteCluster("qc-1", new Speaker("Tom Hale"), List.of(
                                new Variant("a/q1", Verdict.REFERENCE, new Speaker("Tom Hale"), false),
                                new Variant("b/q1", Verdict.VERBATIM, new Speaker("Tom Hale"), false),
                                new Variant("c/q1", Verdict.VERBATIM, new Speaker("Ann Lee"), false))),
                        new QuoteCluster("qc-2", new Speaker("Jo Marsh"), List.of(
                                new Variant("a/q2", Verdict.REFERENCE, new Speaker("Jo Marsh"), false),
                                new Variant("d/q1", Verdict.VERBATIM, new Speaker("Jo Marsh"), false)))));
        return c.withEvents(List.of(
                new Event("e1", "Mayor speaks", "2021-05-03", "s1", List.of(span("a", A, "The mayor spoke on Monday."),
                        span("b", B, "Floods hit Leeds.")), false, null, List.of("same day")),
                new Event("e2", "Rain and storm", "2021-05-01", null, List.of(span("c", C, "Rain again."),
                        span("d", D, "Storm warning.")))));
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", Outlet.of("Outlet " + id.toUpperCase()), "Title " + id,
                LocalDate.of(2021, 5, 3), DateSource.MANIFEST, "", text, List.of());
    }

    private static Span span(String id, String text, String words) {
        int at = text.indexOf(words);
        return new Span(id, at, at + words.length());
    }

    private static Quote quote(String id, String text, String words, String speaker) {
        return new Quote(id, span(id.substring(0, 1), text, words), words, new Speaker(speaker), QuoteKind.DIRECT);
    }

    private static TextKey key(Corpus c, String quoteId) {
        return Overlay.keyOf(c.quotes().stream().filter(q -> q.id().equals(quoteId)).findFirst().orElseThrow());
    }

    private static TextKey eventKey(Corpus c, String eventId) {
        return Overlay.keyOf(c.events().stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow(), c);
    }

    private static QuoteCluster cluster(Overlay.Result r, String id) {
        return r.corpus().quoteClusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> members(QuoteCluster c) {
        return c.members().stream().map(Variant::quoteId).toList();
    }

    @Test
    void aCorrectedSpeakerIsReconciledIntoItsClusterAndOtherClustersStayAsExtracted() {
        Corpus c = corpus();
        Overlay.Result agrees = Overlay.apply(c, List.of(new Correction.QuoteSpeaker(key(c, "c/q1"), "Tom Hale")));
        assertThat(cluster(agrees, "qc-1").attributionDiffers()).as("every outlet now credits Tom Hale").isFalse();
        assertThat(cluster(agrees, "qc-1").creditedTo(new Speaker("Tom Hale"))).hasSize(3);
        assertThat(cluster(agrees, "qc-2")).isSameAs(c.quoteClusters().get(1));
        assertThat(agrees.corrected()).as("a speaker is not a regrouping").containsExactly("c/q1");

        Overlay.Result turned = Overlay.apply(c, List.of(new Correction.QuoteSpeaker(key(c, "a/q1"), "Ann Lee"),
                new Correction.QuoteSpeaker(key(c, "b/q1"), "Ann Lee")));
        assertThat(cluster(turned, "qc-1").speaker()).as("most outlets now credit her").isEqualTo(new Speaker("Ann Lee"));
        assertThat(cluster(turned, "qc-1").members()).extracting(Variant::speaker).containsOnly(new Speaker("Ann Lee"));

        Overlay.Result nobody = Overlay.apply(c, List.of(new Correction.QuoteSpeaker(key(c, "c/q1"), "")));
        assertThat(cluster(nobody, "qc-1").members()).filteredOn(v -> v.quoteId().equals("c/q1")).singleElement()
                .satisfies(v -> assertThat(v.speakerInherited()).as("credits nobody: takes the others' word").isTrue());
    }

    @Test
    void aQuoteSplitOffLeavesItsClusterAndStandsAlone() {
        Corpus c = corpus();
        Overlay.Result r = Overlay.apply(c, List.of(new Correction.QuoteSplitOff(key(c, "c/q1"))));
        assertThat(members(cluster(r, "qc-1"))).containsExactly("a/q1", "b/q1");
        assertThat(r.corpus().quoteClusters()).flatExtracting(QuoteCluster::members).extracting(Variant::quoteId)
                .doesNotContain("c/q1");
        assertThat(r.corpus().quotes()).extracting(Quote::id).contains("c/q1");
        assertThat(cluster(r, "qc-1").attributionDiffers()).isFalse();
        assertThat(r.corrected()).as("the cluster, not the quote's words or speaker").containsExactly("qc-1");
        assertThat(r.orphans()).isEmpty();

        Overlay.Result lastTwo = Overlay.apply(c, List.of(new Correction.QuoteSplitOff(key(c, "d/q1"))));
        assertThat(lastTwo.corpus().quoteClusters()).as("one article left is no cluster").extracting(QuoteCluster::id)
                .containsExactly("qc-1");
    }

    @Test
    void aQuoteMovedIntoAnotherClusterIsJudgedAgainstItsReference() {
        Corpus c = corpus();
        Overlay.Result r = Overlay.apply(c, List.of(new Correction.QuoteMovedTo(key(c, "d/q1"), key(c, "b/q1"))));
        QuoteCluster into = cluster(r, "qc-1");
        assertThat(members(into)).containsExactly("a/q1", "b/q1", "c/q1", "d/q1");
        assertThat(into.members().get(3).verdict()).isNotIn(Verdict.REFERENCE, Verdict.VERBATIM);
        assertThat(into.members().get(3).speaker()).isEqualTo(new Speaker("Jo Marsh"));
        assertThat(r.corpus().quoteClusters()).as("qc-2 kept one article: no cluster").hasSize(1);
        assertThat(r.corrected()).containsExactlyInAnyOrder("qc-1", "qc-2");
    }

    @Test
    void twoClustersMergeIntoTheFirstWhichKeepsItsReference() {
        Corpus c = corpus();
        Overlay.Result r = Overlay.apply(c, List.of(new Correction.ClusterMerge(key(c, "c/q1"), key(c, "d/q1"))));
        assertThat(r.corpus().quoteClusters()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("qc-1");
            assertThat(members(m)).containsExactlyInAnyOrder("a/q1", "a/q2", "b/q1", "c/q1", "d/q1");
            assertThat(m.members().get(0)).isEqualTo(new Variant("a/q1", Verdict.REFERENCE, new Speaker("Tom Hale"),
                    false));
        });
        assertThat(r.corrected()).contains("qc-1", "qc-2");
    }

    @Test
    void anotherReferenceJudgesTheOthersAgainstIt() {
        Corpus c = corpus();
        Overlay.Result r = Overlay.apply(c, List.of(new Correction.ClusterReference(key(c, "c/q1"))));
        QuoteCluster m = cluster(r, "qc-1");
        assertThat(m.members().get(0).quoteId()).isEqualTo("c/q1");
        assertThat(m.members().get(0).verdict()).isEqualTo(Verdict.REFERENCE);
        assertThat(m.members()).filteredOn(v -> v.quoteId().equals("a/q1")).singleElement()
                .extracting(Variant::verdict).isEqualTo(Verdict.VERBATIM);
        assertThat(m.speaker()).as("the speaker is still the one most outlets credit").isEqualTo(new Speaker("Tom Hale"));
    }

    @Test
    void twoEventsMergeWithBothMentionsTheEarlierDateAndLabelAndAReason() {
        Corpus c = corpus();
        Overlay.Result r = Overlay.apply(c, List.of(new Correction.EventMerge(eventKey(c, "e1"), eventKey(c, "e2"))));
        assertThat(r.corpus().events()).singleElement().satisfies(e -> {
            assertThat(e.id()).as("the one merged into, so it stays selected").isEqualTo("e1");
            assertThat(e.date()).isEqualTo("2021-05-01");
            assertThat(e.label()).isEqualTo("Rain and storm");
            assertThat(e.storyId()).isEqualTo("s1");
            assertThat(e.mentions()).extracting(Span::articleId).containsExactly("a", "b", "c", "d");
            assertThat(e.reasons()).containsExactly("same day", "merged by you");
        });
        assertThat(r.corrected()).containsExactlyInAnyOrder("e1", "e2");

        Overlay.Result renamed = Overlay.apply(c, List.of(new Correction.EventLabel(eventKey(c, "e1"), "Mayor vows"),
                new Correction.EventMerge(eventKey(c, "e1"), eventKey(c, "e2")),
                new Correction.EventDate(eventKey(c, "e2"), "2021-05-04")));
        assertThat(renamed.corpus().events()).singleElement().satisfies(e -> {
            assertThat(e.label()).as("the user's label wins over the earlier one's").isEqualTo("Mayor vows");
            assertThat(e.date()).as("either event's words still name the merged one").isEqualTo("2021-05-04");
        });
        assertThat(renamed.orphans()).isEmpty();
    }

    @Test
    void aRegroupingWhoseTargetIsGoneIsListedAndTheOthersApply() {
        Corpus c = corpus();
        TextKey gone = new TextKey("a", 0, 4, TextKey.hash("gone"));
        List<Correction> made = List.of(new Correction.QuoteSplitOff(key(c, "c/q1")),
                new Correction.QuoteSplitOff(key(c, "c/q1")), // in no cluster any more
                new Correction.QuoteMovedTo(gone, key(c, "a/q1")),
                new Correction.QuoteMovedTo(key(c, "d/q1"), key(c, "c/q1")), // the cluster named is none now
                new Correction.ClusterMerge(key(c, "a/q1"), gone),
                new Correction.ClusterReference(gone),
                new Correction.EventMerge(eventKey(c, "e1"), gone),
                new Correction.ClusterReference(key(c, "b/q1")));
        Overlay.Result r = Overlay.apply(c, made);
        assertThat(r.orphans()).containsExactlyElementsOf(made.subList(1, 7));
        assertThat(members(cluster(r, "qc-1"))).containsExactly("b/q1", "a/q1");
        assertThat(r.corpus().events()).hasSize(2);
    }

    @Test
    void regroupingsFindTheirQuotesAfterReExtractionMovedThem() {
        Corpus c = corpus();
        List<Correction> made = List.of(new Correction.ClusterMerge(key(c, "a/q1"), key(c, "d/q1")));
        String moved = "Updated.\n\n" + A;
        Corpus again = c.withArticles(List.of(article("a", moved), article("b", B), article("c", C), article("d", D)))
                .withQuotes(List.of(quote("a/q1", moved, REBUILD, "Tom Hale"), quote("a/q2", moved, RIVER, "Jo Marsh"),
                        c.quotes().get(2), c.quotes().get(3), c.quotes().get(4)));
        Overlay.Result r = Overlay.apply(again, made);
        assertThat(r.orphans()).isEmpty();
        assertThat(r.corpus().quoteClusters()).singleElement().extracting(m -> m.members().size()).isEqualTo(5);
    }

    @Test
    void regroupingsAreSavedAndReadBackAndAFileWithoutThemReadsAsBefore() throws Exception {
        Corpus c = corpus();
        List<Correction> all = List.of(new Correction.QuoteSplitOff(key(c, "c/q1")),
                new Correction.QuoteMovedTo(key(c, "c/q1"), key(c, "d/q1")),
                new Correction.ClusterMerge(key(c, "a/q1"), key(c, "d/q1")),
                new Correction.ClusterReference(key(c, "b/q1")),
                new Correction.EventMerge(eventKey(c, "e1"), eventKey(c, "e2")));
        Workspace saved = new Workspace(null, c, all, Map.of());
        Path file = dir.resolve("regrouped" + WorkspaceJson.EXTENSION);
        new WorkspaceJson().write(saved, file);
        WorkspaceJson.Loaded loaded = new WorkspaceJson().read(file);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.workspace()).isEqualTo(saved);
        assertThat(Files.readString(file)).contains("\"eventMerge\"").contains("\"other\" : {");

        Path old = Files.writeString(dir.resolve("old.parallax"), "{\"workspaceVersion\": 1, \"corrections\": ["
                + "{\"kind\": \"notAQuote\", \"article\": \"a\", \"start\": 1, \"end\": 4, \"hash\": \"00\"},"
                + "{\"kind\": \"clusterMerge\", \"article\": \"a\", \"start\": 1, \"end\": 4, \"hash\": \"00\"}],"
                + " \"model\": {\"schemaVersion\": 1, \"articles\": []}}");
        WorkspaceJson.Loaded read = new WorkspaceJson().read(old);
        assertThat(read.workspace().corrections()).singleElement().isInstanceOf(Correction.NotAQuote.class);
        assertThat(read.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("correction 2").contains("missing other"));
    }
}
