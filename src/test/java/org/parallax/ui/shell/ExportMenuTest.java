package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.chart.timeline.LaneMode;
import org.testfx.framework.junit5.ApplicationExtension;

/** File → Export Chart… (Ctrl+E) asks the shell to open the export dialog. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {

    @Test
    void theFileMenuHasExportChartOnCtrlE() {
        List<String> called = new ArrayList<>();
        ShellMenus menus = new ShellMenus(new ShellMenus.Actions() {
            @Override
            public void openFolder() {
            }

            @Override
            public void openRecent(Path folder) {
            }

            @Override
            public void clearRecent() {
            }

            @Override
            public void filterArticles() {
            }

            @Override
            public void search() {
            }

            @Override
            public void about() {
            }

            @Override
            public void quit() {
            }

            @Override
            public void exportChart() {
                called.add("export");
            }
        }, new SimpleObjectProperty<>(RecentFolders.EMPTY), new SimpleBooleanProperty(), new SimpleBooleanProperty(),
                new ShellMenus.TimelineToggles(new SimpleObjectProperty<>(LaneMode.OUTLET), new SimpleBooleanProperty(true)));
        MenuItem item = menus.bar().getMenus().get(0).getItems().stream()
                .filter(i -> "export-chart".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("_Export Chart…");
        assertThat(item.getAccelerator()).isEqualTo(ShellMenus.EXPORT);
        assertThat(ShellMenus.EXPORT.getName()).isEqualTo("Shortcut+E");
        item.fire();
        assertThat(called).containsExactly("export");
    }
}
