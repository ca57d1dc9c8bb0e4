package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.Dimension2D;
import javafx.scene.AccessibleRole;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import org.parallax.model.Corpus;
import org.parallax.model.Span;
import org.parallax.chart.FxChartCanvas;
import org.parallax.chart.coverage.CoverageColour;
import org.parallax.chart.coverage.CoverageData;
import org.parallax.chart.coverage.CoveragePainter;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.Theme;

/**
 * The coverage chart on screen: {@link CoveragePainter} on a Canvas at the chart's natural size (put it in a scroll
 * pane), its colours styleable properties set from the tokens in {@code coverage-chart.css}. Hovering a cell names
 * the report; a click, or Enter on the cell the arrow keys moved to, calls {@link #setOnOpenSpan} with that outlet's
 * first mention of the event.
 */
public final class CoverageChart extends Region {

    public static final String STYLESHEET = Theme.stylesheet(CoverageChart.class, "coverage-chart.css");

    private static final Map<CoverageColour, CssMetaData<CoverageChart, Paint>> META = new EnumMap<>(CoverageColour.class);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        for (CoverageColour c : CoverageColour.values()) {
            META.put(c, new CssMetaData<>(c.cssName(), StyleConverter.getPaintConverter(), c.light()) {
                @Override
                public boolean isSettable(CoverageChart chart) {
                    return !chart.colours.get(c).isBound();
                }

                @Override
                @SuppressWarnings("unchecked")
                public StyleableProperty<Paint> getStyleableProperty(CoverageChart chart) {
                    return (StyleableProperty<Paint>) chart.colours.get(c);
                }
            });
        }
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.addAll(META.values());
        CSS = Collections.unmodifiableList(all);
    }

    private final Map<CoverageColour, StyleableObjectProperty<Paint>> colours = new EnumMap<>(CoverageColour.class);
    private final ObjectProperty<CoverageData> data = new SimpleObjectProperty<>(this, "data", CoverageData.EMPTY);
    private final Canvas canvas = new Canvas();
    private final CoveragePainter painter = new CoveragePainter();
    private final Tooltip tip = new Tooltip();
    private CoveragePainter.CellRef focus;
    private Consumer<Span> onOpenSpan = s -> { };
    private Rectangle2D visible;
    private double fullWidth;
    private double fullHeight;
    private double offsetX;
    private double offsetY;
    /** Something drawn changed since the last frame; the frame is drawn on the next layout pass while showing. */
    private boolean dirty = true;
    private int frames;

    public CoverageChart() {
        getStyleClass().add(CompareStyles.COVERAGE_CHART);
        getStylesheets().add(STYLESHEET);
        for (CoverageColour c : CoverageColour.values()) {
            StyleableObjectProperty<Paint> p = new SimpleStyleableObjectProperty<>(META.get(c), this,
                    c.name().toLowerCase(java.util.Locale.ROOT), c.light());
            p.addListener((obs, old, now) -> redraw());
            colours.put(c, p);
        }
        getChildren().add(canvas);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText("Coverage chart");
        data.addListener((obs, old, now) -> {
            focus = null;
            requestLayout();
            redraw();
            setAccessibleText(describe(now));
        });
        focusedProperty().addListener((obs, old, now) -> redraw());
        setOnMouseMoved(e -> {
            Optional<CoveragePainter.CellRef> at = painter.cellAt(e.getX(), e.getY(), getData());
            String text = at.map(this::describeCell).orElse(null);
            if (text == null) {
                Tooltip.uninstall(this, tip);
            } else {
                tip.setText(text);
                Tooltip.install(this, tip);
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            requestFocus();
            painter.cellAt(e.getX(), e.getY(), getData()).ifPresent(ref -> {
                focus = ref;
                redraw();
                open(ref);
            });
        });
        setOnKeyPressed(e -> {
            CoverageData d = getData();
            if (d.isEmpty()) {
                return;
            }
            CoveragePainter.CellRef f = focus == null ? new CoveragePainter.CellRef(0, 0) : focus;
            int r = f.row();
            int c = f.column();
            switch (e.getCode()) {
                case UP -> r = Math.max(0, r - 1);
                case DOWN -> r = Math.min(d.rows().size() - 1, r + 1);
                case LEFT -> c = Math.max(0, c - 1);
                case RIGHT -> c = Math.min(d.outlets().size() - 1, c + 1);
                case ENTER, SPACE -> {
                    open(f);
                    e.consume();
                    return;
                }
                default -> {
                    return;
                }
            }
            focus = new CoveragePainter.CellRef(r, c);
            setAccessibleHelp(describeCell(focus));
            redraw();
            e.consume();
        });
    }

    /** Charts the events and outlets of {@code corpus}. */
    public void setCorpus(Corpus corpus) {
        setData(CoverageData.of(corpus));
    }

    public ObjectProperty<CoverageData> dataProperty() {
        return data;
    }

    public CoverageData getData() {
        return data.get();
    }

    public void setData(CoverageData value) {
        data.set(value == null ? CoverageData.EMPTY : value);
    }

    public void setOnOpenSpan(Consumer<Span> action) {
        onOpenSpan = action == null ? s -> { } : action;
    }

    /** The current colour of every role, for the painter (and an export of what is on screen). */
    public Function<CoverageColour, Paint> colours() {
        return c -> colours.get(c).get();
    }

    private void open(CoveragePainter.CellRef ref) {
        getData().cell(ref.row(), ref.column()).map(CoverageData.Cell::mention).ifPresent(onOpenSpan);
    }

    private String describeCell(CoveragePainter.CellRef ref) {
        CoverageData d = getData();
        String event = d.rows().get(ref.row()).label();
        String outlet = d.outlets().get(ref.column());
        return d.cell(ref.row(), ref.column())
                .map(c -> outlet + " reported \u201c" + ArticleLabels.elide(event, 80) + "\u201d on "
                        + ArticleLabels.shortDate(c.published()) + " (" + c.lagText() + ")")
                .orElse(outlet + " did not report \u201c" + ArticleLabels.elide(event, 80) + "\u201d");
    }

    private static String describe(CoverageData d) {
        return "Coverage chart: " + ArticleLabels.count(d.rows().size(), "event", "events") + " by "
                + ArticleLabels.count(d.outlets().size(), "outlet", "outlets");
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + painter.preferredSize(getData()).getWidth() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + painter.preferredSize(getData()).getHeight() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /**
     * The part of the chart a scroll pane shows, in chart coordinates; the canvas covers only that much (plus nothing
     * beyond the chart), so a corpus of thousands of events never asks for a texture tens of thousands of pixels
     * high. Null: the canvas covers the whole chart.
     */
    public void setVisibleArea(Rectangle2D area) {
        if (!java.util.Objects.equals(visible, area)) {
            visible = area;
            requestLayout();
        }
    }

    /** Keeps {@link #setVisibleArea} up to date with what {@code scroll} (whose content is this chart) shows. */
    public void followViewport(ScrollPane scroll) {
        javafx.beans.InvalidationListener update = o -> {
            javafx.geometry.Bounds view = scroll.getViewportBounds();
            double x = Math.max(0, getWidth() - view.getWidth()) * hValue(scroll);
            double y = Math.max(0, getHeight() - view.getHeight()) * vValue(scroll);
            setVisibleArea(new Rectangle2D(x, y, view.getWidth(), view.getHeight()));
        };
        scroll.viewportBoundsProperty().addListener(update);
        scroll.hvalueProperty().addListener(update);
        scroll.vvalueProperty().addListener(update);
        heightProperty().addListener(update);
        widthProperty().addListener(update);
    }

    private static double hValue(ScrollPane s) {
        double range = s.getHmax() - s.getHmin();
        return range <= 0 ? 0 : (s.getHvalue() - s.getHmin()) / range;
    }

    private static double vValue(ScrollPane s) {
        double range = s.getVmax() - s.getVmin();
        return range <= 0 ? 0 : (s.getVvalue() - s.getVmin()) / range;
    }

    @Override
    protected void layoutChildren() {
        Dimension2D size = painter.preferredSize(getData());
        fullWidth = Math.max(size.getWidth(), getWidth() - snappedLeftInset() - snappedRightInset());
        fullHeight = Math.max(size.getHeight(), getHeight() - snappedTopInset() - snappedBottomInset());
        double w = visible == null ? fullWidth : Math.min(fullWidth, Math.ceil(visible.getWidth()));
        double h = visible == null ? fullHeight : Math.min(fullHeight, Math.ceil(visible.getHeight()));
        offsetX = visible == null ? 0 : Math.max(0, Math.min(Math.floor(visible.getMinX()), fullWidth - w));
        offsetY = visible == null ? 0 : Math.max(0, Math.min(Math.floor(visible.getMinY()), fullHeight - h));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        double x = snappedLeftInset() + offsetX;
        double y = snappedTopInset() + offsetY;
        if (canvas.getLayoutX() != x || canvas.getLayoutY() != y) {
            canvas.relocate(x, y);
            dirty = true;
        }
        if (dirty && showing()) {
            draw();
        }
    }

    /** Marks the frame dirty; it is drawn on the next layout pass, or when the chart is next shown. */
    private void redraw() {
        dirty = true;
        requestLayout();
    }

    /** Whether the chart is on a showing window and neither it nor a parent is hidden (a tab not selected). */
    private boolean showing() {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return false;
        }
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Frames drawn so far (an idle chart draws none). */
    int frames() {
        return frames;
    }

    private void draw() {
        dirty = false;
        frames++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        g.translate(-offsetX, -offsetY); // the whole chart, shifted so the visible part lands on the canvas
        painter.paint(new FxChartCanvas(g), fullWidth, fullHeight, getData(), colours(),
                new CoveragePainter.State(isFocused() ? focus : null));
        g.restore();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
