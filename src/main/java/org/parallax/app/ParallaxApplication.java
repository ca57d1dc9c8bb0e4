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

    /** The production application, as {@link Application#launch} creates it. */
    public ParallaxApplication() {
        this(host -> {
            Optional<ExtractionCache> cache = Optional.of(ExtractionCache.standard());
            return new ShellServices(new FxTaskRunner(), source(() -> Pipeline.standard(cache), cache),
                    PreferencesSettings.forUser(), FolderChooser.system(), url -> {
                        if (host != null) {
                            host.showDocument(url);
                        }
                    });
        });
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
        Supplier<Pipeline> once = new Supplier<>() {
            private Pipeline made;

            @Override
            public synchronized Pipeline get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
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

    static void launchWith(String[] args) {
        Application.launch(ParallaxApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        Parameters parameters = getParameters();
        start(stage, parameters == null ? List.of() : parameters.getRaw());
    }

    /** Opens the window on what {@code args} name. */
    void start(Stage stage, List<String> args) {
        services = servicesFactory.apply(hostServicesOrNull());
        window = new ShellWindow(stage, services, darkOverride());
        window.show();
        window.open(LoadRequest.fromArguments(args));
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
