package org.parallax.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Text shortened to fit: the timeline's rule (at least four letters, else nothing) and the coverage chart's. */
@ExtendWith(ApplicationExtension.class)
class TextMeasureTest {

    private final TextMeasure measure = new TextMeasure();
    private final String label = "Assad meets Putin in Moscow";

    @Test
    void textThatFitsIsKeptWhole() {
        double whole = measure.width(label, ChartFonts.REGULAR);
        assertThat(whole).isPositive();
        assertThat(measure.fitOrEmpty(label, ChartFonts.REGULAR, whole)).isEqualTo(label);
        assertThat(measure.elide(label, ChartFonts.REGULAR, whole)).isEqualTo(label);
    }

    @Test
    void longerTextKeepsTheLongestStartThatFitsWithAnEllipsisAndNoTrailingSpace() {
        double max = measure.width("Assad meets Putin", ChartFonts.REGULAR);
        String fitted = measure.fitOrEmpty(label, ChartFonts.REGULAR, max);
        assertThat(fitted).endsWith("…").doesNotContain(" …");
        assertThat(label).startsWith(fitted.substring(0, fitted.length() - 1));
        assertThat(measure.width(fitted, ChartFonts.REGULAR)).isLessThanOrEqualTo(max);
        assertThat(measure.elide(label, ChartFonts.REGULAR, max)).isEqualTo(fitted);
        String oneMore = label.substring(0, fitted.length()).stripTrailing() + "…";
        assertThat(measure.width(oneMore, ChartFonts.REGULAR)).as("one letter more would not fit").isGreaterThan(max);
    }

    @Test
    void whenAlmostNothingFitsTheTimelineSaysNothingAndTheCoverageChartKeepsAHint() {
        double tiny = measure.width("Ass", ChartFonts.REGULAR);
        assertThat(measure.fitOrEmpty(label, ChartFonts.REGULAR, tiny)).isEmpty();
        assertThat(measure.elide(label, ChartFonts.REGULAR, 1)).isEqualTo("A…");
    }
}
