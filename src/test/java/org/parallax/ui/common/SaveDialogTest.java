package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name a save dialog returns: the extension added, and a file that only then exists replaced only when agreed. */
class SaveDialogTest {

    @TempDir
    Path dir;

    private final List<Path> asked = new ArrayList<>();

    @Test
    void aNameWithTheExtensionIsKeptAsChosenWithoutAskingAgain() throws IOException {
        Path chosen = Files.writeString(dir.resolve("Chart.PNG"), "old");
        assertThat(SaveDialog.withExtension(chosen, "png", p -> asked.add(p) && false)).contains(chosen);
        assertThat(asked).isEmpty(); // the platform dialog asked about this very name
    }

    @Test
    void aNameWithoutTheExtensionGetsIt() {
        assertThat(SaveDialog.withExtension(dir.resolve("chart"), "png", p -> asked.add(p) && false))
                .contains(dir.resolve("chart.png"));
        assertThat(asked).isEmpty();
    }

    @Test
    void aFileThatExistsOnlyOnceTheExtensionIsAddedIsReplacedOnlyWhenTheUserAgrees() throws IOException {
        Path existing = Files.writeString(dir.resolve("work.parallax"), "saved work");
        assertThat(SaveDialog.withExtension(dir.resolve("work"), "parallax", p -> asked.add(p) && false)).isEmpty();
        assertThat(asked).containsExactly(existing);
        assertThat(SaveDialog.withExtension(dir.resolve("work"), "parallax", p -> true)).contains(existing);
    }
}
