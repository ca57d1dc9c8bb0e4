package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataTest {

    @TempDir
    Path dir;

    @Test
    void theArchiveBesideTheJarIsFoundOnlyWhenTheJarIsTheWholeClassPath() throws IOException {
        Path jar = Files.writeString(dir.resolve("parallax.jar"), "jar");
        assertThat(ClassData.besideJar(jar.toString())).as("no archive yet").isEmpty();

        Path archive = Files.writeString(dir.resolve("parallax.jsa"), "archive");
        assertThat(ClassData.besideJar(jar.toString())).contains(archive.toAbsolutePath());
        assertThat(ClassData.besideJar(jar + File.pathSeparator + dir.resolve("other.jar"))).isEmpty();
        assertThat(ClassData.besideJar(dir.resolve("classes").toString())).isEmpty();
        assertThat(ClassData.besideJar("")).isEmpty();
    }

    /** A program of one class: the jar an archive is made for in {@link #anArchiveMapsOnlyForItsJarWhereItWasMade}. */
    public static final class Tiny {
        public static void main(String[] args) {
            // loads nothing but itself
        }
    }

    @Test
    void anArchiveMapsOnlyForItsJarWhereItWasMade() throws IOException, InterruptedException {
        String name = Tiny.class.getName().replace('.', '/') + ".class";
        Path jar = dir.resolve("made/tiny.jar");
        Files.createDirectories(jar.getParent());
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var in = Tiny.class.getClassLoader().getResourceAsStream(name)) {
            out.putNextEntry(new java.util.jar.JarEntry(name));
            in.transferTo(out);
        }
        Path archive = dir.resolve("made/tiny.jsa");
        Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-cp", jar.toString(), Tiny.class.getName())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(dump.waitFor()).isZero();
        assertThat(ClassData.maps(archive, jar.toString())).as("where it was made").isTrue();

        Path moved = Files.createDirectories(dir.resolve("moved"));
        Files.copy(jar, moved.resolve("tiny.jar"));
        Files.copy(archive, moved.resolve("tiny.jsa"));
        assertThat(ClassData.maps(moved.resolve("tiny.jsa"), moved.resolve("tiny.jar").toString()))
                .as("copied elsewhere with its jar").isFalse();
        assertThat(ClassData.maps(Files.writeString(dir.resolve("junk.jsa"), "junk"), jar.toString())).isFalse();
    }

    @Test
    void anArchiveOlderThanTheJarIsLeftOut() throws IOException {
        Path jar = Files.writeString(dir.resolve("parallax.jar"), "jar");
        Path archive = Files.writeString(dir.resolve("parallax.jsa"), "archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(ClassData.besideJar(jar.toString())).as("made by an earlier build").isEmpty();
        assertThat(ClassDataBuild.archiveOf(jar)).isEqualTo(archive);
    }

    @Test
    void theBenchLaunchesWithTheArchiveWhenGivenOne() {
        Path archive = dir.resolve("parallax.jsa");
        assertThat(StartBench.command(dir, false, "parallax.jar", Optional.of(archive)))
                .contains(ClassData.option(archive)).containsSubsequence("-jar", "parallax.jar");
        assertThat(StartBench.command(dir, false, "target/classes", Optional.empty()))
                .as("a build's classes").containsSubsequence("-cp", "target/classes", Launcher.class.getName());
        assertThat(StartBench.command(dir, true, "parallax.jar", Optional.empty()))
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }
}
