package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixture pairs in {@code clean/}: {@code NAME.txt} is cleaned and compared with {@code NAME.expected.txt}; an
 * optional {@code NAME.known-title.txt} is the metadata title passed in and {@code NAME.expected-title.txt} the
 * title expected back. The inputs are not the bundled articles, so the rules are shown to be general.
 */
class ArticleCleanerFixtureTest {

    private static final String EXPECTED = ".expected.txt";
    private static final String EXPECTED_TITLE = ".expected-title.txt";
    private static final String KNOWN_TITLE = ".known-title.txt";

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.endsWith(EXPECTED) && !n.endsWith(EXPECTED_TITLE)
                            && !n.endsWith(KNOWN_TITLE))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void cleansAsExpected(String name) throws Exception {
        String knownTitle = readIfPresent(name + KNOWN_TITLE, "");
        CleanedText cleaned = new ArticleCleaner().clean(read(name + ".txt"), knownTitle);

        assertThat(cleaned.text()).isEqualTo(read(name + EXPECTED));
        String expectedTitle = readIfPresent(name + EXPECTED_TITLE, null);
        if (expectedTitle != null) {
            assertThat(cleaned.title()).isEqualTo(expectedTitle);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void losesNothingButWhitespace(String name) throws Exception {
        CleanedText cleaned = new ArticleCleaner().clean(read(name + ".txt"), readIfPresent(name + KNOWN_TITLE, ""));

        String kept = (cleaned.text() + String.join("", cleaned.removedLines())).replaceAll("[\\s\u00A0\u202F]", "");
        String input = read(name + ".txt").replaceAll("[\\s\u00A0\u202F]", "");
        assertThat(kept).hasSameSizeAs(input);
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(ArticleCleanerFixtureTest.class.getResource("clean").toURI());
    }

    private static String read(String file) throws IOException, URISyntaxException {
        return Files.readString(folder().resolve(file), StandardCharsets.UTF_8);
    }

    private static String readIfPresent(String file, String otherwise) throws IOException, URISyntaxException {
        Path path = folder().resolve(file);
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : otherwise;
    }
}
