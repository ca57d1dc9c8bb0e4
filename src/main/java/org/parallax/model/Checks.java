package org.parallax.model;

import java.util.Objects;

/** Checks shared by the records' compact constructors. */
public final class Checks {

    private Checks() {
    }

    /**
     * Fails with {@link NullPointerException}, naming the component, when any of {@code values} is null.
     *
     * @param names  the components' names, separated by spaces, in the order of {@code values}
     * @param values the components
     */
    public static void nonNull(String names, Object... values) {
        String[] each = names.split(" ");
        if (each.length != values.length) {
            throw new IllegalArgumentException(each.length + " names for " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            Objects.requireNonNull(values[i], each[i]);
        }
    }
}
