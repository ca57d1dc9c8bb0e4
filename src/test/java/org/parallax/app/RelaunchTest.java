package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RelaunchTest {

    private static final List<String> OPTIONS = List.of("-Xss4m", "-XX:TieredStopAtLevel=1");
    private static final String JAVA = Path.of("/jdk", "bin", "java").toString();
    private static final String[] ARGS = {"extract", "news", "--out", "m.json"};

    private static Optional<List<String>> command(List<String> jvmArgs, Map<String, String> properties,
                                                  String classPath) {
        return Relaunch.command(new Relaunch.Jvm("/jdk", classPath, true, properties, () -> jvmArgs), () -> OPTIONS,
                () -> Optional.of(Path.of("/app/parallax.jsa")), ARGS);
    }

    @Test
    void aPlainJarLaunchStartsAnewWithTheAppsOptionsTheArchiveAndTheSameArguments() {
        assertThat(command(List.of(), Map.of(), "target/parallax.jar")).contains(List.of(JAVA, "-Xss4m",
                "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + Path.of("/app/parallax.jsa"), "-Xlog:cds*=off",
                "-Dparallax.relaunch=false", "-jar", "target/parallax.jar", "extract", "news", "--out", "m.json"));
    }

    @Test
    void theUsersPropertiesComeAfterTheAppsOptionsAndTheNewProcessNeverStartsAnewAgain() {
        List<String> c = command(List.of("-Dparallax.cache=/tmp/c", "-Duser.language=fr"), Map.of(),
                "parallax.jar").orElseThrow();
        assertThat(c.subList(1, 8)).containsExactly("-Xss4m", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + Path.of("/app/parallax.jsa"), "-Xlog:cds*=off", "-Dparallax.cache=/tmp/c",
                "-Duser.language=fr", "-Dparallax.relaunch=false");
        // the new process: told not to, and (were it not) carrying the app's options as its own
        assertThat(command(c.subList(1, 8), Map.of("parallax.relaunch", "false"), "parallax.jar")).isEmpty();
        assertThat(command(c.subList(1, 8), Map.of(), "parallax.jar")).as("the options are its own").isEmpty();
    }

    @Test
    void aLaunchWithJavaOptionsOfItsOwnRunsHereAsAsked() {
        for (String own : List.of("-Xmx8g", "-XX:+UseParallelGC", "-agentlib:jdwp=transport=dt_socket,server=y",
                "-javaagent:jacoco.jar", "-XX:ArchiveClassesAtExit=a.jsa", "-XX:StartFlightRecording=filename=x.jfr",
                "-ea")) {
            assertThat(command(List.of("-Dx=y", own), Map.of(), "parallax.jar")).as(own).isEmpty();
        }
    }

    @Test
    void theInstalledLauncherTheTestsAnIdeAHostProgramAndAnOptOutRunHere() {
        assertThat(command(List.of(), Map.of("jpackage.app-path", "/opt/parallax/bin/Parallax"), "parallax.jar"))
                .as("the installed launcher applied the options").isEmpty();
        assertThat(command(List.of(), Map.of("parallax.relaunch", "false"), "parallax.jar")).isEmpty();
        assertThat(command(List.of(), Map.of("parallax.relaunch", "true"), "parallax.jar")).isPresent();
        assertThat(command(List.of(), Map.of(), "target/classes")).as("not a jar").isEmpty();
        assertThat(command(List.of(), Map.of(), "a.jar" + File.pathSeparator + "b.jar")).isEmpty();
        assertThat(Relaunch.command(new Relaunch.Jvm("/jdk", "host.jar", false, Map.of(), List::of), () -> OPTIONS,
                Optional::empty, ARGS)).as("the app loaded by another program from its own jar").isEmpty();
        assertThat(Relaunch.command(new Relaunch.Jvm("/jdk", "parallax.jar", true, Map.of(), List::of), List::of,
                Optional::empty, ARGS)).as("a jar built without the launcher's options").isEmpty();
    }

    @Test
    void theJvmsOptionsAreNotAskedWhenAPropertyOrTheClassPathAlreadyDecides() {
        Supplier<List<String>> never = () -> {
            throw new AssertionError("asked for the options");
        };
        Supplier<Optional<Path>> noArchive = () -> {
            throw new AssertionError("looked for the archive");
        };
        assertThat(Relaunch.command(new Relaunch.Jvm("/jdk", "parallax.jar", true,
                Map.of("jpackage.app-path", "/opt/p"), never), never, noArchive, ARGS)).isEmpty();
        assertThat(Relaunch.command(new Relaunch.Jvm("/jdk", "parallax.jar", true,
                Map.of("parallax.relaunch", "false"), never), never, noArchive, ARGS)).as("the new process").isEmpty();
        assertThat(Relaunch.command(new Relaunch.Jvm("/jdk", "classes", false, Map.of(), never), never, noArchive,
                ARGS)).isEmpty();
    }

    @Test
    void optionsTheEnvironmentGaveAreLeftToTheNewProcessToPickUpAgain() {
        assertThat(Relaunch.withoutEnvironments(List.of("-Da=1", "-Db=2"), " -Da=1 ")).containsExactly("-Db=2");
        assertThat(Relaunch.withoutEnvironments(List.of("-Da=1"), null)).containsExactly("-Da=1");
    }

    @Test
    void withoutAnArchiveTheCommandLeavesItOut() {
        assertThat(Relaunch.command(new Relaunch.Jvm("/jdk", "parallax.jar", true, Map.of(), List::of), () -> OPTIONS,
                Optional::empty, new String[0])).contains(List.of(JAVA, "-Xss4m", "-XX:TieredStopAtLevel=1",
                "-Dparallax.relaunch=false", "-jar", "parallax.jar"));
    }

    @Test
    void theNewProcessesExitCodeIsReturnedAndACommandThatCannotStartGivesNone() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertThat(Relaunch.run(List.of(java, "-version"))).contains(0);
        assertThat(Relaunch.run(List.of(java, "-XX:NoSuchOptionAtAll"))).hasValueSatisfying(
                code -> assertThat(code).isNotZero());
        assertThat(Relaunch.run(List.of(Path.of("/no", "such", "java").toString()))).isEmpty();
    }

    @Test
    void theAppsOptionsAreTheJavaOptionsOfTheInstallersArgumentFileAndIncludeTheC1Compiler() throws IOException {
        assertThat(LauncherOptions.packed()).as("common.args packed beside the class")
                .contains("-XX:TieredStopAtLevel=1", "-XX:MaxRAMPercentage=50", "-Xss4m");
        List<String> common = argumentFile(Path.of("installers", "common.args"));
        assertThat(LauncherOptions.packed("Windows 11")).isEqualTo(common);
        assertThat(LauncherOptions.packed("Mac OS X")).isEqualTo(common);
        assertThat(LauncherOptions.packed("SunOS")).as("an OS the installers do not know").isEqualTo(common);
        List<String> linux = new ArrayList<>(common);
        linux.addAll(argumentFile(Path.of("installers", "linux", "java.args")));
        assertThat(LauncherOptions.packed("Linux")).isEqualTo(linux)
                .as("Linux's own, after the common ones").contains("-XX:+UseTransparentHugePages");
        assertThat(LauncherOptions.read(new BufferedReader(new StringReader("""
                --name Parallax
                --java-options -Xss4m
                  --java-options "-Dparallax.x=a b"
                --java-options
                --jlink-options "--strip-debug"
                """)))).containsExactly("-Xss4m", "-Dparallax.x=a b");
    }

    @Test
    void everyOsTheInstallersKnowHasItsOwnJavaOptionsFileAndItsFolderIsTheProfilesName() throws IOException {
        for (String os : List.of("linux", "macos", "windows")) {
            assertThat(Path.of("installers", os, "jpackage.args")).exists();
            assertThat(Path.of("installers", os, "java.args")).as("jpackage is given @installers/<os>/java.args")
                    .exists();
        }
        assertThat(LauncherOptions.osFolder("Linux")).contains("linux");
        assertThat(LauncherOptions.osFolder("Mac OS X")).contains("macos");
        assertThat(LauncherOptions.osFolder("Windows Server 2022")).contains("windows");
        assertThat(LauncherOptions.osFolder("FreeBSD")).isEmpty();
    }

    @Test
    void aTestJvmOnLinuxRunsWithLinuxsOwnOptionsAsTheAppDoes() throws IOException {
        assumeTrue(LauncherOptions.osFolder(System.getProperty("os.name", "")).equals(Optional.of("linux"))
                && System.getProperty("surefire.real.class.path") != null, "a JVM surefire started on Linux");
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).as("the pom's test-jvm-linux profile")
                .containsAll(argumentFile(Path.of("installers", "linux", "java.args")));
    }

    private static List<String> argumentFile(Path file) throws IOException {
        try (BufferedReader lines = new BufferedReader(new FileReader(file.toFile(), StandardCharsets.UTF_8))) {
            return LauncherOptions.read(lines);
        }
    }
}
