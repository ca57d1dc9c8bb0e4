package org.parallax.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.parallax.ui.common.Styles;

/** The comparison's legend: "Against the base:" and each {@link Mark} in its colour. */
final class MarkLegend {

    private MarkLegend() {
    }

    static HBox of() {
        HBox legend = new HBox(6);
        legend.getStyleClass().add(CompareStyles.LEGEND);
        legend.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label("Against the base:");
        intro.getStyleClass().add(Styles.MUTED);
        intro.setMinWidth(Region.USE_PREF_SIZE);
        legend.getChildren().add(intro);
        for (Mark m : Mark.values()) {
            Label item = new Label(m.label());
            item.getStyleClass().add(CompareStyles.LEGEND_ITEM);
            item.pseudoClassStateChanged(CompareStyles.mark(m), true);
            item.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(item);
        }
        return legend;
    }
}
