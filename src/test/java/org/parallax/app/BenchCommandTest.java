package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void printsTheFiguresScriptsRead(@TempDir Path noCorpora) {
        assertThat(run("bench", "extract", "--articles", "8", "--corpora", noCorpora.resolve("none").toString(),
                "--json")).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"articles\": 8", "\"mb_per_s\": ", "\"articles_per_s\": ", "\"heap_mb\": ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("using the bundled sample only");
    }

    @Test
    void openPrintsColdAndCachedTimesAndTheirRatio(@TempDir Path noCorpora) {
        assertThat(run("bench", "open", "--articles", "6", "--corpora", noCorpora.resolve("none").toString(),
                "--json")).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"articles\": 6", "\"cold_ms\": ", "\"cached_ms\": ", "\"ratio\": ",
                "\"one_changed_ms\": ", "\"uncached_ms\": ", "\"overlay_ms\": ", "\"redated_ms\": ");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("bench")).isEqualTo(2);
        assertThat(run("bench", "extract", "--articles", "lots")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parallax bench extract: Invalid value for option '--articles': needs a positive whole number, not lots");
        assertThat(run("bench", "timeline", "--fast")).isEqualTo(2);
        assertThat(run("bench", "open", "--articles", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parallax bench timeline: Unknown option: '--fast'");
    }
}
