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
        if (allNonNull(values) && words(names) == values.length) {
            return; // the usual case, told without splitting the names: a record is made per mention of a corpus
        }
        String[] each = names.split(" ");
        if (each.length != values.length) {
            throw new IllegalArgumentException(each.length + " names for " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            Objects.requireNonNull(values[i], each[i]);
        }
    }

    private static boolean allNonNull(Object[] values) {
        for (Object v : values) {
            if (v == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many names {@code names.split(" ")} gives, where that is one more than its spaces (its last char not a space,
     * so no empty name is dropped from the end); -1 otherwise, which sends the caller the long way.
     */
    private static int words(String names) {
        if (names.isEmpty() || names.charAt(names.length() - 1) == ' ') {
            return -1;
        }
        int words = 1;
        for (int i = 0; i < names.length(); i++) {
            words += names.charAt(i) == ' ' ? 1 : 0;
        }
        return words;
    }
}
