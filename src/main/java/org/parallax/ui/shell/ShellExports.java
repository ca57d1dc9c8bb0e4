package org.parallax.ui.shell;

import java.util.function.Supplier;
import javafx.beans.value.ObservableStringValue;
import javafx.stage.Stage;
import org.parallax.export.CsvTable;
import org.parallax.export.ExportFilter;
import org.parallax.export.TimelineJsDocument;
import org.parallax.model.Corpus;
import org.parallax.ui.compare.CompareWorkspace;
import org.parallax.ui.export.ExportDialog;
import org.parallax.ui.export.ExportSource;
import org.parallax.ui.export.FileExport;
import org.parallax.ui.timeline.TimelineChart;
import org.parallax.ui.timeline.TimelineFilter;

/**
 * File → Export Chart…, Export for TimelineJS… and Export Table ▸: what the window shows (filters and corrections
 * applied), handed to the export features. What the filter shows is made on the runner's worker, never on the FX
 * thread: with a speaker hidden it reads the events' quotes, which the timeline's layout may still be making.
 */
final class ShellExports {

    private static final FileExport.Kind TIMELINE_JS = new FileExport.Kind("the timeline", "TimelineJS JSON", "json");
    static final String CHART_KEY = "export-chart-source";
    /** What the status bar says while the worker makes what the filter shows (it may wait for the events' quotes). */
    static final String CHART_PREPARING = "Preparing the chart for export\u2026";

    private final Stage stage;
    private final ShellServices services;
    private final TimelineFilter filter;
    private final TimelineChart timeline;
    private final CompareWorkspace compare;
    private final ObservableStringValue sourceName;
    private final FileExport.Chooser chooser;
    private final ExportDialog.FileChooserSeam chartChooser;
    private final FileExport.Outcome outcome;

    ShellExports(Stage stage, ShellServices services, TimelineFilter filter, TimelineChart timeline,
                 CompareWorkspace compare, ObservableStringValue sourceName) {
        this(stage, services, filter, timeline, compare, sourceName, FileExport.Chooser.system(),
                ExportDialog.FileChooserSeam.system(), FileExport.Outcome.alerts(stage));
    }

    /** With the file exports' {@code chooser}, the chart dialog's and {@code outcome} given (tests). */
    ShellExports(Stage stage, ShellServices services, TimelineFilter filter, TimelineChart timeline,
                 CompareWorkspace compare, ObservableStringValue sourceName, FileExport.Chooser chooser,
                 ExportDialog.FileChooserSeam chartChooser, FileExport.Outcome outcome) {
        this.stage = stage;
        this.services = services;
        this.filter = filter;
        this.timeline = timeline;
        this.compare = compare;
        this.sourceName = sourceName;
        this.chooser = chooser;
        this.chartChooser = chartChooser;
        this.outcome = outcome;
    }

    /**
     * The export dialog, on the chart as shown when asked (its axis, size, lanes and colours, read then: a folder
     * that finishes opening meanwhile must not lend the old corpus its axis and name), once the worker has the corpus.
     */
    void chart() {
        Supplier<Corpus> shown = filter.shownCorpusLater();
        var axis = timeline.getAxis();
        double width = timeline.getWidth();
        double height = timeline.getHeight();
        var lanes = timeline.getLaneMode();
        var colours = compare.coverageChart().colours();
        boolean collapse = timeline.isCollapseEmptyTime();
        String name = sourceName.get();
        double laneNames = timeline.getLaneNameWidth();
        services.runner().submit(CHART_KEY, CHART_PREPARING, progress -> shown.get(), corpus -> {
            ExportSource source = new ExportSource(corpus, axis, width, height, timeline::getPaint, lanes, colours,
                    collapse).named(name).withLaneNames(laneNames);
            new ExportDialog(stage, source, services.runner(), chartChooser, services.settings()).show();
        }, error -> outcome.failed("The chart could not be exported: " + error));
    }

    /** The timeline as shown, as TimelineJS JSON. */
    void timelineJs() {
        Supplier<Corpus> shown = filter.shownCorpusLater();
        String name = sourceName.get();
        files().export(stage, TIMELINE_JS, "timeline", name, file -> {
            var document = TimelineJsDocument.of(shown.get(), ExportFilter.NONE, name);
            TimelineJsDocument.write(document, file);
            int n = document.get("events").size();
            return "Wrote " + file.getFileName() + " with " + n + (n == 1 ? " event" : " events") + ".\n\nTo publish "
                    + "it, load the file with TimelineJS (timeline.knightlab.com, \"Using JSON\"); each event lists every "
                    + "outlet's sentence and links to the articles.";
        });
    }

    /** One table of what is shown, as CSV. */
    void table(CsvTable table) {
        Supplier<Corpus> shown = filter.shownCorpusLater();
        FileExport.Kind kind = new FileExport.Kind("the " + table.id() + " table", "CSV table", "csv");
        files().export(stage, kind, table.id(), sourceName.get(), file -> {
            int n = table.write(shown.get(), file);
            return "Wrote " + file.getFileName() + ": " + n + (n == 1 ? " row" : " rows") + " of " + table.id()
                    + ", UTF-8 with a header row; it opens in a spreadsheet as it is.";
        });
    }

    private FileExport files() {
        return new FileExport(services.runner(), chooser, services.settings(), outcome);
    }
}
