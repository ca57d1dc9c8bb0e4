package org.parallax.ui.shell;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.parallax.export.ChartExporter;
import org.parallax.export.ChartKind;
import org.parallax.export.ChartPicture;
import org.parallax.export.ExportFilter;
import org.parallax.export.ExportRequest;
import org.parallax.export.Extent;
import org.parallax.export.ImageFormat;
import org.parallax.export.PngRenderer;
import org.parallax.model.Corpus;
import org.parallax.chart.coverage.CoverageColour;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.chart.timeline.TimelineColour;
import org.parallax.chart.timeline.scale.TimeAxis;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.common.Settings;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.FxThread;
import org.parallax.ui.concurrent.TaskHandle;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * File → Export Chart… (Ctrl+E): which chart, how much of it (what is on screen, or everything), PNG at 1×, 2× or
 * 4× or SVG, title and legend, with a live preview. The chart is laid out off the FX thread through the one
 * {@link TaskRunner} (building the timeline's data is the costly part; it touches no scene), for the preview and for
 * the export; typing a title waits {@link #TITLE_PAUSE} before the preview follows. A PNG is drawn on the FX thread
 * (a Canvas must be) one tile per turn, with the progress bar counting tiles, then encoded and written off it
 * through the runner, atomically; an SVG is drawn and written off it. A failure opens an error dialog that names
 * the file and the reason. Both the dialog and {@code parallax export} go through {@link ChartExporter}.
 */
public final class ExportDialog {

    /** Asks where to save. A seam: the platform dialog in production, a fake in tests. */
    @FunctionalInterface
    public interface FileChooserSeam {

        /** @return the chosen file, empty when the user cancelled */
        Optional<Path> choose(Window owner, String suggestedName, ImageFormat format);

        /**
         * As {@link #choose(Window, String, ImageFormat)}, opening in {@code folder} (the last export's, null when
         * none or gone); a seam that does not care about the folder need not implement it.
         */
        default Optional<Path> choose(Window owner, Path folder, String suggestedName, ImageFormat format) {
            return choose(owner, suggestedName, format);
        }

        static FileChooserSeam system() {
            return new FileChooserSeam() {
                @Override
                public Optional<Path> choose(Window owner, String suggested, ImageFormat format) {
                    return choose(owner, null, suggested, format);
                }

                @Override
                public Optional<Path> choose(Window owner, Path folder, String suggested, ImageFormat format) {
                    return chooseFile(owner, folder, suggested, format);
                }
            };
        }

        private static Optional<Path> chooseFile(Window owner, Path folder, String suggested, ImageFormat format) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export Chart");
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(suggested);
            String ext = format.extension();
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(
                    ext.toUpperCase(Locale.ROOT) + " image (*." + ext + ")", "*." + ext));
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath).map(p -> p.getFileName().toString()
                    .toLowerCase(Locale.ROOT).endsWith("." + ext) ? p : p.resolveSibling(p.getFileName() + "." + ext));
        }
    }

    /**
     * What is exported: the corpus on show (with the view's filters applied), and what the timeline shows now.
     *
     * @param axis            the timeline's current axis, or null when it has none yet (then only "everything" is
     *                        offered)
     * @param colours         the timeline's colours (the on-screen chart's, so a dark window exports dark)
     * @param coverageColours the coverage chart's colours, likewise
     * @param collapse        the timeline's "Collapse Empty Time" ({@code timeline.isCollapseEmptyTime()}): an
     *                        "everything" export draws empty time as breaks when true, to scale when false
     * @param name            what the corpus is called (its folder's name), for the suggested file name
     *                        ("timeline-moscow.png"); null when it has none
     */
    public record Source(Corpus corpus, TimeAxis axis, double width, double height,
                         Function<TimelineColour, Paint> colours, LaneMode lanes,
                         Function<CoverageColour, Paint> coverageColours, boolean collapse, String name) {
        public Source {
            colours = colours == null ? TimelineColour::light : colours;
            lanes = lanes == null ? LaneMode.OUTLET : lanes;
            coverageColours = coverageColours == null ? CoverageColour::light : coverageColours;
        }

        /** A corpus without a name. */
        public Source(Corpus corpus, TimeAxis axis, double width, double height,
                      Function<TimelineColour, Paint> colours, LaneMode lanes,
                      Function<CoverageColour, Paint> coverageColours, boolean collapse) {
            this(corpus, axis, width, height, colours, lanes, coverageColours, collapse, null);
        }

        /** This source with the corpus called {@code newName} (e.g. its folder's name). */
        public Source named(String newName) {
            return new Source(corpus, axis, width, height, colours, lanes, coverageColours, collapse, newName);
        }

        /** Empty time collapsed, the timeline's default. */
        public Source(Corpus corpus, TimeAxis axis, double width, double height,
                      Function<TimelineColour, Paint> colours, LaneMode lanes,
                      Function<CoverageColour, Paint> coverageColours) {
            this(corpus, axis, width, height, colours, lanes, coverageColours, true);
        }

        /** The coverage chart in its light colours. */
        public Source(Corpus corpus, TimeAxis axis, double width, double height,
                      Function<TimelineColour, Paint> colours, LaneMode lanes) {
            this(corpus, axis, width, height, colours, lanes, CoverageColour::light);
        }

        /** Lanes per outlet, the coverage chart in its light colours. */
        public Source(Corpus corpus, TimeAxis axis, double width, double height,
                      Function<TimelineColour, Paint> colours) {
            this(corpus, axis, width, height, colours, LaneMode.OUTLET);
        }

        boolean hasScreen() {
            return axis != null && width > 0 && height > 0;
        }
    }

    public static final String STYLE = "px-export-dialog";
    public static final String PREVIEW = "px-export-preview";
    public static final String PREVIEW_MESSAGE = "px-export-preview-message";
    public static final String SECTION = "px-export-section";
    static final double PREVIEW_WIDTH = 520;
    static final double PREVIEW_HEIGHT = 200;
    /** How long typing in the title must pause before the preview is laid out again. */
    static final Duration TITLE_PAUSE = Duration.millis(250);
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
    /** Where the last export folder is kept when the dialog is given no settings: for the session. */
    private static final Settings SESSION = new InMemorySettings();
    static final String NO_ARTICLES = "There are no articles to chart: open a folder of articles first.";

    private final Source source;
    private final TaskRunner runner;
    private final FileChooserSeam chooser;
    private final Stage stage = new Stage();
    private final ChoiceBox<ChartKind> chart = new ChoiceBox<>();
    private final ToggleGroup extentGroup = new ToggleGroup();
    private final RadioButton onScreen = new RadioButton("What is on screen");
    private final RadioButton everything = new RadioButton("Everything (with the current filters)");
    private final ToggleGroup formatGroup = new ToggleGroup();
    private final RadioButton png1 = new RadioButton("PNG 1×");
    private final RadioButton png2 = new RadioButton("PNG 2×");
    private final RadioButton png4 = new RadioButton("PNG 4×");
    private final RadioButton svg = new RadioButton("SVG");
    private final CheckBox decorations = new CheckBox("Title and legend");
    private final TextField title = new TextField();
    private final ImageView preview = new ImageView();
    private final Label previewMessage = new Label();
    private final Label sizeLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final Button exportButton = new Button("Export…");
    private final Button cancelButton = new Button("Close");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper(this, "lastError", "");
    private final ReadOnlyStringWrapper written = new ReadOnlyStringWrapper(this, "written", "");
    private boolean showErrors = true;
    /** "What is on screen" was chosen before the coverage chart turned it off. */
    private boolean pickedOnScreen;
    private final PauseTransition titlePause = new PauseTransition(TITLE_PAUSE);
    private PngRenderer renderer = new PngRenderer(DIALOG_TILE);
    private TaskHandle previewTask;
    private final Settings settings;

    /** The last export folder is remembered for the session. */
    public ExportDialog(Window owner, Source source, TaskRunner runner, FileChooserSeam chooser) {
        this(owner, source, runner, chooser, null);
    }

    /** The last export folder is remembered in {@code settings} (under {@link #FOLDER_KEY}); null: for the session. */
    public ExportDialog(Window owner, Source source, TaskRunner runner, FileChooserSeam chooser, Settings settings) {
        this.settings = settings == null ? SESSION : settings;
        this.source = source;
        this.runner = runner;
        this.chooser = chooser;
        stage.setTitle("Export Chart");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        chart.getItems().setAll(ChartKind.values());
        chart.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChartKind k) {
                return k == null ? "" : k.displayName();
            }

            @Override
            public ChartKind fromString(String s) {
                return null;
            }
        });
        chart.setValue(ChartKind.TIMELINE);
        chart.setId("export-chart");
        onScreen.setToggleGroup(extentGroup);
        everything.setToggleGroup(extentGroup);
        onScreen.setId("export-on-screen");
        everything.setId("export-everything");
        onScreen.setDisable(!source.hasScreen());
        (source.hasScreen() ? onScreen : everything).setSelected(true);
        for (RadioButton b : new RadioButton[] {png1, png2, png4, svg}) {
            b.setToggleGroup(formatGroup);
        }
        png1.setId("export-png-1");
        png2.setId("export-png-2");
        png4.setId("export-png-4");
        svg.setId("export-svg");
        png2.setSelected(true);
        decorations.setSelected(true);
        decorations.setId("export-decorations");
        title.setPromptText("Title (the chart's own when empty)");
        title.setId("export-title");
        title.disableProperty().bind(decorations.selectedProperty().not());
        exportButton.setId("export-button");
        exportButton.setDefaultButton(true);
        cancelButton.setId("export-close");
        cancelButton.setCancelButton(true);
        progress.setVisible(false);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("export-progress");
        status.setId("export-status");
        previewMessage.getStyleClass().add(PREVIEW_MESSAGE);
        previewMessage.setWrapText(true);
        previewMessage.setId("export-preview-message");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        preview.setId("export-preview");

        stage.setScene(new Scene(layout()));
        boolean dark = owner != null && owner.getScene() != null && Theme.isDark(owner.getScene());
        Theme.install(stage.getScene(), dark);
        stage.getScene().getStylesheets().add(Theme.stylesheet(ExportDialog.class, "export-dialog.css"));
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !progress.isVisible()) {
                stage.close();
            }
        });

        chart.valueProperty().addListener((o, a, b) -> {
            updateExtentChoice();
            updatePreview();
        });
        extentGroup.selectedToggleProperty().addListener((o, a, b) -> updatePreview());
        formatGroup.selectedToggleProperty().addListener((o, a, b) -> updatePreview());
        decorations.selectedProperty().addListener((o, a, b) -> updatePreview());
        titlePause.setOnFinished(e -> updatePreview());
        title.textProperty().addListener((o, a, b) -> titlePause.playFromStart());
        exportButton.setOnAction(e -> export());
        cancelButton.setOnAction(e -> stage.close());
        updatePreview();
    }

    private BorderPane layout() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        int row = 0;
        form.addRow(row++, section("Chart"), chart);
        form.addRow(row++, section("Extent"), new VBox(6, onScreen, everything));
        form.addRow(row++, section("Format"), new HBox(12, png1, png2, png4, svg));
        form.addRow(row++, section("Decorations"), new VBox(6, decorations, title));
        GridPane.setHgrow(title, Priority.ALWAYS);

        StackPane previewPane = new StackPane(preview, previewMessage);
        previewPane.getStyleClass().add(PREVIEW);
        previewPane.setMinSize(PREVIEW_WIDTH + 16, PREVIEW_HEIGHT + 16);
        previewPane.setPrefSize(PREVIEW_WIDTH + 16, PREVIEW_HEIGHT + 16);
        VBox previewBox = new VBox(6, section("Preview"), previewPane, sizeLabel);
        sizeLabel.getStyleClass().add("px-muted");
        sizeLabel.setId("export-size");

        ButtonBar.setButtonData(exportButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancelButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().setAll(exportButton, cancelButton);
        HBox footer = new HBox(12, new VBox(4, status, progress), buttons);
        HBox.setHgrow(footer.getChildren().get(0), Priority.ALWAYS);
        footer.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane();
        root.getStyleClass().addAll("px-app", STYLE);
        root.setTop(form);
        root.setCenter(previewBox);
        root.setBottom(footer);
        BorderPane.setMargin(previewBox, new Insets(16, 0, 16, 0));
        root.setPadding(new Insets(16));
        return root;
    }

    /**
     * "What is on screen" is the timeline's view (its axis and size are what the dialog is given); the coverage chart
     * is exported whole, so the choice is off for it and comes back with the timeline.
     */
    private void updateExtentChoice() {
        boolean coverage = chart.getValue() == ChartKind.COVERAGE;
        onScreen.setDisable(coverage || !source.hasScreen());
        if (onScreen.isDisabled() && onScreen.isSelected()) {
            everything.setSelected(true);
            pickedOnScreen = true;
        } else if (!onScreen.isDisabled() && pickedOnScreen) {
            onScreen.setSelected(true);
            pickedOnScreen = false;
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(SECTION);
        return l;
    }

    /** The request the controls describe now. */
    ExportRequest request() {
        ImageFormat format = svg.isSelected() ? ImageFormat.SVG : ImageFormat.PNG;
        int scale = png4.isSelected() ? 4 : png2.isSelected() ? 2 : 1;
        Extent extent = onScreen.isSelected() && !onScreen.isDisabled() && source.hasScreen()
                ? new Extent.OnScreen(source.axis(), source.width(), source.height()) : Extent.EVERYTHING;
        return new ExportRequest(chart.getValue(), extent, format, scale, decorations.isSelected(), title.getText(),
                ExportFilter.NONE, source.lanes(), source.collapse());
    }

    private ChartPicture picture(ExportRequest request) {
        return ChartExporter.picture(source.corpus(), request, source.colours(), source.coverageColours());
    }

    /** Lays the chart out through the runner (a newer preview supersedes an older one), then draws it small. */
    private void updatePreview() {
        titlePause.stop();
        if (source.corpus().articles().isEmpty()) {
            preview.setImage(null);
            previewMessage.setText(NO_ARTICLES);
            previewMessage.setVisible(true);
            sizeLabel.setText("");
            exportButton.setDisable(true);
            return;
        }
        ExportRequest request = request();
        if (previewTask != null) {
            previewTask.cancel();
        }
        previewTask = runner.submit(PREVIEW_KEY, "Laying out the chart preview…", work -> picture(request),
                picture -> showPreview(picture, request), this::previewFailed);
    }

    private void showPreview(ChartPicture picture, ExportRequest request) {
        try {
            double fit = Math.min(1, Math.min(PREVIEW_WIDTH / picture.width(), PREVIEW_HEIGHT / picture.height()));
            // the export itself, drawn small (not resampled, so lines and marks stay smooth)
            BufferedImage image = renderer.preview(picture, fit);
            WritableImage fx = new WritableImage(image.getWidth(), image.getHeight());
            int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            fx.getPixelWriter().setPixels(0, 0, image.getWidth(), image.getHeight(), PixelFormat.getIntArgbInstance(),
                    argb, 0, image.getWidth());
            preview.setImage(fx);
            preview.setFitWidth(image.getWidth());
            previewMessage.setText("");
            previewMessage.setVisible(false);
            sizeLabel.setText(request.format() == ImageFormat.SVG
                    ? String.format(Locale.ROOT, "SVG, %d × %d, text stays text", Math.round(picture.width()),
                    Math.round(picture.height()))
                    : String.format(Locale.ROOT, "PNG, %d × %d pixels", PngRenderer.pixels(picture.width(),
                    request.scale()), PngRenderer.pixels(picture.height(), request.scale())));
            exportButton.setDisable(progress.isVisible());
            if (request.format() == ImageFormat.PNG) {
                try {
                    renderer.checkBudget(picture, request.scale());
                } catch (PngRenderer.TooLargeException tooLarge) { // say so now, not after a file is chosen
                    sizeLabel.setText(capitalised(tooLarge.getMessage()) + ".");
                    exportButton.setDisable(true);
                }
            }
        } catch (RuntimeException e) {
            previewFailed(e);
        }
    }

    private void previewFailed(Throwable e) {
        preview.setImage(null);
        previewMessage.setText("The preview could not be drawn: " + (e.getMessage() == null ? e.toString()
                : e.getMessage()));
        previewMessage.setVisible(true);
        sizeLabel.setText("");
        exportButton.setDisable(true);
    }

    /**
     * Asks for the file, lays the chart out through the runner, then: SVG is drawn and written there too; PNG is
     * drawn here one tile per FX turn (the progress bar counts them) and encoded and written through the runner.
     */
    private void export() {
        ExportRequest request = request();
        if (source.corpus().articles().isEmpty()) {
            return;
        }
        Optional<Path> target = chooser.choose(stage, lastFolder().orElse(null), suggestedName(request),
                request.format());
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            settings.put(FOLDER_KEY, folder.toString());
        }
        exportButton.setDisable(true);
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        status.setText("Laying out the chart…");
        if (request.format() == ImageFormat.SVG) {
            runner.submit(EXPORT_KEY, "Exporting chart…", work -> {
                work.update(0, 2, "Drawing " + file.getFileName() + "…");
                ChartExporter.Rendered rendered = new ChartExporter().render(picture(request), request);
                work.update(1, 2, "Writing " + file.getFileName() + "…");
                return write(rendered, file);
            }, this::written, failure -> failed(file, failure));
            return;
        }
        runner.submit(EXPORT_KEY, "Laying out the chart…", work -> picture(request),
                picture -> drawTiles(picture, request, file), failure -> failed(file, failure));
    }

    /** Draws the PNG's tiles one per turn of the FX thread, then hands the image to the runner to encode and write. */
    private void drawTiles(ChartPicture picture, ExportRequest request, Path file) {
        PngRenderer.Tiles tiles;
        try {
            tiles = renderer.tiles(picture, request.scale());
        } catch (RuntimeException e) {
            failed(file, e);
            return;
        }
        showTiles(tiles);
        FxThread.later(() -> drawTile(picture, tiles, request, file));
    }

    private void showTiles(PngRenderer.Tiles tiles) {
        progress.setProgress(tiles.done() / (double) (tiles.total() + 1)); // the last step is writing
        status.setText(String.format(Locale.ROOT, "Drawing tile %d of %d…", Math.min(tiles.done() + 1, tiles.total()),
                tiles.total()));
    }

    private void drawTile(ChartPicture picture, PngRenderer.Tiles tiles, ExportRequest request, Path file) {
        try {
            tiles.drawNext();
        } catch (RuntimeException e) {
            failed(file, e);
            return;
        }
        if (tiles.hasNext()) {
            showTiles(tiles);
            FxThread.later(() -> drawTile(picture, tiles, request, file));
            return;
        }
        progress.setProgress(tiles.total() / (double) (tiles.total() + 1));
        status.setText("Writing " + file.getFileName() + "…");
        int marks = picture instanceof org.parallax.export.TimelinePicture t ? t.hits().size()
                : picture instanceof org.parallax.export.CoveragePicture c ? c.marks() : 0;
        ChartExporter.Rendered rendered = new ChartExporter.Png(tiles.image(), request.scale(), marks);
        runner.submit(EXPORT_KEY, "Writing " + file.getFileName() + "…", work -> write(rendered, file),
                this::written, failure -> failed(file, failure));
    }

    /** "timeline-moscow.png": the chart, the corpus's name when it has one, the format's extension. */
    String suggestedName(ExportRequest request) {
        String slug = source.name() == null ? "" : source.name().strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return request.chart().id() + (slug.isEmpty() ? "" : "-" + slug) + "." + request.format().extension();
    }

    /** The folder the last export went to, while it exists. */
    Optional<Path> lastFolder() {
        return settings.get(FOLDER_KEY).map(Path::of).filter(Files::isDirectory);
    }

    private static Path write(ChartExporter.Rendered rendered, Path file) throws java.io.IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        rendered.write(file);
        return file;
    }

    private void written(Path done) {
        finish();
        status.setText("Exported " + done.getFileName());
        written.set(done.toString());
        stage.close();
    }

    private void failed(Path file, Throwable failure) {
        finish();
        fail(file, failure);
    }

    private void finish() {
        progress.setVisible(false);
        exportButton.setDisable(preview.getImage() == null);
    }

    private void fail(Path file, Throwable failure) {
        String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        if (failure instanceof java.nio.file.NoSuchFileException nsf && nsf.getReason() != null) {
            reason = nsf.getFile() + ": " + nsf.getReason();
        } else if (failure instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied: " + reason;
        }
        String message = "Could not export the chart to " + file + ".\n\n" + capitalised(reason) + ".";
        lastError.set(message);
        status.setText("Export failed");
        if (showErrors) {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.initOwner(stage);
            alert.setTitle("Export Chart");
            alert.setHeaderText("The chart could not be exported");
            alert.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
            alert.show();
        }
    }

    private static String capitalised(String s) {
        String t = s.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The message of the last failure, empty when none: what the error dialog said. */
    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /** The last file written, empty before. */
    public ReadOnlyStringProperty writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Tests draw in small tiles, to see more than one. */
    void setRenderer(PngRenderer renderer) {
        this.renderer = renderer;
    }

    /** What the status line says now ("Drawing tile 2 of 6…"). */
    String statusText() {
        return status.getText();
    }

    /** The progress bar when shown, else -2. */
    double shownProgress() {
        return progress.isVisible() ? progress.getProgress() : -2;
    }

    /** Tests turn the modal error dialog off and read {@link #lastErrorProperty()} instead. */
    void setShowErrors(boolean show) {
        this.showErrors = show;
    }
}
