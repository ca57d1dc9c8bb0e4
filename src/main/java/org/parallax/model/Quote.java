package org.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Words an article attributes to someone.
 *
 * @param speaker who said it, {@code null} when the article does not say
 */
public record Quote(String id, Span span, String text, Speaker speaker, QuoteKind kind) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    public Optional<Speaker> speakerIfKnown() {
        return Optional.ofNullable(speaker);
    }

    public String articleId() {
        return span.articleId();
    }
}
