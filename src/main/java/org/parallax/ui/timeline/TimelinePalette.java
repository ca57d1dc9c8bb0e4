package org.parallax.ui.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The chart's colours as styleable properties of {@link TimelineChart}, set in {@code timeline.css} from the
 * {@code -px-*} tokens, so the dark theme (which overrides tokens only) recolours the canvas too. The defaults are
 * the light tokens, for a chart outside a themed scene.
 */
public enum TimelinePalette {
    BACKGROUND("-px-tl-background", Color.web("#ffffff")),
    LANE_ALT("-px-tl-lane-alt", Color.web("#f7f8fa")),
    GRID("-px-tl-grid", Color.web("#e6e8ec")),
    RULE("-px-tl-rule", Color.web("#d9dce1")),
    TEXT("-px-tl-text", Color.web("#1c1f24")),
    MUTED("-px-tl-muted", Color.web("#6b7280")),
    MARK("-px-tl-mark", Color.web("#2563c9")),
    MARK_BACKGROUND("-px-tl-mark-background", Color.web("#9aa3b2")),
    CLUSTER("-px-tl-cluster", Color.web("#1e4fa3")),
    MARK_TEXT("-px-tl-mark-text", Color.web("#ffffff")),
    ERA("-px-tl-era", Color.web("rgba(37, 99, 201, 0.07)")),
    ERA_TEXT("-px-tl-era-text", Color.web("#2563c9")),
    BREAK("-px-tl-break", Color.web("#eef0f3")),
    SELECTION("-px-tl-selection", Color.web("rgba(37, 99, 201, 0.22)")),
    FOCUS("-px-tl-focus", Color.web("#2563c9")),
    LABEL_BACKGROUND("-px-tl-label-background", Color.web("#ffffff"));

    private final String cssName;
    private final Paint initial;
    private final CssMetaData<TimelineChart, Paint> meta;

    TimelinePalette(String cssName, Paint initial) {
        this.cssName = cssName;
        this.initial = initial;
        this.meta = new CssMetaData<>(cssName, StyleConverter.getPaintConverter(), initial) {
            @Override
            public boolean isSettable(TimelineChart chart) {
                return !chart.paint(TimelinePalette.this).isBound();
            }

            @Override
            @SuppressWarnings("unchecked")
            public StyleableProperty<Paint> getStyleableProperty(TimelineChart chart) {
                return (StyleableProperty<Paint>) chart.paint(TimelinePalette.this);
            }
        };
    }

    /** The colour before CSS applies (the light tokens). */
    public Paint initial() {
        return initial;
    }

    public String cssName() {
        return cssName;
    }

    StyleableObjectProperty<Paint> newProperty(TimelineChart chart) {
        return new SimpleStyleableObjectProperty<>(meta, chart, name().toLowerCase(java.util.Locale.ROOT), initial);
    }

    static List<CssMetaData<? extends Styleable, ?>> cssMetaData(List<CssMetaData<? extends Styleable, ?>> inherited) {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(inherited);
        for (TimelinePalette p : values()) {
            all.add(p.meta);
        }
        return Collections.unmodifiableList(all);
    }

    /** The current colour of every entry, as a function for painters. */
    static Function<TimelinePalette, Paint> of(TimelineChart chart) {
        return p -> chart.paint(p).get();
    }
}
