package org.parallax.compare.figure;

import java.util.List;
import java.util.Objects;
import org.parallax.model.Claim;
import org.parallax.model.ClaimKind;

/**
 * One quantity as several articles state it.
 *
 * @param subject      what is counted, the fullest subject a member gives ("fighters from the former Soviet Union")
 * @param unit         the normalised unit, singular ("fighter", "USD", "percent")
 * @param kind         count, money, percent or measure
 * @param members      every article's claim, in article then position order (value, qualifier and span are on it)
 * @param disagreement whether the values are incompatible given their qualifiers
 * @param why          the pair that disagrees and their ranges, or why they agree
 */
public record FigureGroup(String subject, String unit, ClaimKind kind, List<Claim> members, boolean disagreement,
                          String why) {

    public FigureGroup {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        members = List.copyOf(members);
        why = why == null ? "" : why;
    }
}
