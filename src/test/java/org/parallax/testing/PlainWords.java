package org.parallax.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What every message a user can see must be: about the file it names, in words, with nothing of a parser's own. */
public final class PlainWords {

    /** Words only a parser or a stack trace uses. */
    private static final List<String> INTERNAL = List.of("CTRL-CHAR", "((", "Unexpected character", "expecting",
            "[Source:", "Exception", "Error:", "java.", "jackson", "org.apache", "encapsulated token");

    private PlainWords() {
    }

    /** Fails unless {@code message} is plain words. */
    public static void check(String message) {
        assertThat(message).as("a message the user sees").isNotBlank().doesNotContain(INTERNAL);
    }
}
