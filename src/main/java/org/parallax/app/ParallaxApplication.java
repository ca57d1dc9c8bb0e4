package org.parallax.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.stage.Stage;
import java.nio.file.Path;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.store.ExtractionCache;
import org.parallax.store.TwoStageOverlay;
import org.parallax.ui.common.PreferencesSettings;
import org.parallax.ui.concurrent.FxTaskRunner;
import org.parallax.ui.shell.CorpusSource;
import org.parallax.ui.shell.FolderChooser;
import org.parallax.ui.shell.LoadRequest;
import org.parallax.ui.shell.ShellServices;
import org.parallax.ui.shell.ShellWindow;
import org.parallax.ui.shell.StartSkeleton;

/**
 * The JavaFX application: wires the real services (the FX task runner, the corpus loader, the user's
 * preferences, the platform folder dialog) into a {@link ShellWindow} and opens what the arguments name:
 * nothing opens the bundled corpus, a folder that folder, files those files.
 *
 * <p>{@code -Dparallax.dark=true|false} sets the theme for one run (screenshots); otherwise the
 * remembered one is used.
 */
public final class ParallaxApplication extends Application {

    private final Function<HostServices, ShellServices> servicesFactory;
    private ShellServices services;
    private ShellWindow window;

    /** The production source, begun by {@link #launchWith} before the toolkit starts; null until then. */
    private static volatile HeadStart headStart;

    /** The production application, as {@link Application#launch} creates it. */
    public ParallaxApplication() {
        this(host -> new ShellServices(new FxTaskRunner(), productionSource(), PreferencesSettings.forUser(),
                FolderChooser.system(), url -> {
                    if (host != null) {
                        host.showDocument(url);
                    }
                }));
    }

    /** The pipeline's source with the user's extraction cache, the one begun ahead if there is one. */
    private static CorpusSource productionSource() {
        HeadStart begun = headStart;
        return begun != null ? begun : standardSource();
    }

    private static CorpusSource standardSource() {
        Optional<ExtractionCache> cache = Optional.of(ExtractionCache.standard());
        return source(() -> Pipeline.standard(cache), cache);
    }

    /** An application with the given services (tests: in-memory settings, a fake folder chooser). */
    ParallaxApplication(Function<HostServices, ShellServices> servicesFactory) {
        this.servicesFactory = Objects.requireNonNull(servicesFactory, "servicesFactory");
    }

    /** The window loads through the same pipeline as the command line, so both always agree. */
    static CorpusSource source(Pipeline pipeline) {
        return source(() -> pipeline, pipeline.cache());
    }

    /**
     * As {@link #source(Pipeline)}, the pipeline made on first use: its models (sentences, parts of speech, the
     * rules' word lists: seconds) load on the loading thread, so the window shows at once.
     */
    static CorpusSource source(Supplier<Pipeline> make, Optional<ExtractionCache> cache) {
        Supplier<Pipeline> once = Pipeline.once(make);
        return new CorpusSource() {
            private Pipeline pipeline() {
                return once.get();
            }

            @Override
            public LoadResult loadFolder(Path folder, LoadProgress progress) {
                return pipeline().loadFolder(folder, progress);
            }

            @Override
            public LoadResult loadFiles(List<Path> files, LoadProgress progress) {
                return pipeline().loadFiles(files, progress);
            }

            @Override
            public LoadResult loadBundled(LoadProgress progress) {
                return pipeline().loadBundled(progress);
            }

            @Override
            public TwoStageOverlay.Reextraction reextraction() {
                return (corpus, changed) -> pipeline().reextract(corpus, changed);
            }

            @Override
            public Optional<ExtractionCache> cache() {
                return cache;
            }
        };
    }

    /**
     * Opens the window; what it opens first starts opening at once, while JavaFX starts and the window is built
     * ({@link HeadStart}).
     */
    static void launchWith(String[] args) {
        headStart = HeadStart.begin(List.of(args), ParallaxApplication::standardSource);
        Application.launch(ParallaxApplication.class, args);
    }

    /** The window's skeleton first ({@link StartSkeleton}), then the shell built into it on what the arguments name. */
    @Override
    public void start(Stage stage) {
        Parameters parameters = getParameters();
        List<String> args = parameters == null ? List.of() : parameters.getRaw();
        services = servicesFactory.apply(hostServicesOrNull());
        watchStartMarks(stage);
        StartSkeleton.show(stage, services.settings(), darkOverride(), () -> build(stage, args));
    }

    /** Opens the window on what {@code args} name, at once (tests). */
    void start(Stage stage, List<String> args) {
        services = servicesFactory.apply(hostServicesOrNull());
        build(stage, args);
    }

    private void build(Stage stage, List<String> args) {
        window = new ShellWindow(stage, services, darkOverride());
        window.show();
        window.open(LoadRequest.fromArguments(args));
    }

    /** With {@code -Dparallax.startMarks}, prints the first frame and the first drawn event ({@link StartBench}). */
    private static void watchStartMarks(Stage stage) {
        String mode = System.getProperty(StartMarks.PROPERTY, "");
        if (mode.isBlank()) {
            return;
        }
        StartMarks.printed().watch(stage, () -> {
            if ("exit".equals(mode.strip())) {
                javafx.application.Platform.exit();
            }
        });
    }

    private HostServices hostServicesOrNull() {
        try {
            return getHostServices();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Boolean darkOverride() {
        String v = System.getProperty("parallax.dark");
        return v == null || v.isBlank() ? null : Boolean.valueOf(v.strip());
    }

    @Override
    public void stop() {
        if (services != null) {
            services.runner().shutdown();
            services.settings().flush();
        }
    }

    /** The window, once started; for tests. */
    ShellWindow window() {
        return window;
    }
}
