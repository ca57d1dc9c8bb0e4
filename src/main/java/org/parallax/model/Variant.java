package org.parallax.model;

import java.util.Objects;

/** One member of a quote cluster: a quote and its verdict against the reference. */
public record Variant(String quoteId, Verdict verdict) {

    public Variant {
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(verdict, "verdict");
    }
}
