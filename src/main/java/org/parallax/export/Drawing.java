package org.parallax.export;

/**
 * A laid-out chart being drawn, a step at a time: a PNG one tile per step, on the FX thread (a Canvas must be drawn
 * there; the dialog draws one tile per turn of the FX thread, so the window stays responsive), an SVG in one step on
 * any thread. {@link #result()} is the drawn export once no step is left.
 */
public sealed interface Drawing {

    /** True when the steps must run on the FX thread. */
    boolean needsFxThread();

    int steps();

    /** Steps done so far. */
    int done();

    default boolean hasNext() {
        return done() < steps();
    }

    /** Draws the next step. */
    void drawNext();

    /** The drawn export; only once {@link #hasNext()} is false. */
    Rendered result();

    /** Draws every step left and returns the result: the command line's way. */
    default Rendered drawAll() {
        while (hasNext()) {
            drawNext();
        }
        return result();
    }

    /** A PNG drawn tile by tile. */
    final class Png implements Drawing {
        private final PngRenderer.Tiles tiles;
        private final int scale;

        Png(PngRenderer.Tiles tiles, int scale) {
            this.tiles = tiles;
            this.scale = scale;
        }

        @Override
        public boolean needsFxThread() {
            return true;
        }

        @Override
        public int steps() {
            return tiles.total();
        }

        @Override
        public int done() {
            return tiles.done();
        }

        @Override
        public void drawNext() {
            tiles.drawNext();
        }

        @Override
        public Rendered result() {
            if (hasNext()) {
                throw new IllegalStateException("the PNG is not drawn yet: " + done() + " of " + steps() + " tiles");
            }
            return new Rendered.Png(tiles.image(), scale, tiles.marks());
        }
    }

    /** An SVG document, drawn in one step. */
    final class Svg implements Drawing {
        private final ChartPicture picture;
        private Rendered.Svg result;

        Svg(ChartPicture picture) {
            this.picture = picture;
        }

        @Override
        public boolean needsFxThread() {
            return false;
        }

        @Override
        public int steps() {
            return 1;
        }

        @Override
        public int done() {
            return result == null ? 0 : 1;
        }

        @Override
        public void drawNext() {
            if (result != null) {
                throw new IllegalStateException("the SVG is drawn");
            }
            SvgChartCanvas svg = new SvgChartCanvas(picture.width(), picture.height());
            int marks = picture.paint(svg);
            result = new Rendered.Svg(svg.toSvg(), (int) Math.ceil(picture.width()), (int) Math.ceil(picture.height()),
                    marks);
        }

        @Override
        public Rendered result() {
            if (result == null) {
                throw new IllegalStateException("the SVG is not drawn yet");
            }
            return result;
        }
    }
}
