package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written safely is replaced whole or not at all, gets ordinary permissions, and keeps those of the file it
 * replaces.
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }

    private void assertOnlyFileIs(Path file) throws IOException {
        try (var listing = Files.list(dir)) {
            assertThat(listing).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("chart.svg");
        AtomicFiles.write(file, "old".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertOnlyFileIs(file);
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsRefused() {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("gone").resolve("model.json"), new byte[0]))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("the folder does not exist");
        assertThatThrownBy(() -> AtomicFiles.write(dir, new byte[0])).isInstanceOf(IOException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void aNewFileIsReadableByEveryoneNotPrivateLikeATemporaryFile() throws Exception {
        posixOnly();
        Path file = dir.resolve("chart.png");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws Exception {
        posixOnly();
        Path file = dir.resolve("chart.svg");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        assertThat(Files.readString(file)).isEqualTo("new");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(file, out -> out.write("newer".getBytes(StandardCharsets.UTF_8)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        assertOnlyFileIs(file);
    }
}
