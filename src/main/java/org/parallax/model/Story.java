package org.parallax.model;

/** An episode that groups events ("Assad's visit to Moscow"), from {@code start} to {@code end} (TIMEX3 dates). */
public record Story(String id, String label, String start, String end) {

    public Story {
        Checks.nonNull("id label start end", id, label, start, end);
    }
}
