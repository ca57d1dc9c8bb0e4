package org.parallax.model;

import java.util.Locale;
import java.util.Objects;

/** A news outlet, known by its display name; {@link #UNKNOWN} when neither manifest nor text names it. */
public record Outlet(String name) implements Comparable<Outlet> {

    public static final Outlet UNKNOWN = new Outlet("");

    public Outlet {
        Objects.requireNonNull(name, "name");
        name = name.strip();
    }

    public static Outlet of(String name) {
        return name == null || name.isBlank() ? UNKNOWN : new Outlet(name);
    }

    public boolean isKnown() {
        return !name.isEmpty();
    }

    /** The name to show a person: "Unknown outlet" for {@link #UNKNOWN}. */
    public String displayName() {
        return isKnown() ? name : "Unknown outlet";
    }

    @Override
    public int compareTo(Outlet o) {
        return name.toLowerCase(Locale.ROOT).compareTo(o.name.toLowerCase(Locale.ROOT));
    }
}
