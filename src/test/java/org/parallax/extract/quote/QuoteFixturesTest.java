package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;

/**
 * Fixture pairs in {@code fixtures/}: {@code NAME.txt} is an article (paragraphs separated by a blank line),
 * an optional {@code NAME.more.txt} a second article of the same corpus (for names and roles learned across
 * articles), and {@code NAME.expected.json} the quotes of the first article, in text order:
 * {@code {"quotes": [{"text", "speaker" (or null), "kind"}]}}. The sentences are not from the sample corpus.
 */
class QuoteFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.endsWith(".more.txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsTheExpectedQuotes(String name) throws Exception {
        List<Article> articles = new ArrayList<>();
        articles.add(article(name, read(name + ".txt")));
        Path more = folder().resolve(name + ".more.txt");
        if (Files.exists(more)) {
            articles.add(article(name + ".more", Files.readString(more, StandardCharsets.UTF_8)));
        }
        List<Quote> quotes = new QuoteExtractor().extract(Corpus.of(articles)).stream()
                .filter(q -> q.articleId().equals(name)).toList();

        List<String> actual = quotes.stream().map(QuoteFixturesTest::describe).toList();
        List<String> expected = new ArrayList<>();
        for (JsonNode q : JSON.readTree(read(name + ".expected.json")).get("quotes")) {
            String speaker = q.get("speaker").isNull() ? "-" : q.get("speaker").asText();
            expected.add(q.get("kind").asText() + " | " + speaker + " | " + q.get("text").asText());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        String text = articles.get(0).text();
        for (Quote q : quotes) {
            assertThat(q.span().of(text)).isEqualTo(q.text());
        }
    }

    static String describe(Quote q) {
        return q.kind().jsonName() + " | " + (q.speaker() == null ? "-" : q.speaker().name()) + " | " + q.text();
    }

    static Article article(String id, String text) {
        String cleaned = text.replace("\r\n", "\n").strip();
        return new Article(id, id + ".txt", null, "", null, null, "", cleaned, List.of());
    }

    private static String read(String file) throws IOException, URISyntaxException {
        return Files.readString(folder().resolve(file), StandardCharsets.UTF_8);
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(QuoteFixturesTest.class.getResource("fixtures").toURI());
    }
}
