package org.parallax.text;

import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link StrictLog} gives {@code StrictMath.log}'s double, bit for bit (any NaN for a NaN), over the whole range of
 * doubles and most densely where the algorithm decides something: the subnormals it scales, the neighbours of 1 where
 * |f| &lt; 2^-20 takes a short series, the high words where the choice between its two last formulas turns (0x6147a
 * and 0x6b851 in the mantissa's high bits) and where x is halved to lie under sqrt(2), each power of two; and most of
 * all (0, 1], the tagger's probabilities.
 */
class StrictLogTest {

    private static final Random RANDOM = new Random(89);

    @Test
    void theSpecialValuesAreStrictMaths() {
        double[] special = {0.0, -0.0, Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L),
            Double.longBitsToDouble(0xfff8000000000123L), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE,
            -Double.MAX_VALUE, 1.0, -1.0, 0.5, 2.0, Math.E, 1.0 / 38, Math.sqrt(2), Math.sqrt(2) / 2,
            Math.nextUp(1.0), Math.nextDown(1.0), 1 + 0x1p-20, 1 - 0x1p-20, 1e-300, 1e300};
        for (double x : special) {
            assertSame(x);
        }
    }

    @Test
    void anyBitPatternGivesStrictMathsDouble() {
        check(4_000_000, () -> Double.longBitsToDouble(RANDOM.nextLong()));
    }

    @Test
    void probabilitiesAndTheSubnormalsGiveStrictMathsDoubles() {
        check(4_000_000, RANDOM::nextDouble); // the tagger's probabilities
        check(1_000_000, () -> Math.scalb(RANDOM.nextDouble(), -RANDOM.nextInt(80)));
        check(1_000_000, () -> Double.longBitsToDouble(RANDOM.nextLong() & 0x000fffffffffffffL)); // subnormals
        check(1_000_000, () -> 1 + (RANDOM.nextDouble() - 0.5) * Math.scalb(1.0, -RANDOM.nextInt(60))); // near 1
    }

    @Test
    void theAlgorithmsThresholdsAndTheirNeighboursGiveStrictMathsDoubles() {
        // the mantissa's high bits where the formulas turn (0x6147a, 0x6b851), where x is halved (0x6a09e: sqrt 2),
        // where |f| < 2^-20 starts and ends (0xfffff, 0, 1), each with 128 neighbours, at many exponents
        int[] turns = {0x6147a, 0x6b851, 0x6a09e, 0x95f64 ^ 0xfffff, 0xfffff, 0, 1, 2};
        for (int exponent = 0; exponent <= 0x7fe; exponent += 1 + RANDOM.nextInt(8)) {
            for (int turn : turns) {
                for (int d = -64; d <= 64; d++) {
                    int mantissaHigh = (turn + d) & 0xfffff;
                    for (long low : new long[] {0L, 1L, 0x80000000L, 0xffffffffL, RANDOM.nextInt() & 0xffffffffL}) {
                        assertSame(Double.longBitsToDouble(((long) ((exponent << 20) | mantissaHigh) << 32) | low));
                    }
                }
            }
        }
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            assertSame(p);
            assertSame(Math.nextUp(p));
            assertSame(Math.nextDown(p));
        }
    }

    private static void check(int count, DoubleSupplier arguments) {
        for (int i = 0; i < count; i++) {
            assertSame(arguments.getAsDouble());
        }
    }

    private static void assertSame(double x) {
        double expected = StrictMath.log(x);
        double actual = StrictLog.log(x);
        if (Double.isNaN(expected) ? !Double.isNaN(actual)
                : Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            throw new AssertionError("log(" + x + " = 0x" + Long.toHexString(Double.doubleToRawLongBits(x))
                    + "): StrictMath " + expected + ", ours " + actual);
        }
    }
}
