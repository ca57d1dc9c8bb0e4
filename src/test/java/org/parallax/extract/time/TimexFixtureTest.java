package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.TimeMention;

/**
 * One case per rule family: {@code NAME.txt} is an article, {@code NAME.expected.json} its publication date,
 * date order and the mentions expected in order (all of them when {@code exact}; with their {@code mod} and
 * {@code anchor}, "-" for none, when {@code modAndAnchor}). None of the sentences come from the sample corpus or
 * any gold corpus.
 */
class TimexFixtureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(TimexFixtureTest.class.getResource("fixtures").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixture(String name) throws Exception {
        Path dir = Path.of(TimexFixtureTest.class.getResource("fixtures").toURI());
        String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8).strip();
        JsonNode expected = JSON.readTree(dir.resolve(name + ".expected.json").toFile());
        LocalDate published = expected.path("published").isNull() ? null
                : LocalDate.parse(expected.path("published").asText());
        DateOrder order = DateOrder.valueOf(expected.path("dateOrder").asText("MONTH_FIRST"));
        Article article = new Article(name, name + ".txt", null, null, published,
                published == null ? DateSource.UNKNOWN : DateSource.MANIFEST, null, text, null);

        List<TimeMention> found = new TimexTagger(TimexOptions.of(order)).tag(article);

        boolean full = expected.path("modAndAnchor").asBoolean(false);
        List<String> actual = found.stream().map(m -> describe(m, full)).toList();
        List<String> wanted = new ArrayList<>();
        for (JsonNode m : expected.path("mentions")) {
            wanted.add(m.path("text").asText() + " | " + m.path("type").asText() + " | " + m.path("value").asText()
                    + (full ? " | " + m.path("mod").asText("-") + " | " + m.path("anchor").asText("-") : ""));
        }
        if (expected.path("exact").asBoolean(false)) {
            assertThat(actual).containsExactlyElementsOf(wanted);
        } else {
            assertThat(actual).containsSubsequence(wanted);
        }
        for (TimeMention m : found) {
            assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
        }
    }

    private static String describe(TimeMention m, boolean full) {
        return m.text() + " | " + m.type() + " | " + m.value() + (full ? " | " + (m.mod() == null ? "-" : m.mod().name())
                + " | " + (m.anchor() == null ? "-" : m.anchor().jsonName()) : "");
    }
}
