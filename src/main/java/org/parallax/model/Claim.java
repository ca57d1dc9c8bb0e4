package org.parallax.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure an article states ("more than 250,000 lives").
 *
 * @param value the number as stated (250000)
 * @param unit  what is counted ("lives"), empty if nothing is named
 */
public record Claim(String id, Span span, String text, BigDecimal value, String unit) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
    }

    public String articleId() {
        return span.articleId();
    }
}
