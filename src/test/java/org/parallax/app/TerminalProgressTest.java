package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.load.LoadProgress;

class TerminalProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void noProgressOnAStreamThatIsNotTheProcesssOwn() {
        assertThat(TerminalProgress.on(err)).isSameAs(LoadProgress.NONE);
    }

    @Test
    void noProgressWithoutATerminal() {
        assumeTrue(System.console() == null, "run from a terminal"); // surefire's fork, a pipe, a redirect
        assertThat(TerminalProgress.on(System.err)).isSameAs(LoadProgress.NONE);
    }

    @Test
    void oneLineOverwrittenInPlaceThenCleared() {
        TerminalProgress progress = new TerminalProgress(err);
        progress.fileDone(1, 3, "reading a-long-name.txt");
        progress.fileDone(3, 3, "comparing");
        TerminalProgress.done(progress);
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\rReading a-long-name.txt 1/3…\rComparing 3/3…").doesNotContain("\n")
                .endsWith("\r");
        assertThat(shown.split("\r")[2]).as("the shorter line blanks what is left of the longer").hasSize(
                "Reading a-long-name.txt 1/3…".length());
    }

    @Test
    void articlesAnalysedAreShownToo() {
        new TerminalProgress(err).articleDone(2, 5, "b.txt");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rAnalysing b.txt 2/5…");
    }
}
