package org.parallax.ui.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.scene.paint.Paint;
import org.parallax.chart.timeline.TimelineColour;

/**
 * The chart's colour roles ({@link TimelineColour}) as styleable properties of {@link TimelineChart}, set in
 * {@code timeline.css} from the {@code -px-*} tokens, so the dark theme (which overrides tokens only) recolours the
 * canvas too. The defaults are the light tokens, for a chart outside a themed scene.
 */
final class TimelinePalette {

    private static final Map<TimelineColour, CssMetaData<TimelineChart, Paint>> META = new EnumMap<>(TimelineColour.class);

    static {
        for (TimelineColour c : TimelineColour.values()) {
            META.put(c, new CssMetaData<>(c.cssName(), StyleConverter.getPaintConverter(), c.light()) {
                @Override
                public boolean isSettable(TimelineChart chart) {
                    return !chart.paint(c).isBound();
                }

                @Override
                @SuppressWarnings("unchecked")
                public StyleableProperty<Paint> getStyleableProperty(TimelineChart chart) {
                    return (StyleableProperty<Paint>) chart.paint(c);
                }
            });
        }
    }

    private TimelinePalette() {
    }

    static StyleableObjectProperty<Paint> newProperty(TimelineChart chart, TimelineColour c) {
        return new SimpleStyleableObjectProperty<>(META.get(c), chart, c.name().toLowerCase(java.util.Locale.ROOT),
                c.light());
    }

    static List<CssMetaData<? extends Styleable, ?>> cssMetaData(List<CssMetaData<? extends Styleable, ?>> inherited) {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(inherited);
        all.addAll(META.values());
        return Collections.unmodifiableList(all);
    }

    /** The current colour of every role, as a function for painters. */
    static Function<TimelineColour, Paint> of(TimelineChart chart) {
        return c -> chart.paint(c).get();
    }
}
