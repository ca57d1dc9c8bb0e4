package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimKind;
import org.parallax.model.Corpus;
import org.parallax.model.Coverage;
import org.parallax.model.Happening;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Qualifier;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerFrom;
import org.parallax.model.Story;
import org.parallax.model.TimeAnchor;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

class ModelJsonTest {

    private final ModelJson json = new ModelJson();

    static Corpus sample() {
        String a = "Storm Ida hit the coast on Sunday.\n\n\u201cWe lost everything,\u201d said Mayor Jane Roe.";
        String b = "Ida made landfall on Aug. 29 with winds of 150 mph.";
        List<Article> articles = List.of(
                new Article("a", "a.txt", Outlet.of("Gulf Daily"), "Ida hits coast", LocalDate.of(2021, 8, 30),
                        DateSource.MANIFEST, "https://example.org/ida", a, List.of("Share this")),
                new Article("b", "b.html", Outlet.UNKNOWN, "", null, null, "", b, List.of()));
        return new Corpus(articles,
                List.of(new TimeMention(new Span("a", 27, 33), "Sunday", TimexType.DATE, "2021-08-29", null,
                                TimeAnchor.PUBLICATION),
                        new TimeMention(new Span("b", 21, 28), "Aug. 29", TimexType.DATE, "2021-08-29")),
                List.of(new Quote("q1", new Span("a", 37, 56), "We lost everything,", new Speaker("Jane Roe"),
                        QuoteKind.DIRECT, SpeakerFrom.APPOSITION)),
                List.of(new Claim("c1", new Span("b", 43, 50), "150 mph", new BigDecimal("150"), "mph"),
                        new Claim("c2", new Span("b", 0, 3), "Ida", new BigDecimal("10"), new BigDecimal("20"),
                                "homes", Qualifier.RANGE, "homes on the coast", ClaimKind.COUNT)),
                List.of(new Event("e1", "Ida makes landfall", "2021-08-29", "s1",
                        List.of(new Span("a", 0, 34), new Span("b", 0, 50)), false, "2021-08-30",
                        List.of("same day, same actor: Ida; makes landfall"))),
                List.of(new Story("s1", "Hurricane Ida", "2021-08-26", "2021-09-04")),
                List.of(new QuoteCluster("k1", new Speaker("Jane Roe"),
                        List.of(new Variant("q1", Verdict.REFERENCE, new Speaker("Jane Roe"), false)))),
                List.of(new Coverage("c1", "Ida", List.of("a", "b"), List.of(
                        new Happening("h1", "hit", "strike", "2021-08-29", List.of(new Span("a", 10, 13),
                                new Span("b", 4, 8)), List.of("e1")),
                        new Happening("h2", "lost", "lose", null, List.of(new Span("a", 40, 44)), List.of())))));
    }

    @Test
    void sampleSpansCoverTheirText() {
        Corpus c = sample();
        var byId = c.articlesById();
        c.timexes().forEach(t -> assertThat(byId.get(t.span().articleId()).textOf(t.span())).isEqualTo(t.text()));
        c.quotes().forEach(q -> assertThat(byId.get(q.articleId()).textOf(q.span())).isEqualTo(q.text()));
        c.claims().forEach(k -> assertThat(byId.get(k.articleId()).textOf(k.span())).isEqualTo(k.text()));
    }

    @Test
    void roundTripKeepsEveryItem() throws Exception {
        Corpus original = sample();
        Corpus back = json.fromJson(json.toJson(original));
        assertThat(back.articles()).isEqualTo(original.articles()); // with the lines cleaning removed
        assertThat(back.articles().get(0).removedLines()).containsExactly("Share this");
        assertThat(back.articles().get(1).outlet()).isEqualTo(Outlet.UNKNOWN);
        assertThat(back.articles().get(1).publishedFrom()).isEqualTo(DateSource.UNKNOWN);
        assertThat(back.timexes()).isEqualTo(original.timexes());
        assertThat(back.quotes()).isEqualTo(original.quotes());
        assertThat(back.claims()).isEqualTo(original.claims());
        assertThat(back.events()).isEqualTo(original.events());
        assertThat(back.stories()).isEqualTo(original.stories());
        assertThat(back.quoteClusters()).isEqualTo(original.quoteClusters());
        assertThat(back.coverages()).isEqualTo(original.coverages());
    }

    @Test
    void aDocumentWrittenBeforeCoveragesReadsAsNone() throws Exception {
        String old = json.toJson(sample()).replaceAll(",\\s*\"coverages\" : \\[[\\s\\S]*\\]\\s*}\\s*$", "}");
        assertThat(old).doesNotContain("coverages").contains("quoteClusters");
        assertThat(json.fromJson(old).coverages()).isEmpty();
    }

    @Test
    void aCoverageOfAnArticleNotInTheDocumentIsRefused() {
        String bad = json.toJson(sample()).replace("\"articles\" : [ \"a\", \"b\" ]", "\"articles\" : [ \"a\", \"x\" ]");
        assertThat(bad).contains("\"x\"");
        assertThatThrownBy(() -> json.fromJson(bad)).isInstanceOf(ModelFormatException.class).hasMessageContaining("x");
    }

    @Test
    void writesTheDocumentedLayout() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("sample.expected.json")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(json.toJson(sample()).replace("\r\n", "\n")).isEqualTo(expected);
    }

    @Test
    void anEventWrittenBeforeRangesAndReasonsReadsAsAPointWithNone() throws Exception {
        String old = json.toJson(sample()).replace("\"end\" : \"2021-08-30\",", "")
                .replaceAll("\"reasons\" : \\[[^\\]]*\\],", "");
        Event e = json.fromJson(old).events().get(0);
        assertThat(e.end()).isNull();
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void anArticleWrittenBeforeRemovedLinesReadsAsNoneRemoved() throws Exception {
        String old = json.toJson(sample()).replaceAll(",\\s*\"removedLines\" : \\[[^\\]]*\\]", "");
        assertThat(old).doesNotContain("removedLines");
        assertThat(json.fromJson(old).articles()).allSatisfy(a -> assertThat(a.removedLines()).isEmpty());
    }

    @Test
    void aQuoteWrittenBeforeSpeakerReasonsReadsWithNone() throws Exception {
        String old = json.toJson(sample()).replaceAll(",\\s*\"speakerFrom\" : \"[a-z]+\"", "");
        assertThat(old).doesNotContain("speakerFrom");
        Quote q = json.fromJson(old).quotes().get(0);
        assertThat(q.speaker()).isEqualTo(new Speaker("Jane Roe"));
        assertThat(q.speakerFromIfKnown()).isEmpty();
    }

    @Test
    void rejectsAnUnknownSchemaVersion() {
        assertThatThrownBy(() -> json.fromJson("{\"schemaVersion\": 2, \"articles\": []}"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessage("unsupported schemaVersion 2: this version of Parallax reads schemaVersion 1");
    }

    @Test
    void namesLineAndColumnOfASyntaxError() {
        assertThatThrownBy(() -> json.fromJson("{\n  \"schemaVersion\": 1,\n  \"articles\": [ }\n"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith("not valid JSON at line 3, column 17");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                                                  | no schemaVersion",
        "[]                                                                  | expected a JSON object",
        "{\"schemaVersion\":1,\"articles\":{}}                               | articles must be an array",
        "{\"schemaVersion\":1,\"articles\":[{\"id\":\"a\",\"file\":\"a.txt\"}]} | articles[0]: missing text",
        "{\"schemaVersion\":1,\"articles\":[],\"timexes\":[{\"article\":\"x\",\"start\":0,\"end\":1,\"text\":\"t\",\"type\":\"DATE\",\"value\":\"2015\"}]} | timexes[0]: names article \"x\", which is not in articles",
        "{\"schemaVersion\":1,\"articles\":[{\"id\":\"a\",\"file\":\"a\",\"text\":\"abc\"}],\"quotes\":[{\"id\":\"q\",\"article\":\"a\",\"start\":1,\"end\":9,\"text\":\"t\",\"kind\":\"direct\"}]} | quotes[0]: span [1, 9) is outside article \"a\" (length 3)",
        "{\"schemaVersion\":1,\"articles\":[{\"id\":\"a\",\"file\":\"a\",\"text\":\"abc\"}],\"quotes\":[{\"id\":\"q\",\"article\":\"a\",\"start\":0,\"end\":1,\"text\":\"t\",\"kind\":\"shouted\"}]} | quotes[0]: unknown kind \"shouted\"",
        "{\"schemaVersion\":1,\"articles\":[{\"id\":\"a\",\"file\":\"a\",\"text\":\"abc\"}],\"quotes\":[{\"id\":\"q\",\"article\":\"a\",\"start\":0,\"end\":1,\"text\":\"t\",\"kind\":\"direct\",\"speakerFrom\":\"cue\"}]} | quotes[0]: speakerFrom needs a speaker",
        "{\"schemaVersion\":1,\"articles\":[{\"id\":\"a\",\"file\":\"a\",\"text\":\"abc\"}],\"quotes\":[{\"id\":\"q\",\"article\":\"a\",\"start\":0,\"end\":1,\"text\":\"t\",\"speaker\":\"X\",\"kind\":\"direct\",\"speakerFrom\":\"guess\"}]} | quotes[0]: unknown speakerFrom \"guess\"",
        "{\"schemaVersion\":1,\"articles\":[{\"id\":\"a\",\"file\":\"a\",\"text\":\"x\",\"published\":\"21/10/2015\",\"publishedFrom\":\"text\"}]} | articles[0]: published is not a date",
        "{\"schemaVersion\":1,\"articles\":[{\"id\":\"a\",\"file\":\"a\",\"text\":\"x\"},{\"id\":\"a\",\"file\":\"b\",\"text\":\"y\"}]} | article ids must be unique",
    })
    void explainsWhatIsWrong(String document, String message) {
        assertThatThrownBy(() -> json.fromJson(document))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aClaimWithoutTheLaterFieldsReadsAsAPlainCount() throws Exception {
        Corpus c = json.fromJson("{\"schemaVersion\":1,\"articles\":[{\"id\":\"a\",\"file\":\"a\",\"text\":\"12 dogs\"}],"
                + "\"claims\":[{\"id\":\"c\",\"article\":\"a\",\"start\":0,\"end\":7,\"text\":\"12 dogs\",\"value\":12,"
                + "\"unit\":\"dogs\"}]}");
        assertThat(c.claims()).singleElement().satisfies(k -> {
            assertThat(k.qualifier()).isEqualTo(Qualifier.NONE);
            assertThat(k.kind()).isEqualTo(ClaimKind.COUNT);
            assertThat(k.valueMax()).isNull();
        });
    }

    @Test
    void clusterMembersWithoutSpeakersReadAsNotRecordedAndInheritedOnesKeepTheirMark() throws Exception {
        String article = "{\"schemaVersion\":1,\"articles\":[{\"id\":\"a\",\"file\":\"a\",\"text\":\"Go home now\"},"
                + "{\"id\":\"b\",\"file\":\"b\",\"text\":\"Go home now\"}],\"quotes\":["
                + "{\"id\":\"q1\",\"article\":\"a\",\"start\":0,\"end\":11,\"text\":\"Go home now\","
                + "\"speaker\":\"Ann Lee\",\"kind\":\"direct\"},"
                + "{\"id\":\"q2\",\"article\":\"b\",\"start\":0,\"end\":11,\"text\":\"Go home now\","
                + "\"speaker\":null,\"kind\":\"direct\"}],";
        Corpus old = json.fromJson(article + "\"quoteClusters\":[{\"id\":\"k\",\"speaker\":\"Ann Lee\",\"members\":["
                + "{\"quote\":\"q1\",\"verdict\":\"reference\"},{\"quote\":\"q2\",\"verdict\":\"verbatim\"}]}]}");
        assertThat(old.quoteClusters()).singleElement().satisfies(c -> {
            assertThat(c.members()).extracting(Variant::speaker).containsOnlyNulls();
            assertThat(c.attributionDiffers()).isFalse();
        });
        Corpus now = json.fromJson(article + "\"quoteClusters\":[{\"id\":\"k\",\"speaker\":\"Ann Lee\",\"members\":["
                + "{\"quote\":\"q1\",\"verdict\":\"reference\",\"speaker\":\"Ann Lee\",\"speakerInherited\":false},"
                + "{\"quote\":\"q2\",\"verdict\":\"verbatim\",\"speaker\":\"Ann Lee\",\"speakerInherited\":true}],"
                + "\"attributionDiffers\":false}]}");
        assertThat(now.quoteClusters().get(0).members()).extracting(Variant::speakerInherited)
                .containsExactly(false, true);
        assertThat(json.fromJson(json.toJson(now)).quoteClusters()).isEqualTo(now.quoteClusters());
        assertThatThrownBy(() -> json.fromJson(article + "\"quoteClusters\":[{\"id\":\"k\",\"speaker\":null,"
                + "\"members\":[{\"quote\":\"q2\",\"verdict\":\"reference\",\"speakerInherited\":true}]}]}"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessage("quoteClusters[0].members[0]: speakerInherited needs a speaker");
    }

    @Test
    void missingLaterArraysReadAsEmpty() throws Exception {
        Corpus c = json.fromJson("{\"schemaVersion\":1,\"articles\":[{\"id\":\"a\",\"file\":\"a.txt\",\"text\":\"Hi.\"}]}");
        assertThat(c.articles()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Hi.");
            assertThat(a.isDated()).isFalse();
        });
        assertThat(c.events()).isEmpty();
    }

    @Test
    void aModelFileIsToldFromAnArticleFileByItsTopLevelSchemaVersion(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        ModelJson json = new ModelJson();
        java.nio.file.Path model = java.nio.file.Files.writeString(dir.resolve("m.json"), json.toJson(Corpus.EMPTY));
        java.nio.file.Path article = java.nio.file.Files.writeString(dir.resolve("a.json"),
                "{\"title\": \"Storm\", \"maintext\": \"It rained.\", \"meta\": {\"schemaVersion\": 1}}");
        java.nio.file.Path text = java.nio.file.Files.writeString(dir.resolve("m.txt"), json.toJson(Corpus.EMPTY));
        java.nio.file.Path notJson = java.nio.file.Files.writeString(dir.resolve("b.json"), "not json");
        assertThat(json.isModelFile(model)).isTrue();
        assertThat(json.isModelFile(article)).as("schemaVersion nested, not top level").isFalse();
        assertThat(json.isModelFile(text)).as("only .json files").isFalse();
        assertThat(json.isModelFile(notJson)).isFalse();
        assertThat(json.isModelFile(dir)).isFalse();
    }
}
