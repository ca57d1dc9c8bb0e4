package org.parallax.model;

import java.util.Objects;

/** Who said something, by the canonical full name the corpus gives ("Bashar al-Assad"). */
public record Speaker(String name) {

    public Speaker {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
    }
}
