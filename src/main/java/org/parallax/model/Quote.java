package org.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Words an article attributes to someone.
 *
 * @param speaker     who said it, {@code null} when the article does not say
 * @param speakerFrom why {@code speaker} is the one: {@code null} when nobody is named, or when the quote was read from
 *                    a document written before the reason was kept
 */
public record Quote(String id, Span span, String text, Speaker speaker, QuoteKind kind, SpeakerFrom speakerFrom) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (speakerFrom != null && speaker == null) {
            throw new IllegalArgumentException("a reason for a speaker needs a speaker");
        }
    }

    /** A quote whose speaker's reason is not recorded. */
    public Quote(String id, Span span, String text, Speaker speaker, QuoteKind kind) {
        this(id, span, text, speaker, kind, null);
    }

    public Optional<Speaker> speakerIfKnown() {
        return Optional.ofNullable(speaker);
    }

    /** Why the speaker is the one named, when the quote names one and the reason was recorded. */
    public Optional<SpeakerFrom> speakerFromIfKnown() {
        return Optional.ofNullable(speakerFrom);
    }

    public String articleId() {
        return span.articleId();
    }
}
