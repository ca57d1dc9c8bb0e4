package org.parallax.extract.figure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Claim;
import org.parallax.model.Span;

/**
 * A figure an article states, with what the comparison needs to line up the same quantity across outlets.
 *
 * <p>The {@link Claim} holds what the model JSON already carries: the span (qualifier + number + unit: "at least
 * 4,000 fighters"), the covered text, the value (4000) and the unit ("fighters"). The rest is here until the
 * model's {@code Claim} gains these fields.
 *
 * @param claim     span, text, value and unit
 * @param qualifier how exact the number is ("at least" → {@link Qualifier#AT_LEAST})
 * @param valueMax  the upper number of a {@link Qualifier#RANGE} ("between 10 and 20" → 20), else {@code null}
 * @param subject   what is counted, in full: the unit with its modifiers and a following "of"/"from" phrase
 *                  ("fighters from the former Soviet Union", "rounds of talks"); for money and percentages
 *                  what the amount or share is of ("voters" in "40% of voters"), else empty. For counts it is
 *                  the article's own characters from the unit's first word on.
 * @param kind      count, money, percent or measure
 */
public record Figure(Claim claim, Qualifier qualifier, BigDecimal valueMax, String subject, FigureKind kind) {

    public Figure {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        if ((qualifier == Qualifier.RANGE) != (valueMax != null)) {
            throw new IllegalArgumentException("valueMax is given exactly for ranges: " + claim.text());
        }
    }

    public Span span() {
        return claim.span();
    }

    public String text() {
        return claim.text();
    }

    public BigDecimal value() {
        return claim.value();
    }

    public String unit() {
        return claim.unit();
    }

    public Optional<BigDecimal> upperValue() {
        return Optional.ofNullable(valueMax);
    }
}
