package org.parallax.export;

import java.awt.image.BufferedImage;
import org.parallax.model.Corpus;

/** The export job's steps one at a time, for tests that look at the picture between them. */
final class Exports {

    private Exports() {
    }

    /** The laid-out chart of {@code request}, in the light colours. */
    static ChartPicture picture(Corpus corpus, ExportRequest request) {
        return new ExportJob(corpus, request).layOut();
    }

    /** {@code picture} drawn as {@code request} asks (FX thread for PNG). */
    static Rendered render(ChartPicture picture, ExportRequest request) {
        return new ExportJob(Corpus.EMPTY, request).drawing(picture).drawAll();
    }

    /** {@code picture} as a PNG image at {@code scale} in the default tiles (FX thread). */
    static BufferedImage png(ChartPicture picture, int scale) {
        PngRenderer.Tiles tiles = new PngRenderer().tiles(picture, scale);
        while (tiles.hasNext()) {
            tiles.drawNext();
        }
        return tiles.image();
    }
}
