package org.parallax.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The charts an export can draw; the name is what the command line and the dialog say. */
public enum ChartKind {
    TIMELINE("timeline", "Timeline"),
    COVERAGE("coverage", "Coverage");

    private final String id;
    private final String displayName;

    ChartKind(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ChartKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }
}
