package org.parallax.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
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
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.parallax.export.ChartKind;
import org.parallax.export.ImageFormat;
import org.parallax.ui.common.SaveDialog;
import org.parallax.ui.common.Settings;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.TaskRunner;
import org.parallax.ui.export.ExportDialogViewModel.ExtentChoice;
import org.parallax.ui.export.ExportDialogViewModel.Output;

/**
 * File → Export Chart… (Ctrl+E): which chart, how much of it (what is on screen, or everything), PNG at 1×, 2× or
 * 4× or SVG, title and legend, with a live preview. The window only shows and asks: its controls are bound to an
 * {@link ExportDialogViewModel}, which lays out, previews and exports (through the {@code ExportJob} the command line
 * uses too); the window asks for the file through its {@link FileChooserSeam}, waits {@link #TITLE_PAUSE} of no
 * typing before the title reaches the preview, shows the progress, closes when the file is written, and opens an
 * error dialog naming the file and the reason when it could not be.
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
            String ext = format.extension();
            return SaveDialog.ask(owner, "Export Chart", folder, suggested, ext.toUpperCase(Locale.ROOT) + " image", ext);
        }
    }

    public static final String STYLE = "px-export-dialog";
    public static final String PREVIEW = "px-export-preview";
    public static final String PREVIEW_MESSAGE = "px-export-preview-message";
    public static final String SECTION = "px-export-section";
    /** How long typing in the title must pause before the preview is laid out again. */
    static final Duration TITLE_PAUSE = Duration.millis(250);

    private final ExportDialogViewModel model;
    private final FileChooserSeam chooser;
    private final Stage stage = new Stage();
    private final ChoiceBox<ChartKind> chart = new ChoiceBox<>();
    private final ToggleGroup extentGroup = new ToggleGroup();
    private final RadioButton onScreen = new RadioButton("What is on screen");
    private final RadioButton everything = new RadioButton("Everything (with the current filters)");
    private final ToggleGroup outputGroup = new ToggleGroup();
    private final Map<Output, RadioButton> outputs = Map.of(Output.PNG_1, new RadioButton("PNG 1×"),
            Output.PNG_2, new RadioButton("PNG 2×"), Output.PNG_4, new RadioButton("PNG 4×"),
            Output.SVG, new RadioButton("SVG"));
    private final CheckBox decorations = new CheckBox("Title and legend");
    private final TextField title = new TextField();
    private final ImageView preview = new ImageView();
    private final Label previewMessage = new Label();
    private final Label sizeLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final Button exportButton = new Button("Export…");
    private final Button cancelButton = new Button("Close");
    private final PauseTransition titlePause = new PauseTransition(TITLE_PAUSE);

    /** The last export folder is remembered in {@code settings}; null: for the session. */
    public ExportDialog(Window owner, ExportSource source, TaskRunner runner, FileChooserSeam chooser,
                        Settings settings) {
        this(owner, new ExportDialogViewModel(source, runner, settings), chooser);
    }

    /** A window over {@code model}: every choice and every outcome goes through it. */
    public ExportDialog(Window owner, ExportDialogViewModel model, FileChooserSeam chooser) {
        this.model = model;
        this.chooser = chooser;
        stage.setTitle("Export Chart");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        setUpControls();
        bindChoices();
        bindOutcomes();
        stage.setScene(new Scene(layout()));
        boolean dark = owner != null && owner.getScene() != null && Theme.isDark(owner.getScene());
        Theme.install(stage.getScene(), dark);
        stage.getScene().getStylesheets().add(Theme.stylesheet(ExportDialog.class, "export-dialog.css"));
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !model.busyProperty().get()) {
                stage.close();
            }
        });
        exportButton.setOnAction(e -> export());
        cancelButton.setOnAction(e -> stage.close());
    }

    private void setUpControls() {
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
        chart.setId("export-chart");
        onScreen.setToggleGroup(extentGroup);
        everything.setToggleGroup(extentGroup);
        onScreen.setUserData(ExtentChoice.ON_SCREEN);
        everything.setUserData(ExtentChoice.EVERYTHING);
        onScreen.setId("export-on-screen");
        everything.setId("export-everything");
        outputs.forEach((out, button) -> {
            button.setToggleGroup(outputGroup);
            button.setUserData(out);
            button.setId("export-" + out.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        });
        decorations.setId("export-decorations");
        title.setPromptText("Title (the chart's own when empty)");
        title.setId("export-title");
        exportButton.setId("export-button");
        exportButton.setDefaultButton(true);
        cancelButton.setId("export-close");
        cancelButton.setCancelButton(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("export-progress");
        status.setId("export-status");
        previewMessage.getStyleClass().add(PREVIEW_MESSAGE);
        previewMessage.setWrapText(true);
        previewMessage.setId("export-preview-message");
        preview.setPreserveRatio(true);
        preview.setFitWidth(ExportDialogViewModel.PREVIEW_WIDTH);
        preview.setFitHeight(ExportDialogViewModel.PREVIEW_HEIGHT);
        preview.setId("export-preview");
        sizeLabel.getStyleClass().add("px-muted");
        sizeLabel.setId("export-size");
    }

    /** The choices, both ways; the title reaches the model once typing pauses. */
    private void bindChoices() {
        chart.valueProperty().bindBidirectional(model.chartProperty());
        onScreen.disableProperty().bind(model.onScreenOfferedProperty().not());
        selectToggle(extentGroup, model.extentProperty().get());
        model.extentProperty().addListener((o, a, b) -> selectToggle(extentGroup, b));
        extentGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.extentProperty().set((ExtentChoice) b.getUserData());
            }
        });
        selectToggle(outputGroup, model.outputProperty().get());
        model.outputProperty().addListener((o, a, b) -> selectToggle(outputGroup, b));
        outputGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.outputProperty().set((Output) b.getUserData());
            }
        });
        decorations.selectedProperty().bindBidirectional(model.decorationsProperty());
        title.setText(model.titleProperty().get());
        title.disableProperty().bind(decorations.selectedProperty().not());
        titlePause.setOnFinished(e -> model.titleProperty().set(title.getText()));
        title.textProperty().addListener((o, a, b) -> titlePause.playFromStart());
    }

    private static void selectToggle(ToggleGroup group, Object value) {
        for (Toggle t : group.getToggles()) {
            if (t.getUserData() == value) {
                group.selectToggle(t);
            }
        }
    }

    /** The preview, the size, the progress and the outcome: the window closes when written, says why when not. */
    private void bindOutcomes() {
        preview.imageProperty().bind(model.previewProperty());
        preview.imageProperty().addListener((o, a, image) -> {
            if (image != null) {
                preview.setFitWidth(image.getWidth());
            }
        });
        previewMessage.textProperty().bind(model.previewMessageProperty());
        previewMessage.visibleProperty().bind(model.previewMessageProperty().isNotEmpty());
        sizeLabel.textProperty().bind(model.sizeProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.progressProperty().bind(model.progressProperty());
        status.textProperty().bind(model.statusProperty());
        exportButton.disableProperty().bind(model.exportEnabledProperty().not());
        model.writtenProperty().addListener((o, a, file) -> {
            if (file != null) {
                stage.close();
            }
        });
        model.lastErrorProperty().addListener((o, a, message) -> {
            if (!message.isEmpty()) {
                showError(message);
            }
        });
    }

    private BorderPane layout() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        int row = 0;
        form.addRow(row++, section("Chart"), chart);
        form.addRow(row++, section("Extent"), new VBox(6, onScreen, everything));
        form.addRow(row++, section("Format"), new HBox(12, outputs.get(Output.PNG_1), outputs.get(Output.PNG_2),
                outputs.get(Output.PNG_4), outputs.get(Output.SVG)));
        form.addRow(row++, section("Decorations"), new VBox(6, decorations, title));
        GridPane.setHgrow(title, Priority.ALWAYS);

        StackPane previewPane = new StackPane(preview, previewMessage);
        previewPane.getStyleClass().add(PREVIEW);
        double paneWidth = ExportDialogViewModel.PREVIEW_WIDTH + 16;
        double paneHeight = ExportDialogViewModel.PREVIEW_HEIGHT + 16;
        previewPane.setMinSize(paneWidth, paneHeight);
        previewPane.setPrefSize(paneWidth, paneHeight);
        VBox previewBox = new VBox(6, section("Preview"), previewPane, sizeLabel);

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

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(SECTION);
        return l;
    }

    /** The title as typed so far goes in, then the file is asked for (in the last export's folder) and exported. */
    private void export() {
        titlePause.stop();
        model.titleProperty().set(title.getText());
        if (!model.exportEnabledProperty().get()) {
            return;
        }
        Optional<Path> target = chooser.choose(stage, model.lastFolder().orElse(null), model.suggestedName(),
                model.request().format());
        target.ifPresent(model::export);
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setTitle("Export Chart");
        alert.setHeaderText("The chart could not be exported");
        alert.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        alert.show();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
