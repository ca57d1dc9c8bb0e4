package org.parallax.model;

import java.util.Objects;

/**
 * One member of a quote cluster: a quote, its verdict against the reference, and whom its article credits.
 *
 * @param speaker          the person this member is credited to, by the name the cluster gives that person (the
 *                         fullest form its members use: "Capaldi" alone becomes "Peter Capaldi"); for a quote whose
 *                         article names nobody, the cluster's speaker ({@code speakerInherited}); {@code null} when
 *                         neither names anyone, or when the cluster was read from a document written before members
 *                         carried speakers (then the quote's own speaker is all there is)
 * @param speakerInherited the quote names nobody and {@code speaker} is the one the other outlets credit
 */
public record Variant(String quoteId, Verdict verdict, Speaker speaker, boolean speakerInherited) {

    public Variant {
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(verdict, "verdict");
        if (speakerInherited && speaker == null) {
            throw new IllegalArgumentException("an inherited speaker needs a name");
        }
    }

    /** A member without a recorded speaker (as documents written before speakers were recorded give it). */
    public Variant(String quoteId, Verdict verdict) {
        this(quoteId, verdict, null, false);
    }

    /** The speaker this member's own article names (not one inherited from the other members), if any. */
    public java.util.Optional<Speaker> ownSpeaker() {
        return speakerInherited ? java.util.Optional.empty() : java.util.Optional.ofNullable(speaker);
    }
}
