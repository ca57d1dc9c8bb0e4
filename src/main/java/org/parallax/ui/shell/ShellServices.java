package org.parallax.ui.shell;

import java.util.Objects;
import java.util.function.Consumer;
import org.parallax.ui.common.Settings;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * What the shell needs from outside, so tests can hand it fakes.
 *
 * @param runner   the one task runner
 * @param source   where corpora come from
 * @param settings where window state, recent folders and the theme are remembered
 * @param chooser  asks for a folder (Ctrl+O)
 * @param browser  opens an article's address in the user's browser
 */
public record ShellServices(TaskRunner runner, CorpusSource source, Settings settings, FolderChooser chooser,
                            Consumer<String> browser) {

    public ShellServices {
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(chooser, "chooser");
        browser = browser == null ? url -> { } : browser;
    }
}
