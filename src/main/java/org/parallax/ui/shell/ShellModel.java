package org.parallax.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;
import org.parallax.model.Corpus;
import org.parallax.store.ModelFormatException;
import org.parallax.store.Overlay;
import org.parallax.store.TwoStageOverlay;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceJson;
import org.parallax.ui.concurrent.TaskHandle;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * The shell's state, apart from any control: the corpus on show, the warnings its load produced,
 * what it was opened from, and the recent folders. Loading goes through the {@link TaskRunner};
 * the corpus on show stays until the new one arrives, and a newer load supersedes an older one.
 * All methods are called on the FX thread.
 */
public final class ShellModel {

    private static final System.Logger LOG = System.getLogger(ShellModel.class.getName());
    static final String LOAD_KEY = "load";

    /**
     * A finished load, as the work hands it back.
     *
     * @param workspace the workspace file's content when a {@code .parallax} file was opened, else null (then the
     *                  result's corpus is a fresh extraction)
     * @param file      the workspace file opened, else null
     * @param corrected the workspace's corrections applied (off the FX thread, with the load), else null
     */
    record Loaded(LoadRequest request, LoadResult result, String sourceName, Path folder, Workspace workspace, Path file,
                  Overlay.Result corrected) {
        Loaded(LoadRequest request, LoadResult result, String sourceName, Path folder) {
            this(request, result, sourceName, folder, null, null, null);
        }
    }

    private final TaskRunner runner;
    private final CorpusSource source;

    /** Told by reference: a corpus equal to the one on show is made the one on show on the worker (SameCorpus). */
    private final IdentityProperty<Corpus> corpus = new IdentityProperty<>(this, "corpus", Corpus.EMPTY);
    private final ObservableList<LoadWarning> warnings = FXCollections.observableArrayList();
    private final ObservableList<LoadWarning> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyStringWrapper sourceName = new ReadOnlyStringWrapper(this, "sourceName", "");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private TaskHandle opening;
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper(this, "generation");
    private final ObjectProperty<RecentFolders> recent = new SimpleObjectProperty<>(this, "recent", RecentFolders.EMPTY);
    private final WorkspaceEdits edits;

    public ShellModel(TaskRunner runner, CorpusSource source, ShellPreferences preferences) {
        this.runner = runner;
        this.source = source;
        this.edits = new WorkspaceEdits(runner, new TwoStageOverlay(source.reextraction()));
        edits.setOnFailure(message -> note(LoadWarning.of("corrections", message)));
        edits.correctedProperty().addListener(o -> corpus.set(edits.corrected().corpus()));
        recent.set(preferences.recentFolders());
        recent.addListener((obs, old, now) -> {
            preferences.saveRecentFolders(now);
            preferences.flush();
        });
    }

    /** Starts loading {@code request}; the corpus on show stays until the answer arrives. */
    public void open(LoadRequest request) {
        LOG.log(System.Logger.Level.DEBUG, "open {0}", request);
        loading.set(true);
        Corpus shown = corpus.get();
        opening = runner.submit(LOAD_KEY, description(request), progress -> load(request, progress, shown),
                this::loaded, error -> failed(request, error));
    }

    /**
     * Stops the opening under way, if any: its work stops at the next file or article it reports, its answer is
     * dropped, and the corpus on show stays as if nothing had been asked.
     */
    public void cancelOpening() {
        if (opening != null && !opening.isDone()) {
            LOG.log(System.Logger.Level.DEBUG, "opening cancelled");
            opening.cancel();
            loading.set(false);
        }
    }

    private static String description(LoadRequest request) {
        if (request instanceof LoadRequest.Folder f) {
            return "Opening " + name(f.folder()) + "…";
        }
        return request instanceof LoadRequest.Bundled ? "Opening the sample corpus…" : "Opening…";
    }

    /**
     * Runs off the FX thread: decides what the request means on disk and loads it; what it opens is {@code shown}, the
     * corpus on show when it was asked, if it equals it (a folder reopened unchanged is not prepared again).
     */
    private Loaded load(LoadRequest request, TaskRunner.Progress progress, Corpus shown) throws Exception {
        Loaded loaded = load(request, progress);
        LoadResult result = loaded.result();
        if (loaded.workspace() != null) {
            return new Loaded(request, result, loaded.sourceName(), loaded.folder(), loaded.workspace(), loaded.file(),
                    SameCorpus.asShown(loaded.corrected(), shown));
        }
        return new Loaded(request, new LoadResult(SameCorpus.asShown(result.corpus(), shown), result.warnings()),
                loaded.sourceName(), loaded.folder());
    }

    private Loaded load(LoadRequest request, TaskRunner.Progress progress) throws Exception {
        LoadProgress callback = (done, total, file) -> {
            if (progress.isCancelled()) {
                throw new CancellationException("opening cancelled"); // unwinds the loader and the extraction
            }
            progress.update(done, total, StatusText.loading(done, total, file));
        };
        if (request instanceof LoadRequest.Folder f) {
            return loadFolder(request, f.folder(), callback);
        }
        if (request instanceof LoadRequest.Paths p) {
            if (p.paths().size() == 1 && Files.isDirectory(p.paths().get(0))) {
                return loadFolder(request, p.paths().get(0), callback);
            }
            if (p.paths().size() == 1 && isWorkspaceFile(p.paths().get(0))) {
                return loadWorkspace(request, p.paths().get(0).toAbsolutePath().normalize());
            }
            return loadFiles(request, p.paths(), callback);
        }
        return new Loaded(request, source.loadBundled(callback), "", null);
    }

    private Loaded loadFolder(LoadRequest request, Path dir, LoadProgress callback) throws Exception {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "folder not found");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        Path abs = dir.toAbsolutePath().normalize();
        return new Loaded(request, source.loadFolder(abs, callback), name(abs), abs);
    }

    private Loaded loadFiles(LoadRequest request, List<Path> paths, LoadProgress callback) {
        List<Path> files = new ArrayList<>();
        List<LoadWarning> extra = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                extra.add(LoadWarning.of(name(p), "is a folder; open one folder at a time (it was skipped)"));
            } else if (!Files.exists(p)) {
                extra.add(LoadWarning.of(name(p), "file not found"));
            } else {
                files.add(p.toAbsolutePath().normalize());
            }
        }
        LoadResult result = files.isEmpty() ? new LoadResult(Corpus.EMPTY, List.of()) : source.loadFiles(files, callback);
        List<LoadWarning> all = new ArrayList<>(extra);
        all.addAll(result.warnings());
        String label = files.size() == 1 ? name(files.get(0)) : files.size() + " files";
        return new Loaded(request, new LoadResult(result.corpus(), all), label, null);
    }

    static boolean isWorkspaceFile(Path p) {
        return p.getFileName() != null
                && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(WorkspaceJson.EXTENSION);
    }

    /** A workspace file: its model as it was saved (no extraction), its corrections, problems by line and column. */
    private Loaded loadWorkspace(LoadRequest request, Path file) throws IOException, ModelFormatException {
        WorkspaceJson.Loaded read;
        try {
            read = new WorkspaceJson().read(file);
        } catch (ModelFormatException e) {
            throw new IOException(e.getMessage() + (e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : ""), e);
        }
        String name = name(file);
        List<LoadWarning> problems = read.problems().stream()
                .map(p -> new LoadWarning(name, p.line(), p.column(), p.message())).toList();
        return new Loaded(request, new LoadResult(read.workspace().extracted(), problems), name, null,
                read.workspace(), file, edits.apply(read.workspace()));
    }

    private void loaded(Loaded loaded) {
        loading.set(false);
        if (loaded.file() != null) {
            recent.set(recent.get().opened(loaded.file())); // a workspace is listed with the recent folders
        }
        LoadResult result = loaded.result();
        if (loaded.workspace() != null) {
            edits.open(loaded.workspace(), loaded.file(), loaded.corrected());
            List<LoadWarning> all = new ArrayList<>(result.warnings());
            edits.corrected().orphans().forEach(c -> all.add(LoadWarning.of(loaded.sourceName(),
                    "a correction whose words are no longer found was not applied: " + c.describe())));
            result = new LoadResult(result.corpus(), all);
        } else {
            edits.reset(result.corpus(), loaded.folder());
        }
        show(result, loaded.sourceName(), loaded.folder());
    }

    /**
     * Saves the work to {@code target} off the FX thread ({@link WorkspaceJson}, an atomic write: a failed save leaves
     * the previous file); {@code view} is the view state to keep. A failure is listed in the problems, nothing lost.
     */
    public void save(Path target, Map<String, String> view, Runnable then) {
        Workspace snapshot = edits.snapshot(view);
        runner.submit("save", "Saving " + name(target) + "…", progress -> {
            new WorkspaceJson().write(snapshot, target);
            return target;
        }, done -> {
            edits.saved(done, snapshot);
            recent.set(recent.get().opened(done));
            then.run();
        }, error -> {
            LOG.log(System.Logger.Level.WARNING, "saving " + target + " failed", error);
            List<LoadWarning> next = new ArrayList<>();
            next.add(LoadWarning.of(name(target), "could not be saved: " + (error.getMessage() == null
                    ? error.getClass().getSimpleName() : error.getMessage()) + "; your work is still open"));
            next.addAll(warnings);
            warnings.setAll(next);
            generation.set(generation.get() + 1);
        });
    }

    /**
     * Writes the work to {@code file} as a recovery copy (autosave) without changing what the window calls its file or
     * its unsaved state; a failure is only logged, the next tick tries again.
     */
    public void saveRecovery(Path file) {
        Workspace snapshot = edits.snapshot(Map.of());
        runner.submit("autosave", null, progress -> {
            Files.createDirectories(file.getParent());
            new WorkspaceJson().write(snapshot, file);
            return file;
        }, done -> { }, error -> LOG.log(System.Logger.Level.WARNING, "autosave to " + file + " failed", error));
    }

    /** Runs {@code then} on the FX thread if {@code file} exists, checked off it. */
    public void whenFileExists(Path file, Runnable then) {
        runner.submit(null, null, progress -> Files.isRegularFile(file), exists -> {
            if (exists) {
                then.run();
            }
        }, error -> LOG.log(System.Logger.Level.DEBUG, "could not check " + file, error));
    }

    /** Removes the recovery copy (the work was saved, or the user chose not to keep it). */
    public void dropRecovery(Path file) {
        runner.submit(null, null, progress -> Files.deleteIfExists(file), done -> { },
                error -> LOG.log(System.Logger.Level.DEBUG, "could not remove " + file, error));
    }

    /** Puts a note first in the problems list (work recovered from a crash, say) without loading anything. */
    public void note(LoadWarning warning) {
        List<LoadWarning> next = new ArrayList<>();
        next.add(warning);
        next.addAll(warnings);
        warnings.setAll(next);
        generation.set(generation.get() + 1);
    }

    /** The corrections and the corrected picture on show. */
    public WorkspaceEdits edits() {
        return edits;
    }

    private void failed(LoadRequest request, Throwable error) {
        loading.set(false);
        String what = "sample corpus";
        if (request instanceof LoadRequest.Folder f) {
            what = name(f.folder());
        } else if (request instanceof LoadRequest.Paths p) {
            what = p.paths().size() == 1 ? name(p.paths().get(0)) : p.paths().size() + " files";
        }
        String message;
        if (error instanceof NoSuchFileException) {
            message = "could not be opened: it no longer exists";
        } else if (error instanceof NotDirectoryException) {
            message = "could not be opened: it is not a folder";
        } else {
            message = "could not be opened: " + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
            LOG.log(System.Logger.Level.WARNING, "loading " + what + " failed", error);
        }
        if (request instanceof LoadRequest.Folder f) {
            recent.set(recent.get().without(f.folder()));
        }
        // Keep the corpus on show; say what went wrong first in the problems list.
        List<LoadWarning> next = new ArrayList<>();
        next.add(LoadWarning.of(what, message));
        next.addAll(warnings);
        warnings.setAll(next);
        generation.set(generation.get() + 1);
    }

    /** Puts a load's result on show (what {@link #open} does once the work is done). */
    private void show(LoadResult result, String name, Path openedFolder) {
        warnings.setAll(result.warnings());
        corpus.set(edits.corrected().corpus());
        sourceName.set(name == null ? "" : name);
        folder.set(openedFolder);
        if (openedFolder != null) {
            recent.set(recent.get().opened(openedFolder));
        }
        generation.set(generation.get() + 1);
    }

    /** Checks, off the FX thread, that the recent folders still exist, and drops those that do not. */
    public void pruneRecentFolders() {
        List<Path> snapshot = List.copyOf(recent.get().folders());
        if (snapshot.isEmpty()) {
            return;
        }
        runner.submit(null, null, progress -> {
            Set<Path> missing = new HashSet<>();
            for (Path p : snapshot) {
                if (!Files.isDirectory(p) && !(isWorkspaceFile(p) && Files.isRegularFile(p))) {
                    missing.add(p);
                }
            }
            return missing;
        }, missing -> {
            if (!missing.isEmpty()) {
                recent.set(recent.get().existing(p -> !missing.contains(p)));
            }
        }, error -> LOG.log(System.Logger.Level.DEBUG, "could not check recent folders", error));
    }

    public void clearRecentFolders() {
        recent.set(RecentFolders.EMPTY);
    }

    static String name(Path p) {
        Path n = p.toAbsolutePath().normalize().getFileName();
        return n == null ? p.toString() : n.toString();
    }

    /** The corpus on show; its listeners are told of a new corpus by reference, never by {@code equals}. */
    public ReadOnlyObjectProperty<Corpus> corpusProperty() {
        return corpus;
    }

    public Corpus corpus() {
        return corpus.get();
    }

    /** The warnings of the corpus on show (plus a failed later attempt's, first). */
    public ObservableList<LoadWarning> warnings() {
        return warningsView;
    }

    /** "" for the bundled corpus, else the folder's name, the file's name, or "3 files". */
    public ReadOnlyStringProperty sourceNameProperty() {
        return sourceName.getReadOnlyProperty();
    }

    /** The folder on show, null when the corpus did not come from one folder. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Goes up by one each time a load's answer (result or failure) is put on show. */
    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    public ObjectProperty<RecentFolders> recentProperty() {
        return recent;
    }
}
