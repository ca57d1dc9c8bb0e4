package org.parallax.compare.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.parallax.model.Claim;

/**
 * The values a stated figure allows, given its qualifier. {@code hi} is {@code null} for no upper bound.
 *
 * <ul>
 *   <li>plain ("120") and "exactly": the value itself;</li>
 *   <li>"about", "around": ±{@value #APPROXIMATE_PERCENT}%;</li>
 *   <li>"nearly", "almost": from {@value #NEARLY_PERCENT}% below the value up to it;</li>
 *   <li>"at least", "more than", "over": the value and up; "at most", "fewer than", "up to": 0 to the value;</li>
 *   <li>a range: its two ends; "hundreds of" (a vague plural, value twice the magnitude): the value up to
 *       {@value #VAGUE_FACTOR} times it (below the next magnitude).</li>
 * </ul>
 */
public record FigureRange(BigDecimal lo, BigDecimal hi) {

    public static final int APPROXIMATE_PERCENT = 10;
    public static final int NEARLY_PERCENT = 10;
    public static final int VAGUE_FACTOR = 5;

    public static FigureRange of(Claim c) {
        BigDecimal v = c.value();
        BigDecimal share = v.abs().multiply(BigDecimal.valueOf(APPROXIMATE_PERCENT)).divide(BigDecimal.valueOf(100));
        return switch (c.qualifier()) {
            case NONE, EXACTLY -> new FigureRange(v, v);
            case APPROXIMATELY -> new FigureRange(v.subtract(share), v.add(share));
            case NEARLY -> new FigureRange(v.subtract(v.abs().multiply(BigDecimal.valueOf(NEARLY_PERCENT))
                    .divide(BigDecimal.valueOf(100))), v);
            case AT_LEAST -> new FigureRange(v, null);
            case AT_MOST -> new FigureRange(BigDecimal.ZERO.min(v), v);
            case RANGE -> new FigureRange(v.min(c.valueMax()), v.max(c.valueMax()));
            case VAGUE -> new FigureRange(v, v.multiply(BigDecimal.valueOf(VAGUE_FACTOR)));
        };
    }

    public boolean overlaps(FigureRange o) {
        boolean thisBelow = hi != null && hi.compareTo(o.lo) < 0;
        boolean otherBelow = o.hi != null && o.hi.compareTo(lo) < 0;
        return !thisBelow && !otherBelow;
    }

    @Override
    public String toString() {
        if (hi == null) {
            return "≥ " + plain(lo);
        }
        return lo.compareTo(hi) == 0 ? plain(lo) : plain(lo) + "–" + plain(hi);
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() > 2) {
            s = s.setScale(2, RoundingMode.HALF_UP);
        }
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
