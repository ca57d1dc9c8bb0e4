package org.parallax.ui.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.stage.Stage;
import org.parallax.ui.compare.CompareWorkspace;
import org.parallax.ui.export.ExportDialog;
import org.parallax.ui.export.ExportSource;
import org.parallax.ui.export.TimelineJsExport;
import org.parallax.ui.timeline.TimelineChart;
import org.parallax.ui.timeline.TimelineFilter;

/** File → Export Chart… and Export for TimelineJS…: what the window shows, handed to the export features. */
final class ShellExports {

    private final Stage stage;
    private final ShellServices services;
    private final TimelineFilter filter;
    private final TimelineChart timeline;
    private final CompareWorkspace compare;
    private final ObservableStringValue sourceName;

    ShellExports(Stage stage, ShellServices services, TimelineFilter filter, TimelineChart timeline,
                 CompareWorkspace compare, ObservableStringValue sourceName) {
        this.stage = stage;
        this.services = services;
        this.filter = filter;
        this.timeline = timeline;
        this.compare = compare;
        this.sourceName = sourceName;
    }

    /** The export dialog, on the chart as shown (its axis, size, lanes and colours). */
    void chart() {
        ExportSource source = new ExportSource(filter.shownCorpus(), timeline.getAxis(), timeline.getWidth(),
                timeline.getHeight(), timeline::getPaint, timeline.getLaneMode(), compare.coverageChart().colours(),
                timeline.isCollapseEmptyTime()).named(sourceName.get());
        new ExportDialog(stage, source, services.runner(), ExportDialog.FileChooserSeam.system(), services.settings())
                .show();
    }

    /** The timeline as shown, as TimelineJS JSON. */
    void timelineJs() {
        new TimelineJsExport(services.runner(), TimelineJsExport.Chooser.system(), services.settings(),
                TimelineJsExport.Outcome.alerts(stage)).export(stage, filter.shownCorpus(), sourceName.get());
    }
}
