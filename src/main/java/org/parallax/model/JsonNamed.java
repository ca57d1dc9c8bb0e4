package org.parallax.model;

import java.util.Locale;

/**
 * An enum whose constants are written to the model JSON in lower case ("at_least" for {@code AT_LEAST}); one
 * mechanism for every such enum, so their names are spelt the same way both ways.
 */
public interface JsonNamed {

    /** The constant's name, as the enum declares it. */
    String name();

    /** The name in the model JSON: the constant's name in lower case. */
    default String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose {@link #jsonName()} is {@code s}; IllegalArgumentException if none. */
    static <E extends Enum<E> & JsonNamed> E fromJson(Class<E> type, String s) {
        return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    }
}
