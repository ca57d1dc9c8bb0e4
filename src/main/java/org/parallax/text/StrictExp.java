package org.parallax.text;

/**
 * e to the power x, the double {@link StrictMath#exp} gives, computed in the project's own Java: {@code StrictMath} is
 * specified to return the results of fdlibm's {@code e_exp.c}, and this is that algorithm (argument reduction by
 * ln 2, a degree-5 Remez polynomial for the rest, the exponent added back) with fdlibm's published constants and its
 * operations in its order, so, Java's floating point being strict, the same doubles ({@code StrictExpTest} holds it
 * to {@code StrictMath.exp} over the whole range of doubles and at each of the algorithm's thresholds). Under C1 the
 * JDK's entry is a call into a method that tests every case first; {@link #exponentials} takes the tagger's usual
 * case (1.04 &lt; |x| &lt; 704) in its own loop, without a call per tag (decision 0073).
 *
 * <p>The algorithm and its constants are fdlibm's, whose notice asks to be kept with them:
 * <pre>
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * </pre>
 */
final class StrictExp {

    // ln 2 split in two: HI's low 21 bits are zero (32 significant bits), so k * LN2_HI is exact for |k| < 2^11
    private static final double LN2_HI = Double.longBitsToDouble(0x3fe62e42fee00000L); // 6.93147180369123816490e-01
    private static final double LN2_LO = Double.longBitsToDouble(0x3dea39ef35793c76L); // 1.90821492927058770002e-10
    private static final double INV_LN2 = Double.longBitsToDouble(0x3ff71547652b82feL); // 1.44269504088896338700e+00
    // the Remez polynomial's coefficients, R(r^2) ~ r * (e^r + 1) / (e^r - 1) - 2 on [-0.347, 0.347]
    private static final double P1 = Double.longBitsToDouble(0x3fc555555555553eL); // 1.66666666666666019037e-01
    private static final double P2 = Double.longBitsToDouble(0xbf66c16c16bebd93L); // -2.77777777770155933842e-03
    private static final double P3 = Double.longBitsToDouble(0x3f11566aaf25de2cL); // 6.61375632143793436117e-05
    private static final double P4 = Double.longBitsToDouble(0xbebbbd41c5d26bf1L); // -1.65339022054652515390e-06
    private static final double P5 = Double.longBitsToDouble(0x3e66376972bea4d0L); // 4.13813679705723846039e-08
    /** Above it e^x overflows; below {@link #UNDERFLOW} it is under the least subnormal's half. */
    private static final double OVERFLOW = Double.longBitsToDouble(0x40862e42fefa39efL); // 7.09782712893383973096e+02
    private static final double UNDERFLOW = Double.longBitsToDouble(0xc0874910d52d3051L); // -7.45133219101941108420e+02
    private static final double HUGE = 1.0e300;
    private static final double TWO_M1000 = 0x1p-1000;

    // thresholds on the high word of |x|
    /** |x| at or above about 709.78: overflow, underflow and the non-finite are told apart there. */
    private static final int HI_LARGE = 0x40862e42;
    /** |x| over about 0.5 ln 2 is reduced. */
    private static final int HI_REDUCE = 0x3fd62e42;
    /** |x| under about 1.5 ln 2 is reduced by one ln 2 (k = ±1). */
    private static final int HI_ONE_LN2 = 0x3ff0a2b2;
    /** |x| under 2^-28: e^x rounds to 1 + x. */
    private static final int HI_TINY = 0x3e300000;
    private static final int HI_NON_FINITE = 0x7ff00000;
    /** |x| under about 704: the general reduction, and e^x a normal double (k at least -1016). */
    private static final int HI_LOOP_END = 0x40860000;

    private StrictExp() {
    }

    /**
     * Each {@code (sums[t] + plus[t]) + plusToo[t]} made its exponential in place, and their sum in index order
     * returned: {@code StrictMath.exp} of each, with the usual case (1.5 ln 2 to 704 in magnitude: the sums of a
     * tagger's weights) computed here rather than in a call per index, and every other one by {@link #exp}.
     */
    static double exponentials(double[] sums, double[] plus, double[] plusToo) {
        double normal = 0.0;
        for (int t = 0; t < sums.length; t++) {
            double x = sums[t] + plus[t] + plusToo[t];
            long bits = Double.doubleToRawLongBits(x);
            int hx = (int) (bits >>> 32) & 0x7fffffff;
            double e;
            if (hx >= HI_ONE_LN2 && hx < HI_LOOP_END) {
                // exp's general case, its steps as there
                int k = (int) (INV_LN2 * x + (bits < 0 ? -0.5 : 0.5));
                double kd = k;
                double hi = x - kd * LN2_HI;
                double lo = kd * LN2_LO;
                double r = hi - lo;
                double z = r * r;
                double c = r - z * (P1 + z * (P2 + z * (P3 + z * (P4 + z * P5))));
                double y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
                e = Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
            } else {
                e = exp(x);
            }
            sums[t] = e;
            normal += e;
        }
        return normal;
    }

    /** e^x, the same double as {@code StrictMath.exp(x)} for every x. */
    static double exp(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int high = (int) (bits >>> 32);
        boolean negative = high < 0;
        int hx = high & 0x7fffffff;
        if (hx >= HI_LARGE) {
            if (hx >= HI_NON_FINITE) {
                if (((hx & 0xfffff) | (int) bits) != 0) {
                    return x + x; // NaN
                }
                return negative ? 0.0 : x; // e^-inf = 0, e^+inf = +inf
            }
            if (x > OVERFLOW) {
                return HUGE * HUGE; // +inf, as the overflow would round
            }
            if (x < UNDERFLOW) {
                return TWO_M1000 * TWO_M1000; // +0.0, as the underflow would round
            }
        }
        int k;
        double hi;
        double lo;
        if (hx > HI_REDUCE) {
            if (hx < HI_ONE_LN2) {
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI; // exact
                lo = t * LN2_LO;
            }
            return scaled(hi - lo, hi, lo, k);
        }
        if (hx < HI_TINY) {
            return 1.0 + x; // e^x is 1 + x to within half an ulp, ±0 gives 1.0
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        return 1.0 - ((x * c) / (c - 2.0) - x);
    }

    /**
     * e^r from the polynomial, r = hi - lo the argument less k ln 2 (in [-0.347, 0.347]), times 2^k by adding k to its
     * exponent.
     */
    private static double scaled(double r, double hi, double lo, int k) {
        double t = r * r;
        double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
        }
        // a subnormal result: scaled in two steps, the second a multiplication that rounds it
        return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) (k + 1000) << 52)) * TWO_M1000;
    }
}
