package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The columns of a {@link QuoteComparisonView}: the column heads, which stay in view above the scrolling rows and move
 * sideways with them, and the rows of cells under them. Every column has one width, the view's width shared out, or
 * {@link QuoteComparisonView#MIN_COLUMN_WIDTH} when that is too narrow (then the rows scroll sideways); a column is lit
 * as a whole, head and cells, under the pointer.
 */
final class ComparisonGrid {

    /** The rows: one HBox per aligned row (or one with each column's whole text). */
    private final VBox grid = new VBox();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final HBox heads = new HBox();
    private final DoubleProperty columnWidth = new SimpleDoubleProperty(this, "columnWidth",
            QuoteComparisonView.MIN_COLUMN_WIDTH);
    private final List<HBox> rowBoxes = new ArrayList<>();
    private final List<List<Node>> columnNodes = new ArrayList<>();
    private final List<Node> headNodes = new ArrayList<>();
    private final BorderPane area;

    ComparisonGrid() {
        grid.getStyleClass().add(CompareStyles.COMPARISON_GRID);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("px-compare-scroll");
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> fit());
        grid.paddingProperty().addListener((obs, old, now) -> fit());
        area = new BorderPane(scroll, headsPane(), null, null, null);
    }

    /** The heads above the scrolling rows. */
    Node node() {
        return area;
    }

    /** What a menu opened on the rows is shown over. */
    Node rows() {
        return grid;
    }

    /** Calls {@code handler} for a context menu asked for on a row or a column head (or the menu key on a head). */
    void setOnContextMenuRequested(EventHandler<ContextMenuEvent> handler) {
        grid.setOnContextMenuRequested(handler);
        heads.setOnContextMenuRequested(handler);
    }

    /** The column heads, in column order. */
    List<Node> heads() {
        return List.copyOf(headNodes);
    }

    /** Column {@code column}'s head. */
    Node head(int column) {
        return headNodes.get(column);
    }

    /** Takes every head and row away. */
    void clear() {
        grid.getChildren().clear();
        heads.getChildren().clear();
        rowBoxes.clear();
        columnNodes.clear();
        headNodes.clear();
    }

    /** Adds the next column, headed by {@code head}. */
    void addColumn(Region head) {
        columnNodes.add(new ArrayList<>());
        headNodes.add(head);
        add(head, columnNodes.size() - 1, 0);
    }

    /** Puts {@code cell} in column {@code column} of row {@code row} (from 1; the rows before it are made). */
    void addCell(Region cell, int column, int row) {
        while (rowBoxes.size() < row) {
            HBox box = new HBox();
            box.getStyleClass().add(CompareStyles.COMPARISON_ROW);
            box.setFillHeight(true);
            rowBoxes.add(box);
            grid.getChildren().add(box);
        }
        add(cell, column, row);
    }

    private void add(Region node, int column, int row) {
        node.minWidthProperty().bind(columnWidth);
        node.prefWidthProperty().bind(columnWidth);
        node.maxWidthProperty().bind(columnWidth);
        (row == 0 ? heads : rowBoxes.get(row - 1)).getChildren().add(node);
        columnNodes.get(column).add(node);
        node.setOnMouseEntered(e -> hover(column, true));
        node.setOnMouseExited(e -> hover(column, false));
    }

    /** Lays the columns out once their cells are in: the row spacing and padding come from the stylesheet. */
    void laidOut() {
        grid.applyCss();
        fit();
    }

    /** The column {@code picked} (a node under the pointer) is in, or -1 when it is in none. */
    int columnAt(Node picked) {
        for (Node n = picked; n != null && n != grid; n = n.getParent()) { // up to the cell
            for (int i = 0; i < columnNodes.size(); i++) {
                if (columnNodes.get(i).contains(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void hover(int column, boolean on) {
        if (column < columnNodes.size()) {
            for (Node n : columnNodes.get(column)) {
                n.pseudoClassStateChanged(CompareStyles.COLUMN_HOVER, on);
            }
        }
    }

    /** The column heads stay in view above the scrolling rows, moved sideways with them. */
    private Pane headsPane() {
        heads.getStyleClass().addAll(CompareStyles.COMPARISON_ROW, CompareStyles.COMPARISON_HEADS);
        heads.setFillHeight(true);
        Pane headsClip = new Pane(heads) {
            @Override
            protected double computePrefHeight(double width) {
                return snappedTopInset() + heads.prefHeight(-1) + snappedBottomInset();
            }

            @Override
            protected double computeMinHeight(double width) {
                return computePrefHeight(width);
            }
        };
        headsClip.getStyleClass().add(CompareStyles.COMPARISON_HEADS_PANE);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(headsClip.widthProperty());
        clip.heightProperty().bind(headsClip.heightProperty());
        headsClip.setClip(clip);
        heads.translateXProperty().bind(Bindings.createDoubleBinding(() -> -scroll.getHvalue()
                * Math.max(0, grid.getWidth() - scroll.getViewportBounds().getWidth()),
                scroll.hvalueProperty(), grid.widthProperty(), scroll.viewportBoundsProperty()));
        return headsClip;
    }

    /** Columns share the width; below {@link QuoteComparisonView#MIN_COLUMN_WIDTH} each the rows scroll sideways. */
    private void fit() {
        int n = headNodes.size();
        if (n == 0) {
            return;
        }
        double gap = rowBoxes.isEmpty() ? 0 : rowBoxes.get(0).getSpacing();
        double viewport = scroll.getViewportBounds().getWidth();
        double available = viewport - grid.snappedLeftInset() - grid.snappedRightInset() - gap * (n - 1);
        boolean fit = available >= n * QuoteComparisonView.MIN_COLUMN_WIDTH;
        scroll.setFitToWidth(fit);
        columnWidth.set(fit ? Math.floor(available / n) : QuoteComparisonView.MIN_COLUMN_WIDTH);
    }
}
