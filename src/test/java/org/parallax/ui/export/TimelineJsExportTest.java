package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.SameThreadTaskRunner;
import org.parallax.testing.SampleCorpus;

/** File → Export for TimelineJS…: suggests a name, writes the shown corpus, says what it wrote or why it could not. */
class TimelineJsExportTest {

    private final List<String> written = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final List<String> suggested = new ArrayList<>();
    private final InMemorySettings settings = new InMemorySettings();

    private TimelineJsExport exportTo(Path file) {
        return new TimelineJsExport(new SameThreadTaskRunner(), (owner, folder, name) -> {
            suggested.add(name);
            return Optional.ofNullable(file);
        }, settings, new TimelineJsExport.Outcome() {
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
    void writesTheShownTimelineAndSaysHowToPublishIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.json");
        exportTo(file).export(null, SampleCorpus.get(), "Assad visits");

        assertThat(suggested).containsExactly("timeline-assad-visits.json");
        assertThat(new ObjectMapper().readTree(file.toFile()).get("eras")).hasSize(2);
        assertThat(written).singleElement().asString().startsWith("Wrote out.json with ").contains("TimelineJS");
        assertThat(failed).isEmpty();
        assertThat(settings.get(ExportDialogViewModel.FOLDER_KEY)).contains(dir.toAbsolutePath().toString());
    }

    @Test
    void aCancelledChoiceWritesNothing() {
        exportTo(null).export(null, SampleCorpus.get(), null);
        assertThat(suggested).containsExactly("timeline.json");
        assertThat(written).isEmpty();
        assertThat(failed).isEmpty();
    }

    @Test
    void aFailedWriteNamesTheFileAndTheReason(@TempDir Path dir) {
        Path file = dir.resolve("missing-folder").resolve("out.json");
        exportTo(file).export(null, SampleCorpus.get(), null);
        assertThat(written).isEmpty();
        assertThat(failed).singleElement().asString().startsWith("Could not export the timeline to " + file);
    }
}
