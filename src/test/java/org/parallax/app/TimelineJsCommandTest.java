package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code parallax timelinejs}: the TimelineJS JSON of a folder, written like every other file; bad arguments exit 2. */
class TimelineJsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void writesTheBundledCorpusAsTimelineJsJsonReadableByEveryone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("timeline.json");
        assertThat(run("timelinejs", "resources/corpus", "--out", file.toString())).isEqualTo(Cli.OK);
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        assertThat(doc.get("events").size()).isGreaterThan(5);
        assertThat(doc.get("eras")).hasSize(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote " + file).contains("2 eras");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "resources/corpus                            | Missing required option: '--out=FILE.json'",
        "--out x.json                                | Missing required parameter: 'FOLDER",
        "resources/corpus --out x.json --from 2016-01-01 --to 2015-01-01 | --to 2015-01-01 is before --from 2016-01-01",
        "resources/corpus --out x.json --story nope  | unknown story 'nope'",
        "resources/corpus --out x.json --colour red  | Unknown options: '--colour', 'red'",
    })
    void badArgumentsExitWithUsage(String args, String message) {
        String[] parts = ("timelinejs " + args.strip()).split("\\s+");
        assertThat(run(parts)).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parallax timelinejs: ").contains(message)
                .contains("Usage: parallax timelinejs ");
    }
}
