package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Checks#nonNull} against the check of before, kept here as the reference: it split the names at every call,
 * where now they are split only when a value is null, the names count other than one a value, or they are empty or end
 * in a space (then counting spaces does not tell what the split gives, and it passes when the split leaves one a
 * value); both fail and pass alike.
 */
class ChecksTest {

    @Test
    void failsAndPassesAsTheCheckThatSplitTheNamesEveryTime() {
        Random random = new Random(23);
        int failed = 0;
        for (int n = 0; n < 20_000; n++) {
            String names = randomNames(random);
            Object[] values = new Object[random.nextInt(5)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(6) == 0 ? null : "v" + i;
            }
            String expected = outcome(() -> nonNullBefore(names, values));
            assertThat(outcome(() -> Checks.nonNull(names, values))).as("'%s' with %d values", names, values.length)
                    .isEqualTo(expected);
            failed += expected.isEmpty() ? 0 : 1;
        }
        assertThat(failed).isBetween(5_000, 18_000);
    }

    @Test
    void namesTheNullComponent() {
        assertThat(outcome(() -> Checks.nonNull("span text", "s", null))).isEqualTo("NullPointerException: text");
        assertThat(outcome(() -> Checks.nonNull("span text", "s", "t"))).isEmpty();
        assertThat(outcome(() -> Checks.nonNull("span text ", "s", "t"))).isEmpty(); // split drops the empty last name
        assertThat(outcome(() -> Checks.nonNull("span  text", "s", "t")))
                .isEqualTo("IllegalArgumentException: 3 names for 2 values");
    }

    /** Names of one or two letters joined by one or more spaces, sometimes with spaces before or after. */
    private static String randomNames(Random random) {
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(6); k > 0; k--) {
            out.append("ab".charAt(random.nextInt(2)));
            out.append(random.nextInt(8) == 0 ? "  " : random.nextInt(2) == 0 ? " " : "x ");
        }
        String names = random.nextInt(4) == 0 ? " " + out : out.toString();
        return random.nextBoolean() && !names.isEmpty() ? names.substring(0, names.length() - 1) : names;
    }

    /** The exception's class and message, or "" when none was thrown. */
    private static String outcome(Runnable check) {
        try {
            check.run();
            return "";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** The check of before. */
    private static void nonNullBefore(String names, Object... values) {
        String[] each = names.split(" ");
        if (each.length != values.length) {
            throw new IllegalArgumentException(each.length + " names for " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            Objects.requireNonNull(values[i], each[i]);
        }
    }
}
