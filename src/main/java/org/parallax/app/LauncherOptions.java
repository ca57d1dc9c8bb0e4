package org.parallax.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Java options the app runs with: the {@code --java-options} of {@code installers/common.args}, then those of
 * the running OS's {@code installers/<os>/java.args} (an option only one OS's Java knows, decision 0110), the one
 * place for them, which the build packs into the jar beside this class. The installed launcher starts Java with
 * them; {@link Relaunch} starts a plain {@code java -jar} with them too.
 */
final class LauncherOptions {

    /** The packed copy of {@code installers/common.args} (the pom's resources). */
    static final String RESOURCE = "common.args";

    /** The packed copy of an OS's own {@code installers/<os>/java.args}, below its folder's name. */
    static final String OS_RESOURCE = "java.args";

    private static final String OPTION = "--java-options";

    private LauncherOptions() {
    }

    /** The options of the packed argument files for this OS; none when the jar was built without them. */
    static List<String> packed() {
        return packed(System.getProperty("os.name", ""));
    }

    /** The options of the packed argument files for the OS of {@code os.name} {@code osName}. */
    static List<String> packed(String osName) {
        List<String> options = new ArrayList<>(resource(RESOURCE));
        osFolder(osName).ifPresent(os -> options.addAll(resource(os + "/" + OS_RESOURCE)));
        return List.copyOf(options);
    }

    /**
     * The folder of {@code installers/} that holds an OS's own files, named as the pom's {@code installer-os-*}
     * profiles name it, for an {@code os.name}; none for an OS the installers do not know.
     */
    static Optional<String> osFolder(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return Optional.of("linux");
        }
        if (name.startsWith("mac")) {
            return Optional.of("macos");
        }
        return name.startsWith("windows") ? Optional.of("windows") : Optional.empty();
    }

    private static List<String> resource(String name) {
        try (InputStream in = LauncherOptions.class.getResourceAsStream(name)) {
            return in == null ? List.of() : read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The values of the {@code --java-options} lines of a jpackage argument file, in order: one option a line, as
     * {@code common.args} writes them, a value in double quotes unquoted.
     */
    static List<String> read(BufferedReader lines) throws IOException {
        List<String> options = new ArrayList<>();
        String line;
        while ((line = lines.readLine()) != null) {
            String s = line.strip();
            if (!s.startsWith(OPTION + " ")) {
                continue;
            }
            String value = s.substring(OPTION.length()).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (!value.isEmpty()) {
                options.add(value);
            }
        }
        return List.copyOf(options);
    }
}
