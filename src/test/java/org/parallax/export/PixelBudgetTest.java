package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parallax.chart.ChartCanvas;

/** A PNG over the pixel budget is refused before any memory is taken, with a message that says what to do. */
class PixelBudgetTest {

    private static ChartPicture sized(double width, double height) {
        return new ChartPicture() {
            @Override
            public double width() {
                return width;
            }

            @Override
            public double height() {
                return height;
            }

            @Override
            public int paint(ChartCanvas g) {
                throw new AssertionError("not drawn");
            }
        };
    }

    @Test
    void overFourHundredMegapixelsIsRefusedWithAClearMessage() {
        PngRenderer renderer = new PngRenderer();
        ChartPicture huge = sized(12_000, 9_000);
        renderer.checkBudget(huge, 1); // 108 megapixels: fine
        assertThatThrownBy(() -> renderer.tiles(huge, 4)) // 1,728 megapixels, refused off the FX thread too
                .isInstanceOf(PngRenderer.TooLargeException.class)
                .hasMessage("the PNG would be 48000 × 36000 pixels (1728 megapixels), more than the 400 megapixels "
                        + "allowed: choose a lower scale or export SVG");
        assertThat(PngRenderer.DEFAULT_MAX_PIXELS).isEqualTo(400_000_000L);
    }

    @Test
    void theBudgetIsExactAndSettable() {
        PngRenderer renderer = new PngRenderer(256, 20_000);
        renderer.checkBudget(sized(200, 100), 1); // exactly 20,000 pixels
        assertThatThrownBy(() -> renderer.checkBudget(sized(200, 100), 2))
                .isInstanceOf(PngRenderer.TooLargeException.class).hasMessageContaining("400 × 200 pixels");
        assertThatThrownBy(() -> renderer.tiles(sized(201, 100), 1)).isInstanceOf(PngRenderer.TooLargeException.class);
    }
}
