package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code readers/NAME.ext} is read by its format's reader and compared with {@code NAME.expected.json}:
 * title, outlet, published, url, the body {@code text} as the reader hands it to the cleaner (paragraphs
 * separated by a blank line), and the warnings as "file:line:column: message". The cleaner is not involved,
 * so these pairs pin down reading and decoding alone.
 */
class ReaderFixturesTest {

    private static final Path FOLDER = Path.of("src/test/resources/org/parallax/load/readers");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".expected.json") && !n.startsWith(".")).sorted().toList();
            assertThat(names).as("fixtures in " + FOLDER).hasSizeGreaterThan(10);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void readsAsExpected(String name) throws IOException {
        Path input = FOLDER.resolve(name);
        JsonNode expected = JSON.readTree(FOLDER.resolve(name.replaceFirst("\\.[^.]+$", ".expected.json")).toFile());
        ArticleReader reader = ArticleFormat.of(name).orElseThrow().newReader();

        ReadOutcome outcome = reader.read(Files.readAllBytes(input), name, input.toUri().toString());

        RawArticle article = outcome.article().orElseThrow(() -> new AssertionError("no article: " + outcome.warnings()));
        assertThat(article.body()).isEqualTo(expected.get("text").asText());
        assertThat(article.title()).isEqualTo(expected.get("title").asText());
        assertThat(article.outlet()).isEqualTo(expected.get("outlet").asText());
        assertThat(article.url()).isEqualTo(expected.get("url").asText());
        JsonNode published = expected.get("published");
        assertThat(article.published()).isEqualTo(published.isNull() ? null : LocalDate.parse(published.asText()));
        List<String> warnings = new ArrayList<>();
        expected.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(outcome.warnings()).extracting(LoadWarning::toString).containsExactlyElementsOf(warnings);
    }
}
