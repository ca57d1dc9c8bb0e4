package org.parallax.ui.shell;

import java.util.Locale;
import java.util.Optional;

/** The names of the view state a workspace keeps ({@code "view"} in the file), and tolerant readers of its values. */
final class ViewKeys {

    static final String TAB = "tab";
    static final String LANES = "lanes";
    static final String COLLAPSE = "collapseEmptyTime";
    static final String ZOOM = "zoom";
    static final String EVENT = "selectedEvent";
    static final String LANE_NAMES = "laneNameWidth";

    private ViewKeys() {
    }

    /** The constant named by {@code value} in any case, or empty (absent, or from a newer version). */
    static <E extends Enum<E>> Optional<E> enumValue(String value, Class<E> type) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<Double> number(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
