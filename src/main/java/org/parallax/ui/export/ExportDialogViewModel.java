package org.parallax.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.parallax.export.ChartKind;
import org.parallax.export.ChartPicture;
import org.parallax.export.Drawing;
import org.parallax.export.ExportFilter;
import org.parallax.export.ExportJob;
import org.parallax.export.ExportRequest;
import org.parallax.export.Extent;
import org.parallax.export.ImageFormat;
import org.parallax.export.PngRenderer;
import org.parallax.export.Rendered;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.common.Settings;
import org.parallax.ui.concurrent.FxThread;
import org.parallax.ui.concurrent.TaskHandle;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * What File → Export Chart… shows and does, without a window: the choices (chart, extent, output, title and legend)
 * as properties, the {@link ExportRequest} they describe, a preview of it with its size (or why it cannot be
 * exported: no articles, a PNG over the pixel budget), the file name to suggest and the folder to open, and the export
 * itself with its progress. The chart is laid out through the {@link TaskRunner} (for the preview and for the export);
 * a PNG is drawn on the FX thread one tile per turn, with the progress counting tiles, then written through the
 * runner; an SVG is laid out, drawn and written there. All of it runs through the {@link ExportJob} the command line
 * uses. Use it on the FX thread.
 */
public final class ExportDialogViewModel {

    /** How much of the chart: the timeline's view as it is, or everything. */
    public enum ExtentChoice { ON_SCREEN, EVERYTHING }

    /** The output formats offered: PNG at 1×, 2× or 4×, or SVG. */
    public enum Output {
        PNG_1(ImageFormat.PNG, 1), PNG_2(ImageFormat.PNG, 2), PNG_4(ImageFormat.PNG, 4), SVG(ImageFormat.SVG, 1);

        private final ImageFormat format;
        private final int scale;

        Output(ImageFormat format, int scale) {
            this.format = format;
            this.scale = scale;
        }

        public ImageFormat format() {
            return format;
        }

        public int scale() {
            return scale;
        }
    }

    /** The preview's largest size; it is drawn at that size, not scaled down from the export. */
    public static final double PREVIEW_WIDTH = 520;
    public static final double PREVIEW_HEIGHT = 200;
    static final String PREVIEW_KEY = "export-preview";
    static final String EXPORT_KEY = "export-chart";
    /**
     * The dialog's PNG tile side: each tile repaints the picture, one per FX turn, so a tile is the longest the
     * window stalls. Measured with the software pipeline on a 12,000 × 559 timeline at 2× (1,000 generated events):
     * 4096-px tiles stall up to ~1.9 s each, 1024-px tiles ~0.28 s, for a similar total (7.0 s vs 9.6 s).
     */
    static final int DIALOG_TILE = 1024;
    /** The settings key of the folder the last export went to. */
    static final String FOLDER_KEY = "export.folder";
    /** Where the last export folder is kept when no settings are given: for the session. */
    private static final Settings SESSION = new InMemorySettings();
    static final String NO_ARTICLES = "There are no articles to chart: open a folder of articles first.";

    private final ExportSource source;
    private final TaskRunner runner;
    private final Settings settings;
    private final PngRenderer renderer;
    private final Executor nextTurn;

    private final ObjectProperty<ChartKind> chart = new SimpleObjectProperty<>(this, "chart", ChartKind.TIMELINE);
    private final ObjectProperty<ExtentChoice> extent;
    private final ReadOnlyBooleanWrapper onScreenOffered;
    private final ObjectProperty<Output> output = new SimpleObjectProperty<>(this, "output", Output.PNG_2);
    private final BooleanProperty decorations = new SimpleBooleanProperty(this, "decorations", true);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");

    private final ReadOnlyObjectWrapper<Image> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewMessage = new ReadOnlyStringWrapper(this, "previewMessage", "");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper(this, "size", "");
    private final ReadOnlyBooleanWrapper overBudget = new ReadOnlyBooleanWrapper(this, "overBudget");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper(this, "lastError", "");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");
    private final ReadOnlyBooleanWrapper exportEnabled = new ReadOnlyBooleanWrapper(this, "exportEnabled");

    /** "What is on screen" was chosen before the coverage chart turned it off. */
    private boolean pickedOnScreen;
    private TaskHandle previewTask;

    /** The last export folder is kept in {@code settings} (under {@link #FOLDER_KEY}); null: for the session. */
    public ExportDialogViewModel(ExportSource source, TaskRunner runner, Settings settings) {
        this(source, runner, settings, new PngRenderer(DIALOG_TILE), FxThread::later);
    }

    /**
     * @param renderer draws the PNG tiles and the preview (tests use small tiles or a small pixel budget)
     * @param nextTurn runs a task on a later turn of the FX thread: where each next tile is drawn
     */
    ExportDialogViewModel(ExportSource source, TaskRunner runner, Settings settings, PngRenderer renderer,
                          Executor nextTurn) {
        this.source = source;
        this.runner = runner;
        this.settings = settings == null ? SESSION : settings;
        this.renderer = renderer;
        this.nextTurn = nextTurn;
        extent = new SimpleObjectProperty<>(this, "extent",
                source.hasScreen() ? ExtentChoice.ON_SCREEN : ExtentChoice.EVERYTHING);
        onScreenOffered = new ReadOnlyBooleanWrapper(this, "onScreenOffered", source.hasScreen());
        exportEnabled.bind(Bindings.createBooleanBinding(
                () -> !source.corpus().articles().isEmpty() && preview.get() != null && !overBudget.get()
                        && !busy.get(), preview, overBudget, busy));
        chart.addListener((o, a, b) -> {
            updateExtentChoice();
            updatePreview();
        });
        extent.addListener((o, a, b) -> updatePreview());
        output.addListener((o, a, b) -> updatePreview());
        decorations.addListener((o, a, b) -> updatePreview());
        title.addListener((o, a, b) -> updatePreview());
        updatePreview();
    }

    public ObjectProperty<ChartKind> chartProperty() {
        return chart;
    }

    /** The user's choice of extent; "what is on screen" counts only while {@link #onScreenOfferedProperty()}. */
    public ObjectProperty<ExtentChoice> extentProperty() {
        return extent;
    }

    /**
     * Whether "what is on screen" can be chosen: it is the timeline's view (its axis and size are what the dialog is
     * given), so not without one, and not for the coverage chart, which is exported whole.
     */
    public ReadOnlyBooleanProperty onScreenOfferedProperty() {
        return onScreenOffered.getReadOnlyProperty();
    }

    public ObjectProperty<Output> outputProperty() {
        return output;
    }

    /** Title and legend drawn around the chart. */
    public BooleanProperty decorationsProperty() {
        return decorations;
    }

    /** The title; empty for the chart's own. A change lays the preview out again (the view debounces typing). */
    public StringProperty titleProperty() {
        return title;
    }

    /** The export drawn small; null while none can be shown. */
    public ReadOnlyObjectProperty<Image> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why there is no preview (no articles, a failure), empty while there is one. */
    public ReadOnlyStringProperty previewMessageProperty() {
        return previewMessage.getReadOnlyProperty();
    }

    /** "PNG, 2216 × 439 pixels", "SVG, …, text stays text", or why a PNG that large is refused. */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** True when there is a preview, no export is running and the PNG is within the pixel budget. */
    public ReadOnlyBooleanProperty exportEnabledProperty() {
        return exportEnabled.getReadOnlyProperty();
    }

    /** True from the start of an export to its end. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running export's progress in [0, 1]; -1 while unknown (laying out). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the export is doing ("Drawing tile 2 of 6…"), or how it ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last export failed, naming the file; empty while exporting or after a success. */
    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /** The last file written; null before. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** The request the choices describe now. */
    public ExportRequest request() {
        Output out = output.get();
        Extent chosen = extent.get() == ExtentChoice.ON_SCREEN && onScreenOffered.get()
                ? new Extent.OnScreen(source.axis(), source.width(), source.height(), source.laneNames()) : Extent.EVERYTHING;
        return new ExportRequest(chart.get(), chosen, out.format(), out.scale(), decorations.get(), title.get(),
                ExportFilter.NONE, source.lanes(), source.collapse());
    }

    /** "timeline-moscow.png": the chart, the corpus's name when it has one, the format's extension. */
    public String suggestedName() {
        ExportRequest request = request();
        return fileName(request.chart().id(), source.name(), request.format().extension());
    }

    /** "timeline-moscow.png": what is exported, the corpus's name when it has one (as a slug), the extension. */
    static String fileName(String what, String corpusName, String extension) {
        String slug = corpusName == null ? "" : corpusName.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return what + (slug.isEmpty() ? "" : "-" + slug) + "." + extension;
    }

    /** The folder the last export went to, while it exists. */
    public Optional<Path> lastFolder() {
        return settings.get(FOLDER_KEY).map(Path::of).filter(Files::isDirectory);
    }

    private ExportJob job(ExportRequest request) {
        return new ExportJob(source.corpus(), request, source.chartColours(), renderer);
    }

    /** The coverage chart turns "what is on screen" off; back on the timeline the user's choice returns. */
    private void updateExtentChoice() {
        boolean offered = chart.get() != ChartKind.COVERAGE && source.hasScreen();
        onScreenOffered.set(offered);
        if (!offered && extent.get() == ExtentChoice.ON_SCREEN) {
            pickedOnScreen = true;
            extent.set(ExtentChoice.EVERYTHING);
        } else if (offered && pickedOnScreen) {
            pickedOnScreen = false;
            extent.set(ExtentChoice.ON_SCREEN);
        }
    }

    /** Lays the chart out through the runner (a newer preview supersedes an older one), then draws it small. */
    private void updatePreview() {
        if (source.corpus().articles().isEmpty()) {
            preview.set(null);
            previewMessage.set(NO_ARTICLES);
            size.set("");
            return;
        }
        ExportJob job = job(request());
        if (previewTask != null) {
            previewTask.cancel();
        }
        previewTask = runner.submit(PREVIEW_KEY, "Laying out the chart preview…", work -> job.layOut(),
                picture -> showPreview(job, picture), this::previewFailed);
    }

    private void showPreview(ExportJob job, ChartPicture picture) {
        try {
            preview.set(toFx(job.preview(picture, PREVIEW_WIDTH, PREVIEW_HEIGHT)));
            previewMessage.set("");
            ExportRequest request = job.request();
            size.set(request.format() == ImageFormat.SVG
                    ? String.format(Locale.ROOT, "SVG, %d × %d, text stays text", Math.round(picture.width()),
                    Math.round(picture.height()))
                    : String.format(Locale.ROOT, "PNG, %d × %d pixels", PngRenderer.pixels(picture.width(),
                    request.scale()), PngRenderer.pixels(picture.height(), request.scale())));
            overBudget.set(false);
            try {
                job.checkBudget(picture);
            } catch (PngRenderer.TooLargeException tooLarge) { // say so now, not after a file is chosen
                size.set(capitalised(tooLarge.getMessage()) + ".");
                overBudget.set(true);
            }
        } catch (RuntimeException e) {
            previewFailed(e);
        }
    }

    private static Image toFx(BufferedImage image) {
        WritableImage fx = new WritableImage(image.getWidth(), image.getHeight());
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        fx.getPixelWriter().setPixels(0, 0, image.getWidth(), image.getHeight(), PixelFormat.getIntArgbInstance(),
                argb, 0, image.getWidth());
        return fx;
    }

    private void previewFailed(Throwable e) {
        preview.set(null);
        previewMessage.set("The preview could not be drawn: " + (e.getMessage() == null ? e.toString()
                : e.getMessage()));
        size.set("");
    }

    /**
     * Exports what {@link #request()} describes to {@code file} (the user's choice in the file dialog) and remembers
     * its folder. An SVG is laid out, drawn and written through the runner; a PNG is laid out there, drawn here one
     * tile per FX turn, then written there. Ends with {@link #writtenProperty()} or {@link #lastErrorProperty()} set.
     */
    public void export(Path file) {
        if (!exportEnabled.get()) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            settings.put(FOLDER_KEY, folder.toString());
        }
        ExportJob job = job(request());
        lastError.set("");
        busy.set(true);
        progress.set(-1);
        status.set("Laying out the chart…");
        if (!job.drawsOnFxThread()) {
            runner.submit(EXPORT_KEY, "Exporting chart…", work -> {
                work.update(0, 2, "Drawing " + file.getFileName() + "…");
                Rendered rendered = job.render();
                work.update(1, 2, "Writing " + file.getFileName() + "…");
                rendered.write(file);
                return file;
            }, this::written, failure -> failed(file, failure));
            return;
        }
        runner.submit(EXPORT_KEY, "Laying out the chart…", work -> job.layOut(),
                picture -> startDrawing(job, picture, file), failure -> failed(file, failure));
    }

    private void startDrawing(ExportJob job, ChartPicture picture, Path file) {
        Drawing drawing;
        try {
            drawing = job.drawing(picture);
        } catch (RuntimeException e) {
            failed(file, e);
            return;
        }
        showStep(drawing);
        nextTurn.execute(() -> drawStep(drawing, file));
    }

    /** The bar counts the tiles and one step more for writing, so it is full only when the file is. */
    private void showStep(Drawing drawing) {
        progress.set(drawing.done() / (double) (drawing.steps() + 1));
        status.set(String.format(Locale.ROOT, "Drawing tile %d of %d…", Math.min(drawing.done() + 1,
                drawing.steps()), drawing.steps()));
    }

    /** Draws one tile; the next on a later turn of the FX thread, or, when all are drawn, writes through the runner. */
    private void drawStep(Drawing drawing, Path file) {
        try {
            drawing.drawNext();
        } catch (RuntimeException e) {
            failed(file, e);
            return;
        }
        if (drawing.hasNext()) {
            showStep(drawing);
            nextTurn.execute(() -> drawStep(drawing, file));
            return;
        }
        progress.set(drawing.steps() / (double) (drawing.steps() + 1));
        status.set("Writing " + file.getFileName() + "…");
        Rendered rendered = drawing.result();
        runner.submit(EXPORT_KEY, "Writing " + file.getFileName() + "…", work -> {
            rendered.write(file);
            return file;
        }, this::written, failure -> failed(file, failure));
    }

    private void written(Path done) {
        busy.set(false);
        status.set("Exported " + done.getFileName());
        written.set(done);
    }

    private void failed(Path file, Throwable failure) {
        busy.set(false);
        status.set("Export failed");
        lastError.set(failureMessage(file, failure));
    }

    /** "Could not export the chart to FILE.\n\nThe folder does not exist." */
    static String failureMessage(Path file, Throwable failure) {
        return failureMessage("the chart", file, failure);
    }

    /** "Could not export WHAT to FILE.\n\nThe folder does not exist." */
    static String failureMessage(String what, Path file, Throwable failure) {
        String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        if (failure instanceof NoSuchFileException nsf && nsf.getReason() != null) {
            reason = nsf.getFile() + ": " + nsf.getReason();
        } else if (failure instanceof AccessDeniedException) {
            reason = "permission denied: " + reason;
        }
        return "Could not export " + what + " to " + file + ".\n\n" + capitalised(reason) + ".";
    }

    private static String capitalised(String s) {
        String t = s.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
