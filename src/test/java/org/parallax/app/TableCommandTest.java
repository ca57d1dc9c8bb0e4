package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code parallax table}: one CSV table of a folder, to a file or standard output; bad arguments exit 2. */
class TableCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void writesATableReadableByEveryone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.csv");
        assertThat(run("table", "resources/corpus", "--table", "events", "--out", file.toString())).isEqualTo(Cli.OK);
        assertThat(Files.readString(file)).startsWith("event_id,date,end_date,label");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("wrote " + file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void withoutOutItWritesToStandardOutput() {
        assertThat(run("table", "resources/corpus", "--table", "articles")).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "resources/corpus                      | Missing required option: '--table=articles",
        "resources/corpus --table pies         | unknown table 'pies': use articles, events, quotes, figures, coverage",
        "--table events                        | Missing required parameter: 'FOLDER",
        "resources/corpus --table events --bold | Unknown option: '--bold'",
    })
    void badArgumentsExitWithUsage(String args, String message) {
        assertThat(run(("table " + args.strip()).split("\\s+"))).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parallax table: ").contains(message)
                .contains("Usage: parallax table ");
    }
}
