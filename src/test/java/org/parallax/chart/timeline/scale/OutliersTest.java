package org.parallax.chart.timeline.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gap rule of decision record 0015: scale-free, both ends, never more than a tenth of the events. */
class OutliersTest {

    @Test
    void aForwardLookingYearFarAfterOneAutumnIsAnOutlier() {
        double[] autumn = {0, 3, 10, 20, 41, 50, 55, 60, 61, 70, 12_800};
        assertThat(Outliers.of(autumn)).isEqualTo(new Outliers.Split(0, 1));
    }

    @Test
    void bothEndsAreJudgedWithoutTheOther() {
        double[] both = {-10_000, 0, 5, 9, 14, 20, 30, 31, 40, 45, 50, 60, 12_800};
        assertThat(Outliers.of(both)).isEqualTo(new Outliers.Split(1, 1));
    }

    @Test
    void evenlySpreadTimeHasNone() {
        double[] years = new double[40];
        for (int i = 0; i < years.length; i++) {
            years[i] = i * 365.0;
        }
        assertThat(Outliers.of(years)).isEqualTo(Outliers.Split.NONE);
    }

    @Test
    void aFewDaysAfterOneBusyDayIsNoOutlier() {
        assertThat(Outliers.of(new double[] {0, 0, 0.2, 0.5, 0.5, 9})).isEqualTo(Outliers.Split.NONE);
    }

    @Test
    void neverMoreThanATenthAndScaleFree() {
        double[] twoFar = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 5000, 5001};
        assertThat(Outliers.of(twoFar).after()).isEqualTo(2);
        double[] scaled = twoFar.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= 100;
        }
        assertThat(Outliers.of(scaled)).isEqualTo(Outliers.of(twoFar));
        double[] threeFar = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 5000, 5001, 5002};
        assertThat(Outliers.of(threeFar).after()).as("three of 22 is more than a tenth").isZero();
        assertThat(Outliers.of(new double[] {0, 1, 9000})).isEqualTo(Outliers.Split.NONE);
    }
}
