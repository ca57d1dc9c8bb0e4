package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link StrictExp} gives {@code StrictMath.exp}'s double, bit for bit (NaN's bits too), over the whole range of
 * doubles and most densely where the algorithm decides something: its thresholds on the high word, the overflow and
 * underflow limits, the halfway points k ln 2 / 2 where the reduction's k changes, the subnormal results, the tiny
 * arguments; and its loop gives the exponentials and their sum of the tagger's loop before it.
 */
class StrictExpTest {

    private static final Random RANDOM = new Random(73);

    @Test
    void theSpecialValuesAreStrictMaths() {
        double[] special = {0.0, -0.0, Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L),
            Double.longBitsToDouble(0xfff8000000000123L), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE,
            -Double.MAX_VALUE, 1.0, -1.0, 0.5, -0.5, 709.78, 709.79, -745.13, -745.14, -708.4, -708.39, 1e-300,
            0x1p-28, -0x1p-28, 0x1p-29, Math.log(2) / 2, -Math.log(2) / 2, 1.5 * Math.log(2), -1.5 * Math.log(2)};
        for (double x : special) {
            assertSame(x);
        }
    }

    @Test
    void anyBitPatternGivesStrictMathsDouble() {
        check(4_000_000, () -> Double.longBitsToDouble(RANDOM.nextLong()));
    }

    @Test
    void theRangeWhereExpIsFiniteAndNotZeroGivesStrictMathsDouble() {
        check(4_000_000, () -> -746 + 1457 * RANDOM.nextDouble());
        check(2_000_000, () -> -60 + 70 * RANDOM.nextDouble()); // where the tagger's sums lie
        check(1_000_000, () -> -745.2 + 37 * RANDOM.nextDouble()); // subnormal results, k under -1021
        check(1_000_000, () -> (RANDOM.nextBoolean() ? 1 : -1) * 1.1 * RANDOM.nextDouble()); // k = 0 and ±1
        check(1_000_000, () -> (RANDOM.nextBoolean() ? 1 : -1) * Math.scalb(RANDOM.nextDouble(), -RANDOM.nextInt(80)));
    }

    @Test
    void theAlgorithmsThresholdsAndTheirNeighboursGiveStrictMathsDoubles() {
        List<Double> edges = new ArrayList<>();
        // high-word thresholds: 709.78, 0.5 ln 2, 1.5 ln 2, 2^-28, the loop's 704, infinity
        for (int high : new int[] {0x40862e42, 0x3fd62e42, 0x3ff0a2b2, 0x3e300000, 0x40860000, 0x7ff00000}) {
            for (long low : new long[] {0L, 1L, 0xfefa39efL, 0x80000000L, 0xffffffffL}) {
                edges.add(Double.longBitsToDouble(((long) high << 32) | low));
                edges.add(Double.longBitsToDouble(((long) (high - 1) << 32) | low));
            }
        }
        // the overflow and underflow limits
        edges.add(Double.longBitsToDouble(0x40862e42fefa39efL));
        edges.add(Double.longBitsToDouble(0xc0874910d52d3051L));
        // the points k ln 2 / 2 where the rounding of x / ln 2 changes k, for every k that gives a result
        for (int k = -2160; k <= 2050; k++) {
            edges.add(k * Math.log(2) / 2);
        }
        for (double edge : edges) {
            for (double sign : new double[] {1, -1}) {
                double x = sign * edge;
                for (int ulps = 0; ulps < 64; ulps++) {
                    assertSame(x);
                    assertSame(-x);
                    x = Math.nextUp(x);
                }
                x = sign * edge;
                for (int ulps = 0; ulps < 64; ulps++) {
                    x = Math.nextDown(x);
                    assertSame(x);
                }
            }
        }
    }

    @Test
    void theLoopGivesTheExponentialsAndTheSumOfTheTaggersLoopBefore() {
        for (int trial = 0; trial < 50_000; trial++) {
            int n = 1 + RANDOM.nextInt(60);
            double[] sums = new double[n];
            double[] plus = new double[n];
            double[] plusToo = new double[n];
            double spread = trial % 10 == 0 ? 1500 : 40;
            for (int t = 0; t < n; t++) {
                sums[t] = spread * (RANDOM.nextDouble() - 0.75);
                plus[t] = RANDOM.nextInt(3) == 0 ? 0.0 : RANDOM.nextGaussian();
                plusToo[t] = RANDOM.nextInt(3) == 0 ? 0.0 : RANDOM.nextGaussian();
            }
            if (trial % 100 == 1) {
                sums[RANDOM.nextInt(n)] = new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 0.0,
                    Double.NEGATIVE_INFINITY, 1e-20}[RANDOM.nextInt(6)];
            }
            double[] reference = sums.clone();
            double referenceSum = exponentialsBefore(reference, plus, plusToo);
            double[] ours = sums.clone();
            double sum = StrictExp.exponentials(ours, plus, plusToo);
            assertThat(Double.doubleToRawLongBits(sum)).isEqualTo(Double.doubleToRawLongBits(referenceSum));
            for (int t = 0; t < n; t++) {
                assertThat(Double.doubleToRawLongBits(ours[t])).as("%s", sums[t])
                        .isEqualTo(Double.doubleToRawLongBits(reference[t]));
            }
        }
    }

    /** {@code TagModel.exponentials} before {@link StrictExp}. */
    private static double exponentialsBefore(double[] sums, double[] previousTag, double[] previousTwo) {
        double normal = 0.0;
        for (int t = 0; t < sums.length; t++) {
            double e = StrictMath.exp(sums[t] + previousTag[t] + previousTwo[t]);
            sums[t] = e;
            normal += e;
        }
        return normal;
    }

    private static void check(int count, DoubleSupplier arguments) {
        for (int i = 0; i < count; i++) {
            assertSame(arguments.getAsDouble());
        }
    }

    private static void assertSame(double x) {
        long expected = Double.doubleToRawLongBits(StrictMath.exp(x));
        long actual = Double.doubleToRawLongBits(StrictExp.exp(x));
        if (expected != actual) {
            throw new AssertionError("exp(" + x + " = 0x" + Long.toHexString(Double.doubleToRawLongBits(x))
                    + "): StrictMath " + StrictMath.exp(x) + ", ours " + StrictExp.exp(x));
        }
    }
}
