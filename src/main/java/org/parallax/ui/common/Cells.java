package org.parallax.ui.common;

import javafx.scene.control.Cell;

/** What the list and table cells share. */
public final class Cells {

    private Cells() {
    }

    /**
     * Clears the text and graphic of a cell that shows no item, for the start of {@code updateItem}.
     *
     * @return whether the cell was empty (and cleared), so that {@code updateItem} has nothing more to do
     */
    public static boolean clearedIfEmpty(Cell<?> cell, Object item, boolean empty) {
        if (!empty && item != null) {
            return false;
        }
        cell.setText(null);
        cell.setGraphic(null);
        return true;
    }
}
