package org.parallax.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure an article states ("more than 250,000 lives"), with what the comparison needs to line up the same
 * quantity across outlets.
 *
 * @param span      qualifier + number + unit: "at least 4,000 fighters"
 * @param value     the number as stated (4000); for a {@link Qualifier#RANGE} the lower one
 * @param valueMax  the upper number of a {@link Qualifier#RANGE} ("between 10 and 20" → 20), else {@code null}
 * @param unit      what is counted ("fighters"), the ISO currency code for money, "percent" for shares
 * @param qualifier how exact the number is ("at least" → {@link Qualifier#AT_LEAST})
 * @param subject   what is counted, in full ("fighters from the former Soviet Union"), else empty
 * @param kind      count, money, percent or measure
 */
public record Claim(String id, Span span, String text, BigDecimal value, BigDecimal valueMax, String unit,
                    Qualifier qualifier, String subject, ClaimKind kind) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
        qualifier = qualifier == null ? Qualifier.NONE : qualifier;
        subject = subject == null ? "" : subject;
        kind = kind == null ? ClaimKind.COUNT : kind;
        if ((qualifier == Qualifier.RANGE) != (valueMax != null)) {
            throw new IllegalArgumentException("valueMax is given exactly for ranges: " + text);
        }
    }

    /** A plain count: no qualifier, no range, the unit as subject. */
    public Claim(String id, Span span, String text, BigDecimal value, String unit) {
        this(id, span, text, value, null, unit, Qualifier.NONE, unit, ClaimKind.COUNT);
    }

    public String articleId() {
        return span.articleId();
    }

    public Optional<BigDecimal> upperValue() {
        return Optional.ofNullable(valueMax);
    }
}
