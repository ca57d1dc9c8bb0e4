package org.parallax.extract.source;

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
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;

/**
 * Fixture pairs: {@code case.txt} (an article; lines "%removed: ..." are its removed page furniture, "%url: ..."
 * its address) and {@code case.expected.json} (outlet, evidence, published, publishedFrom, how, datelineDay;
 * null where nothing may be found). Made-up articles, not the sample corpus.
 */
class SourceFixtureTest {

    private static final Path FOLDER = folder();
    private final SourceInference inference = new SourceInference();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsWhatTheTextSays(String name) throws IOException {
        Article article = article(name, Files.readString(FOLDER.resolve(name + ".txt"), StandardCharsets.UTF_8));
        JsonNode expected = new ObjectMapper().readTree(FOLDER.resolve(name + ".expected.json").toFile());

        SourceInference.Reading reading = inference.read(article);
        Article inferred = inference.infer(Corpus.of(List.of(article))).articles().get(0);

        if (expected.path("outlet").isNull()) {
            assertThat(reading.outlet()).as("outlet").isEmpty();
            assertThat(inferred.outlet()).isEqualTo(Outlet.UNKNOWN);
        } else {
            assertThat(inferred.outlet().name()).as("outlet").isEqualTo(expected.get("outlet").asText());
            assertThat(reading.outlet().orElseThrow().evidence().name()).as("evidence")
                    .isEqualTo(expected.get("evidence").asText());
        }
        if (expected.path("published").isNull()) {
            assertThat(inferred.publishedFrom()).as("undated").isEqualTo(DateSource.UNKNOWN);
            assertThat(inferred.published()).isNull();
        } else {
            assertThat(inferred.published()).as("published").hasToString(expected.get("published").asText());
            assertThat(inferred.publishedFrom().jsonName()).isEqualTo(expected.get("publishedFrom").asText());
            assertThat(reading.date().orElseThrow().how()).as("rule").isEqualTo(expected.get("how").asText());
        }
        if (expected.has("datelineDay")) {
            assertThat(reading.datelineDay()).map(Object::toString).contains(expected.get("datelineDay").asText());
        }
    }

    static Article article(String id, String fixture) {
        List<String> removed = new ArrayList<>();
        String url = "";
        StringBuilder text = new StringBuilder();
        for (String line : fixture.split("\n", -1)) {
            if (line.startsWith("%removed: ")) {
                removed.add(line.substring("%removed: ".length()));
            } else if (line.startsWith("%url: ")) {
                url = line.substring("%url: ".length());
            } else {
                text.append(line).append('\n');
            }
        }
        return new Article(id, id + ".txt", Outlet.UNKNOWN, "", null, DateSource.UNKNOWN, url, text.toString().strip(),
                removed);
    }

    private static Path folder() {
        try {
            return Path.of(SourceFixtureTest.class.getResource("email-contact.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
