package org.parallax.text;

/**
 * The natural logarithm, the double {@link StrictMath#log} gives, computed in the project's own Java as {@link
 * StrictExp} computes the exponential (decision 0073): {@code StrictMath} is specified to return the results of
 * fdlibm's {@code e_log.c}, and this is that algorithm (x written as 2^k (1 + f) with 1 + f in [sqrt(2)/2, sqrt(2)),
 * log(1 + f) from s = f / (2 + f) by a degree-14 Remez polynomial in s, k ln 2 added back) with fdlibm's published
 * constants and its operations in its order, so, Java's floating point being strict, the same doubles
 * ({@code StrictLogTest} holds it to {@code StrictMath.log}). On this JDK {@code StrictMath.log} is a native method: under
 * C1 each call crosses into C and back, and the tagger takes the log of every tag its beam keeps at every word.
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
final class StrictLog {

    private static final double LN2_HI = Double.longBitsToDouble(0x3fe62e42fee00000L); // 6.93147180369123816490e-01
    private static final double LN2_LO = Double.longBitsToDouble(0x3dea39ef35793c76L); // 1.90821492927058770002e-10
    private static final double TWO54 = Double.longBitsToDouble(0x4350000000000000L); // 1.80143985094819840000e+16
    private static final double LG1 = Double.longBitsToDouble(0x3fe5555555555593L); // 6.666666666666735130e-01
    private static final double LG2 = Double.longBitsToDouble(0x3fd999999997fa04L); // 3.999999999940941908e-01
    private static final double LG3 = Double.longBitsToDouble(0x3fd2492494229359L); // 2.857142874366239149e-01
    private static final double LG4 = Double.longBitsToDouble(0x3fcc71c51d8e78afL); // 2.222219843214978396e-01
    private static final double LG5 = Double.longBitsToDouble(0x3fc7466496cb03deL); // 1.818357216161805012e-01
    private static final double LG6 = Double.longBitsToDouble(0x3fc39a09d078c69fL); // 1.531383769920937332e-01
    private static final double LG7 = Double.longBitsToDouble(0x3fc2f112df3e5244L); // 1.479819860511658591e-01
    private static final double ZERO = 0.0;

    private StrictLog() {
    }

    /** log x, the same double as {@code StrictMath.log(x)} for every x (a NaN for a NaN, whatever its bits). */
    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        int lx = (int) bits;
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022: zero, negative or subnormal
            if (((hx & 0x7fffffff) | lx) == 0) {
                return -TWO54 / ZERO; // log(±0) = -inf
            }
            if (hx < 0) {
                return (x - x) / ZERO; // log of a negative number: NaN
            }
            k -= 54;
            x *= TWO54; // a subnormal scaled up
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        if (hx >= 0x7ff00000) {
            return x + x; // +inf, or NaN
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        // x or x/2 with its exponent set so that it lies in [sqrt(2)/2, sqrt(2))
        x = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff00000)) << 32) | (bits & 0xffffffffL));
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
            if (f == ZERO) {
                if (k == 0) {
                    return ZERO;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }
}
