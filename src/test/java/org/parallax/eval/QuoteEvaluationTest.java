package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/** The quote evaluation's arithmetic on a hand-made fixture, its normalisation and the ECB+ text rebuild. */
class QuoteEvaluationTest {

    private static Quote q(String id, String article, String text, String speaker, QuoteKind kind) {
        return new Quote(id, new Span(article, 0, text.length()), text, speaker == null ? null : new Speaker(speaker),
                kind);
    }

    private static QuoteCluster cluster(String id, String... quoteIds) {
        List<Variant> v = new ArrayList<>();
        for (String q : quoteIds) {
            v.add(new Variant(q, v.isEmpty() ? Verdict.REFERENCE : Verdict.VERBATIM));
        }
        return new QuoteCluster(id, null, v);
    }

    @Test
    void arithmetic() {
        List<Quote> quotes = List.of(
                // shared by a, b, c and all in qc-1: together
                q("a1", "a", "“We will rebuild the port,”", "Ann Lee", QuoteKind.DIRECT),
                q("b1", "b", "We will rebuild the port.", "Ann Lee", QuoteKind.DIRECT),
                q("c1", "c", "We  will rebuild the port", "Ann Lee", QuoteKind.DIRECT),
                // shared by a and b, split over two clusters, speakers differ
                q("a2", "a", "The water is still rising", "Ann Lee", QuoteKind.DIRECT),
                q("b2", "b", "The water is still rising", "Bo Chan", QuoteKind.DIRECT),
                // shared by a and c, one copy in no cluster, one speaker missing
                q("a3", "a", "Nobody was hurt in the blast", "Ann Lee", QuoteKind.DIRECT),
                q("c3", "c", "Nobody was hurt in the blast", null, QuoteKind.DIRECT),
                // shared, same speaker, not clustered: other
                q("b4", "b", "Schools stay closed until Monday", "Bo Chan", QuoteKind.DIRECT),
                q("c4", "c", "Schools stay closed until Monday", "Bo Chan", QuoteKind.DIRECT),
                // not counted: one article only, too short, not direct, different case of a word
                q("a5", "a", "Help is on the way", "Ann Lee", QuoteKind.DIRECT),
                q("a6", "a", "Help is on the way", "Ann Lee", QuoteKind.DIRECT),
                q("b7", "b", "Stay calm", "Bo Chan", QuoteKind.DIRECT),
                q("c7", "c", "Stay calm", "Bo Chan", QuoteKind.DIRECT),
                q("b8", "b", "the port will reopen soon", "Bo Chan", QuoteKind.INDIRECT),
                q("c8", "c", "the port will reopen soon", "Bo Chan", QuoteKind.INDIRECT),
                q("b9", "b", "Roads are open again", "Bo Chan", QuoteKind.DIRECT),
                q("c9", "c", "roads are open again", "Bo Chan", QuoteKind.DIRECT));
        List<QuoteCluster> clusters = List.of(cluster("qc-1", "a1", "b1", "c1"), cluster("qc-2", "a2"),
                cluster("qc-3", "b2"), cluster("qc-4", "a3"));
        List<QuoteEvaluation.Shared> shared = QuoteEvaluation.shared("t", quotes, clusters);
        assertThat(shared).extracting(QuoteEvaluation.Shared::text).containsExactly("We will rebuild the port",
                "The water is still rising", "Nobody was hurt in the blast", "Schools stay closed until Monday");
        QuoteEvaluation.Score s = QuoteEvaluation.score(shared);
        assertThat(s).isEqualTo(new QuoteEvaluation.Score(4, 1, 1, 1, 1));
        assertThat(s.rate()).isEqualTo(0.25);
    }

    @Test
    void countsAttributionDisagreementsAndTheLongestQuote() {
        Speaker ann = new Speaker("Ann Lee");
        QuoteCluster agreed = new QuoteCluster("qc-1", ann, List.of(new Variant("a1", Verdict.REFERENCE, ann, false),
                new Variant("b1", Verdict.VERBATIM, ann, true)));
        QuoteCluster differs = new QuoteCluster("qc-2", ann, List.of(new Variant("a2", Verdict.REFERENCE, ann, false),
                new Variant("b2", Verdict.VERBATIM, new Speaker("Bo Chan"), false)));
        assertThat(QuoteEvaluation.attributionDisagreements(List.of(agreed, differs, cluster("qc-3", "x", "y"))))
                .isEqualTo(1);
        assertThat(QuoteEvaluation.longestQuoteChars(List.of(q("a", "a", "Go home", null, QuoteKind.DIRECT),
                q("b", "b", "Stay inside tonight", null, QuoteKind.DIRECT)))).isEqualTo(19);
        assertThat(QuoteEvaluation.longestQuoteChars(List.of())).isZero();
    }

    @Test
    void countsQuotesLongerThanTheirParagraphUnlessContinuedWithAQuoteMark() {
        String text = "“Fine,” she said.\n\n“We stay,” he said. “And then\n\nthe rain came.\n\n"
                + "“It was long.\n\n“Very long,” Ann said.";
        Article a = new Article("a", "a.txt", null, null, null, null, null, text, null);
        List<Quote> quotes = List.of(
                spanned("fine", text, "“Fine,”", "“Fine,”"), // within its paragraph
                spanned("runs", text, "“And then", "the rain came."), // past its paragraph: counted
                spanned("cont", text, "“It was long.", "“Very long,”")); // next paragraph opens with a mark
        Corpus corpus = Corpus.of(List.of(a)).withQuotes(quotes);
        assertThat(QuoteEvaluation.longerThanParagraph(corpus)).isEqualTo(1);
        assertThat(QuoteEvaluation.runsPastParagraph(new Span("a", 0, text.length()), text)).isTrue();
        assertThat(QuoteEvaluation.runsPastParagraph(new Span("a", 0, 19), text)).as("only the break itself").isFalse();
    }

    /** A quote of article "a" from the first {@code from} to the end of the first {@code to} after it. */
    private static Quote spanned(String id, String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start) + to.length();
        return new Quote(id, new Span("a", start, end), text.substring(start, end), null, QuoteKind.DIRECT);
    }

    @Test
    void normalisesQuoteMarksSpacesAndTheFinalStop() {
        assertThat(QuoteEvaluation.normalise(" “It is  over,”  ")).isEqualTo("It is over");
        assertThat(QuoteEvaluation.normalise("``It is over . ''")).isEqualTo("It is over");
        assertThat(QuoteEvaluation.normalise("\"He said ‘no’ twice.\"")).isEqualTo("He said \"no\" twice");
    }

    @Test
    void rebuildsTheTextFromTokens(@TempDir Path dir) throws IOException, GoldFormatException {
        String xml = """
                <Document doc_name="9_1ecbplus.xml" doc_id="X">
                <token t_id="1" sentence="0" number="0">http</token>
                <token t_id="2" sentence="0" number="1">:</token>
                <token t_id="3" sentence="0" number="2">//</token>
                <token t_id="4" sentence="0" number="3">example.com</token>
                <token t_id="5" sentence="1" number="0">Smith</token>
                <token t_id="6" sentence="1" number="1">,</token>
                <token t_id="7" sentence="1" number="2">a</token>
                <token t_id="8" sentence="1" number="3">farmer</token>
                <token t_id="9" sentence="1" number="4">(</token>
                <token t_id="10" sentence="1" number="5">52</token>
                <token t_id="11" sentence="1" number="6">)</token>
                <token t_id="12" sentence="1" number="7">,</token>
                <token t_id="13" sentence="1" number="8">said</token>
                <token t_id="14" sentence="1" number="9">:</token>
                <token t_id="15" sentence="1" number="10">``</token>
                <token t_id="16" sentence="1" number="11">It</token>
                <token t_id="17" sentence="1" number="12">'s</token>
                <token t_id="18" sentence="1" number="13">gone</token>
                <token t_id="19" sentence="1" number="14">.</token>
                <token t_id="20" sentence="1" number="15">''</token>
                <token t_id="21" sentence="2" number="0">"We</token>
                <token t_id="22" sentence="2" number="1">lost</token>
                <token t_id="23" sentence="2" number="2">everything</token>
                <token t_id="24" sentence="2" number="3">,"</token>
                <token t_id="25" sentence="2" number="4">he</token>
                <token t_id="26" sentence="2" number="5">said</token>
                <token t_id="27" sentence="2" number="6">.</token>
                </Document>
                """;
        Path topic = Files.createDirectories(dir.resolve("9"));
        Files.writeString(topic.resolve("9_1ecbplus.xml"), xml, StandardCharsets.UTF_8);
        var docs = EcbQuoteDocuments.read(dir);
        assertThat(docs).containsOnlyKeys("9");
        assertThat(docs.get("9").get(0).text()).isEqualTo("http://example.com\n\n"
                + "Smith, a farmer (52), said: “It's gone.”\n“We lost everything,” he said.");
    }
}
