package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.SameThreadTaskRunner;

/** A one-file export: suggests a name, remembers the folder, writes, says what it wrote or why it could not. */
class FileExportTest {

    private static final FileExport.Kind KIND = new FileExport.Kind("the timeline", "TimelineJS JSON", "json");

    private final List<String> written = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final List<String> suggested = new ArrayList<>();
    private final InMemorySettings settings = new InMemorySettings();

    private FileExport exportTo(Path file) {
        return new FileExport(new SameThreadTaskRunner(), (owner, folder, name, kind) -> {
            suggested.add(name);
            return Optional.ofNullable(file);
        }, settings, new FileExport.Outcome() {
            @Override
            public void written(String message) {
                written.add(message);
            }

            @Override
            public void failed(String message) {
                failed.add(message);
            }
        });
    }

    @Test
    void writesAndSaysWhatItWrote(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.json");
        exportTo(file).export(null, KIND, "timeline", "Assad visits", f -> {
            Files.writeString(f, "{}");
            return "Wrote " + f.getFileName();
        });

        assertThat(suggested).containsExactly("timeline-assad-visits.json");
        assertThat(file).hasContent("{}");
        assertThat(written).containsExactly("Wrote out.json");
        assertThat(failed).isEmpty();
        assertThat(settings.get(ExportDialogViewModel.FOLDER_KEY)).contains(dir.toAbsolutePath().toString());
    }

    @Test
    void aCancelledChoiceWritesNothing() {
        List<Path> asked = new ArrayList<>();
        exportTo(null).export(null, KIND, "events", null, f -> {
            asked.add(f);
            return "";
        });
        assertThat(suggested).containsExactly("events.json");
        assertThat(asked).isEmpty();
        assertThat(written).isEmpty();
        assertThat(failed).isEmpty();
    }

    @Test
    void aFailedWriteNamesWhatTheFileAndTheReason(@TempDir Path dir) {
        Path file = dir.resolve("missing-folder").resolve("out.json");
        exportTo(file).export(null, KIND, "timeline", null, f -> {
            Files.writeString(f, "{}");
            return "never";
        });
        assertThat(written).isEmpty();
        assertThat(failed).singleElement().asString().startsWith("Could not export the timeline to " + file);
    }
}
