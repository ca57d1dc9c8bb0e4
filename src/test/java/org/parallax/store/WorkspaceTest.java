package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** Corrections as an overlay, found again after re-extraction, and the workspace file that keeps them. */
class WorkspaceTest {

    private static final String A = "The mayor spoke on Monday.\n\n“We will rebuild,” said Tom Hale.";
    private static final String B = "Floods hit Leeds.\n\n“We will rebuild,” Ann Lee said on Monday.";

    @TempDir
    Path dir;

    /** Two outlets quoting the same words, one event reported by both; {@code preface} shifts article a's text. */
    private static Corpus corpus(String preface) {
        String a = preface + A;
        Article first = new Article("a", "a.txt", Outlet.of("Gulf Daily"), "Rebuild", LocalDate.of(2021, 5, 3),
                DateSource.MANIFEST, "", a, List.of());
        Article second = new Article("b", "b.txt", Outlet.of("Leeds Post"), "Floods", LocalDate.of(2021, 5, 3),
                DateSource.MANIFEST, "", B, List.of());
        Quote qa = quote("a/q1", "a", a, "We will rebuild,", "Tom Hale");
        Quote qb = quote("b/q1", "b", B, "We will rebuild,", "Ann Lee");
        Span ea = span("a", a, "The mayor spoke on Monday.");
        Span eb = span("b", B, "Floods hit Leeds.");
        return Corpus.of(List.of(first, second)).withQuotes(List.of(qa, qb))
                .withQuoteClusters(List.of(new QuoteCluster("c1", new Speaker("Tom Hale"), List.of(
                        new Variant("a/q1", Verdict.REFERENCE, new Speaker("Tom Hale"), false),
                        new Variant("b/q1", Verdict.VERBATIM, new Speaker("Ann Lee"), false)))))
                .withEvents(List.of(new Event("e1", "Mayor speaks", "2021-05-03", null, List.of(ea, eb))));
    }

    private static Span span(String id, String text, String words) {
        int at = text.indexOf(words);
        return new Span(id, at, at + words.length());
    }

    private static Quote quote(String id, String article, String text, String words, String speaker) {
        return new Quote(id, span(article, text, words), words, new Speaker(speaker), QuoteKind.DIRECT);
    }

    private static List<Correction> corrections(Corpus c) {
        Quote wrong = c.quotes().get(1);
        Event event = c.events().get(0);
        return List.of(new Correction.QuoteSpeaker(Overlay.keyOf(wrong), "Tom Hale"),
                new Correction.EventDate(Overlay.keyOf(event, c), "2021-05-02"),
                new Correction.EventLabel(Overlay.keyOf(event, c), "Mayor promises to rebuild"));
    }

    @Test
    void correctionsChangeTheCorrectedPictureNeverTheExtractedOne() {
        Corpus extracted = corpus("");
        Overlay.Result r = Overlay.apply(extracted, corrections(extracted));
        assertThat(r.orphans()).isEmpty();
        assertThat(r.corrected()).containsExactlyInAnyOrder("b/q1", "e1");
        assertThat(r.corpus().quotes().get(1).speaker()).isEqualTo(new Speaker("Tom Hale"));
        assertThat(r.corpus().quoteClusters().get(0).attributionDiffers()).isFalse();
        assertThat(r.corpus().events().get(0).date()).isEqualTo("2021-05-02");
        assertThat(r.corpus().events().get(0).label()).isEqualTo("Mayor promises to rebuild");
        assertThat(extracted.quotes().get(1).speaker()).isEqualTo(new Speaker("Ann Lee")); // untouched
    }

    @Test
    void correctionsFindTheirTargetsAfterReExtractionMovedThemAndListWhatIsGone() {
        List<Correction> made = corrections(corpus(""));
        Corpus moved = corpus("Updated 10:00.\n\n"); // the extractor now keeps a line it dropped before
        Overlay.Result r = Overlay.apply(moved, made);
        assertThat(r.orphans()).isEmpty();
        assertThat(r.corpus().events().get(0).date()).isEqualTo("2021-05-02");

        Corpus gone = moved.withQuotes(List.of(moved.quotes().get(0))).withQuoteClusters(List.of());
        r = Overlay.apply(gone, made);
        assertThat(r.orphans()).singleElement().isInstanceOf(Correction.QuoteSpeaker.class);
        assertThat(r.corpus().events().get(0).label()).isEqualTo("Mayor promises to rebuild");
    }

    @Test
    void notAQuoteAndHiddenEventsLeaveThePicture() {
        Corpus c = corpus("");
        Overlay.Result r = Overlay.apply(c, List.of(new Correction.NotAQuote(Overlay.keyOf(c.quotes().get(0))),
                new Correction.EventHidden(Overlay.keyOf(c.events().get(0), c))));
        assertThat(r.corpus().quotes()).extracting(Quote::id).containsExactly("b/q1");
        assertThat(r.corpus().quoteClusters()).as("one member left is no cluster").isEmpty();
        assertThat(r.corpus().events()).isEmpty();
    }

    @Test
    void anArticlesOutletAndTitleAreCorrectedByItsId() {
        Corpus c = corpus("");
        Overlay.Result r = Overlay.apply(c, List.of(new Correction.ArticleOutlet("b", "Yorkshire Post"),
                new Correction.ArticleTitle("a", "Mayor vows to rebuild"), new Correction.ArticleOutlet("gone", "X")));
        assertThat(r.corpus().article("b").orElseThrow().outlet()).isEqualTo(Outlet.of("Yorkshire Post"));
        assertThat(r.corpus().article("a").orElseThrow().title()).isEqualTo("Mayor vows to rebuild");
        assertThat(r.corrected()).containsExactlyInAnyOrder("a", "b");
        assertThat(r.orphans()).singleElement().isEqualTo(new Correction.ArticleOutlet("gone", "X"));
    }

    @Test
    void aWorkspaceReadsBackAsItWasSaved() throws Exception {
        Corpus c = corpus("");
        List<Correction> all = new java.util.ArrayList<>(corrections(c));
        all.add(new Correction.ArticleOutlet("b", "Yorkshire Post"));
        all.add(new Correction.ArticleTitle("a", "Mayor vows to rebuild"));
        all.add(new Correction.ArticleDate("b", LocalDate.of(2021, 5, 10)));
        Workspace saved = new Workspace(dir.resolve("articles"), c, all, Map.of("tab", "quotes", "zoom", "2.5"));
        Path file = dir.resolve("floods" + WorkspaceJson.EXTENSION);
        new WorkspaceJson().write(saved, file);
        WorkspaceJson.Loaded loaded = new WorkspaceJson().read(file);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.workspace()).isEqualTo(saved);
        String json = Files.readString(file);
        assertThat(json.indexOf("\"corrections\"")).as("the user's work before the model").isLessThan(json.indexOf("\"model\""));
    }

    @Test
    void aFileCutShortKeepsTheCorrectionsAndSaysWhereItBroke() throws Exception {
        Corpus c = corpus("");
        Path file = dir.resolve("cut.parallax");
        new WorkspaceJson().write(new Workspace(null, c, corrections(c), Map.of()), file);
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.indexOf("\"quotes\""))); // cut inside the model
        WorkspaceJson.Loaded loaded = new WorkspaceJson().read(file);
        assertThat(loaded.workspace().corrections()).hasSize(3);
        assertThat(loaded.workspace().extracted()).isEqualTo(Corpus.EMPTY);
        assertThat(loaded.problems()).first().satisfies(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("ends early or is broken");
        });
    }

    @Test
    void aHandEditedCorrectionIsLeftOutByNameAndLineTheOthersKept() throws Exception {
        Corpus c = corpus("");
        Path file = dir.resolve("edited.parallax");
        new WorkspaceJson().write(new Workspace(null, c, corrections(c), Map.of()), file);
        Files.writeString(file, Files.readString(file).replaceFirst("\"eventDate\"", "\"eventWhen\""));
        WorkspaceJson.Loaded loaded = new WorkspaceJson().read(file);
        assertThat(loaded.workspace().corrections()).hasSize(2);
        assertThat(loaded.workspace().extracted()).isEqualTo(c);
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isGreaterThan(5);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains("correction 2").contains("eventWhen");
        });
    }

    @Test
    void anUnreadablePublicationDateIsLeftOutByLine() throws Exception {
        Corpus c = corpus("");
        Path file = dir.resolve("date.parallax");
        new WorkspaceJson().write(new Workspace(null, c, List.of(new Correction.ArticleDate("a", LocalDate.of(2021, 5, 10)),
                new Correction.ArticleTitle("a", "Kept")), Map.of()), file);
        Files.writeString(file, Files.readString(file).replace("2021-05-10", "10 May"));
        WorkspaceJson.Loaded loaded = new WorkspaceJson().read(file);
        assertThat(loaded.workspace().corrections()).containsExactly(new Correction.ArticleTitle("a", "Kept"));
        assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("10 May"));
    }

    @Test
    void aNewerVersionIsRefusedWithAClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("new.parallax"), "{\"workspaceVersion\": 7, \"model\": {}}");
        assertThatThrownBy(() -> new WorkspaceJson().read(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("newer Parallax").hasMessageContaining("version 7");
    }

    @Test
    void aKeyFindsTheSameWordsWhereverTheyMoved() {
        TextKey key = TextKey.of(new Span("a", 0, 5), "Hello  world");
        assertThat(key.sameWords("a", "Hello world")).as("white space does not count").isTrue();
        assertThat(key.sameWords("b", "Hello world")).isFalse();
        assertThat(key.isExactly(new Span("a", 0, 5), "Hello world")).isTrue();
        assertThat(key.isExactly(new Span("a", 3, 8), "Hello world")).isFalse();
    }
}
