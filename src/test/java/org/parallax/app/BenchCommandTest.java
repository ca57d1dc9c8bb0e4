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
    void extractRunsAtTheSizesNamed(@TempDir Path noCorpora) {
        assertThat(run("bench", "extract", "--sizes", "6,3", "--corpora", noCorpora.resolve("none").toString(),
                "--json")).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"articles\": 6", "\"cpu_s_3\": ", "\"cpu_s_6\": ", "\"timex_exponent_3_6\": ",
                "\"heap_exponent_3_6\": ", "\"heap_after_gc_mb_6\": ", "\"heap_retained_mb_3\": ",
                "\"compile_s_3\": ", "\"compile_s_6\": ").doesNotContain("cpu_s_1\"");
        // the compilers it ran on, since figures differ by half between them
        assertThat(json).contains("\"jit\": \"" + ExtractBench.compilers() + "\"");
        // and whether the heap lay in huge pages, which changes them by an eighth to a third (decision 0110)
        assertThat(json).contains("\"huge_pages\": \"" + ExtractBench.hugePages() + "\"");
        // the largest run's phases in order, each with its wall time and the cores it kept busy
        assertThat(json).containsSubsequence("\"per_article_wall_s\": ", "\"per_article_busy_cores\": ",
                "\"quotes_wall_s\": ", "\"events_wall_s\": ", "\"coverages_wall_s\": ",
                "\"quote_clusters_busy_cores\": ");
    }

    @Test
    void extractRunsEverySizeInRoundsAndSaysHowMany(@TempDir Path noCorpora) {
        assertThat(run("bench", "extract", "--sizes", "2,4", "--rounds", "2", "--corpora",
                noCorpora.resolve("none").toString(), "--json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"rounds\": 2", "\"cpu_s_4\": ",
                "\"events_exponent_2_4\": ");
    }

    @Test
    void theTableEndsWithTheLargestRunsPhasesAndTheCoresTheyKeptBusy(@TempDir Path noCorpora) {
        assertThat(run("bench", "extract", "--sizes", "3,5", "--corpora", noCorpora.resolve("none").toString()))
                .isZero();
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("JIT " + ExtractBench.compilers() + ", huge pages " + ExtractBench.hugePages(),
                "compile s").contains("Phases of the 5-article run").containsPattern(
                "(?m)^per article +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+\\.\\d\\d$")
                .containsSubsequence("per article", "quotes", "events", "coverages", "quote clusters");
    }

    @Test
    void folderOpensEachSizeAsTheWindowDoes(@TempDir Path dir) {
        assertThat(run("bench", "folder", "--sizes", "4,8", "--small", "--corpora", dir.resolve("none").toString(),
                "--keep", dir.resolve("kept").toString(), "--json")).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"small\": true", "\"wall_s_4\": ", "\"read_s_8\": ", "\"analyse_s_8\": ",
                "\"compare_s_8\": ", "\"heap_after_gc_mb_8\": ", "\"heap_exponent_4_8\": ");
        assertThat(dir.resolve("kept/n8/articles/a000007.txt")).exists();
        assertThat(dir.resolve("kept/n8/cache")).doesNotExist();
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("bench")).isEqualTo(2);
        assertThat(run("bench", "extract", "--articles", "lots")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parallax bench extract: Invalid value for option '--articles': needs a positive whole number, not lots");
        assertThat(run("bench", "timeline", "--fast")).isEqualTo(2);
        assertThat(run("bench", "open", "--articles", "0")).isEqualTo(2);
        assertThat(run("bench", "extract", "--sizes", "1000,none")).isEqualTo(2);
        assertThat(run("bench", "folder", "--sizes", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parallax bench timeline: Unknown option: '--fast'");
    }
}
