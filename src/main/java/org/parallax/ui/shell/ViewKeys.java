package org.parallax.ui.shell;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.Outlet;

/** The names of the view state a workspace keeps ({@code "view"} in the file), and tolerant readers of its values. */
final class ViewKeys {

    static final String TAB = "tab";
    static final String LANES = "lanes";
    static final String COLLAPSE = "collapseEmptyTime";
    static final String ZOOM = "zoom";
    static final String EVENT = "selectedEvent";
    /** The outlets the timeline's filter hides, one name a line (the unknown outlet an empty line). */
    static final String HIDDEN_OUTLETS = "hiddenOutlets";
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

    /** Outlets as the view keeps them: their names sorted, one a line (a name is one line of text). */
    static String outlets(Collection<Outlet> outlets) {
        return outlets.stream().map(Outlet::name).sorted().collect(Collectors.joining("\n"));
    }

    /** The outlets {@link #outlets(Collection)} wrote; none when absent. */
    static Set<Outlet> outlets(String value) {
        return value == null ? Set.of()
                : Arrays.stream(value.split("\n", -1)).map(Outlet::of).collect(Collectors.toUnmodifiableSet());
    }

    static Optional<Double> number(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
