package org.parallax.model;

import java.util.Objects;

/** An episode that groups events ("Assad's visit to Moscow"), from {@code start} to {@code end} (TIMEX3 dates). */
public record Story(String id, String label, String start, String end) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
