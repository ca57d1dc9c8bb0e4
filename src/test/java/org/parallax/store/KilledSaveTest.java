package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of saving (kill -9: no shutdown hook, no finally) leaves the previous workspace
 * whole: the file always reads, with nothing reported missing.
 */
class KilledSaveTest {

    @Test
    void aSaveKilledMidWayLeavesAWholeFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("work.parallax");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int attempt = 0; attempt < 3; attempt++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), file.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child.log").toFile()).start();
            try {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.exists(file) && System.nanoTime() < until) {
                    Thread.sleep(20);
                }
                assertThat(file).as("the child saved at least once").exists();
                Thread.sleep(150 + 170L * attempt); // somewhere inside a later save
            } finally {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            WorkspaceJson.Loaded read = new WorkspaceJson().read(file);
            assertThat(read.problems()).as("attempt %d", attempt).isEmpty();
            assertThat(read.workspace().extracted().articles()).hasSize(60);
        }
    }
}
