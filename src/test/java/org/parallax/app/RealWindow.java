package org.parallax.app;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.FxTaskRunner;
import org.parallax.ui.shell.FolderChooser;
import org.parallax.ui.shell.ShellServices;
import org.parallax.ui.shell.WindowParts;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the user gets it, on the real pipeline and runner, with settings in memory and no browser. */
final class RealWindow {

    private RealWindow() {
    }

    static ParallaxApplication application(FolderChooser chooser) {
        return new ParallaxApplication(host -> new ShellServices(new FxTaskRunner(),
                ParallaxApplication.source(Pipeline.standard()), new InMemorySettings(), chooser, url -> { }));
    }

    /** An application whose folder chooser is always cancelled. */
    static ParallaxApplication application() {
        return application((owner, initial) -> Optional.empty());
    }

    /** Waits until the list shows {@code count} articles and the window has done all its work for them. */
    static void waitForArticles(WindowParts parts, int count) throws Exception {
        // looked up on the FX thread: a lookup from the test thread races the window changing its children
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> parts.articleTable().getItems().size() == count && !parts.progressBar().isVisible()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
