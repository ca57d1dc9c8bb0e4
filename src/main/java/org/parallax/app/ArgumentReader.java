package org.parallax.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's arguments read front to back, the one way every command takes its options, their values and its
 * one FOLDER or DIR; the messages it throws are the CLI's usage errors.
 */
final class ArgumentReader {

    private final List<String> rest;

    ArgumentReader(String[] args) {
        this.rest = new ArrayList<>(List.of(args));
    }

    boolean hasNext() {
        return !rest.isEmpty();
    }

    /** The next argument; only after {@link #hasNext()}. */
    String next() {
        return rest.remove(0);
    }

    /** The next argument, or "" when there is none (a sub-command that was left out). */
    String nextOrEmpty() {
        return rest.isEmpty() ? "" : rest.remove(0);
    }

    /** The next argument as an option's value; {@code missing} is the message when there is none. */
    String value(String missing) throws UsageException {
        if (rest.isEmpty()) {
            throw new UsageException(missing);
        }
        return rest.remove(0);
    }

    /** The next argument as the value of {@code option}, unless there is none or it is itself an option (--x). */
    String valueNotOption(String option) throws UsageException {
        if (!rest.isEmpty() && rest.get(0).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return value(option + " needs a value");
    }

    /** The value joined to {@code arg} as {@code option=value}; null when {@code arg} is not that. */
    static String joined(String arg, String option) {
        return arg.startsWith(option + "=") ? arg.substring(option.length() + 1) : null;
    }

    /** {@code arg} as the one positional argument called {@code name}; refused when {@code before} was read. */
    static Path positional(Path before, String arg, String name) throws UsageException {
        if (before != null) {
            throw new UsageException("one " + name + " only (got also " + arg + ")");
        }
        return Path.of(arg);
    }

    /** {@code value}, refused as "NAME is missing" when it was never given. */
    static <T> T required(T value, String name) throws UsageException {
        if (value == null) {
            throw new UsageException(name + " is missing");
        }
        return value;
    }

    static UsageException unknownOption(String arg) {
        return new UsageException("unknown option " + arg);
    }
}
