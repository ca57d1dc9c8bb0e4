package org.parallax.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java options the app runs with: the {@code --java-options} of {@code installers/common.args}, the one place
 * for them, which the build packs into the jar beside this class. The installed launcher starts Java with them;
 * {@link Relaunch} starts a plain {@code java -jar} with them too.
 */
final class LauncherOptions {

    /** The packed copy of {@code installers/common.args} (the pom's resources). */
    static final String RESOURCE = "common.args";

    private static final String OPTION = "--java-options";

    private LauncherOptions() {
    }

    /** The options of the packed argument file; none when the jar was built without it. */
    static List<String> packed() {
        try (InputStream in = LauncherOptions.class.getResourceAsStream(RESOURCE)) {
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
