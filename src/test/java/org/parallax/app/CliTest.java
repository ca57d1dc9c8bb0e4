package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Corpus;
import org.parallax.store.ModelJson;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void extractPrintsModelJsonOfAFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.txt"), "A storm hit the town on Monday.\n");
        Files.writeString(dir.resolve("two.txt"), "The mayor spoke on Tuesday.\n");
        assertThat(run("extract", dir.toString())).isZero();
        Corpus corpus = new ModelJson().fromJson(out());
        assertThat(corpus.articles()).extracting(a -> a.id()).containsExactly("one", "two");
    }

    @Test
    void extractWritesToAFileWithOut(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectory(dir.resolve("in"));
        Files.writeString(articles.resolve("a.txt"), "Floods closed the bridge.\n");
        Path target = dir.resolve("out/model.json");
        assertThat(run("extract", articles.toString(), "--out", target.toString())).isZero();
        assertThat(out()).isEmpty();
        assertThat(new ModelJson().fromJson(Files.readString(target)).articles()).hasSize(1);
        try (var left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target); // no temporary file left behind
        }
    }

    @Test
    void versionIsThePomsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        // the project's own <version>, the first one after its artifactId
        String version = pom.replaceAll("(?s).*?<artifactId>parallax</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertThat(run("--version")).isZero();
        assertThat(out().strip()).isEqualTo("parallax " + version);
    }

    @Test
    void aMissingFolderIsOneLineAndNonZero(@TempDir Path dir) {
        int code = run("extract", dir.resolve("nowhere").toString());
        assertThat(code).isNotZero();
        assertThat(err().strip()).startsWith("parallax extract: no such folder: ").doesNotContain("\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void badArgumentsGiveUsageAndCodeTwo() {
        assertThat(run("extract")).isEqualTo(2);
        assertThat(err()).contains("parallax extract: Missing required parameter: 'FOLDER|WORKSPACE.parallax'")
                .contains("Usage: parallax extract [-h] [-o=FILE] FOLDER|WORKSPACE.parallax");
    }

    @Test
    void unknownOptionIsRefused(@TempDir Path dir) {
        assertThat(run("extract", dir.toString(), "--frobnicate")).isEqualTo(2);
        assertThat(err()).contains("parallax extract: Unknown option: '--frobnicate'");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage: parallax [FOLDER | FILE...]").containsPattern("\n  extract +Write the model JSON");
    }

    @Test
    void theReadmeShowsTheHelpAsItIs() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String block = readme.replaceAll("(?s).*## Command line\\s*```\\n(.*?)```.*", "$1");
        assertThat(run("--help")).isZero();
        assertThat(block).isEqualTo(out().replace(System.lineSeparator(), "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"extract", "eval", "eval timex", "eval speakers", "eval events", "eval timeline",
        "eval quotes", "bench", "bench extract", "bench open", "bench folder", "bench timeline", "bench adversarial",
        "bench start", "export", "timelinejs",
        "table"})
    void everyCommandPrintsItsHelp(String command) {
        assertThat(run((command + " --help").split(" "))).isZero();
        assertThat(out()).startsWith("Usage: parallax " + command + " [-h]").contains("-h, --help");
        assertThat(err()).isEmpty();
    }

    @Test
    void helpAlsoComesWithDashHAndTheHelpCommand() {
        assertThat(run("export", "-h")).isZero();
        assertThat(run("help", "table")).isZero();
        assertThat(out()).contains("Usage: parallax export [-h]").contains("Usage: parallax table [-h]");
    }

    @Test
    void everyOptionAndParameterIsDescribed() {
        List<String> bare = new ArrayList<>();
        collectUndescribed(Cli.commandLine(), bare);
        assertThat(bare).isEmpty();
    }

    private static void collectUndescribed(CommandLine command, List<String> bare) {
        CommandSpec spec = command.getCommandSpec();
        if (String.join("", spec.usageMessage().description()).isBlank()) {
            bare.add(spec.qualifiedName());
        }
        for (ArgSpec arg : spec.args()) {
            if (String.join("", arg.description()).isBlank()) {
                bare.add(spec.qualifiedName() + " " + arg);
            }
        }
        command.getSubcommands().values().forEach(c -> collectUndescribed(c, bare));
    }

    @Test
    void anUnknownSubCommandIsNamed() {
        assertThat(run("eval", "frobs", "x")).isEqualTo(Cli.USAGE);
        assertThat(err()).startsWith("parallax eval: unknown command 'frobs': use timex, speakers, events, timeline, "
                + "quotes" + System.lineSeparator() + "Usage: parallax eval ");
    }

    @Test
    void aMissingSubCommandIsAUsageError() {
        assertThat(run("bench")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("parallax bench: which one is missing: use extract, open, timeline");
    }

    @Test
    void onlyCommandsAreHandledHeadless() {
        assertThat(Cli.handles(new String[] {"extract", "x"})).isTrue();
        assertThat(Cli.handles(new String[] {"--help"})).isTrue();
        assertThat(Cli.handles(new String[] {"help"})).isTrue();
        assertThat(Cli.handles(new String[] {"--version"})).isTrue();
        assertThat(Cli.handles(new String[] {})).isFalse();
        assertThat(Cli.handles(new String[] {"/some/folder"})).isFalse();
    }
}
