package org.parallax.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.parallax.chart.FxChartCanvas;

/**
 * Rasterises a {@link ChartPicture} through the Canvas back end ({@link FxChartCanvas}) into a
 * {@link BufferedImage}, at 1, 2 or 4 device pixels per chart pixel (the canvas transform is scaled, so text and
 * lines are drawn sharp, not enlarged). A picture larger than {@link #DEFAULT_TILE} pixels on a side is drawn tile
 * by tile (the same picture, translated) on one reused canvas and stitched, so no canvas exceeds what a texture
 * allows. Must run on the FX thread; encoding ({@link #writePng}) may run on any thread.
 */
public final class PngRenderer {

    /** The largest canvas side drawn at once: well inside the 8192 px textures of common GPUs. */
    public static final int DEFAULT_TILE = 4096;

    /**
     * The largest PNG drawn: 400 megapixels (1.6 GB of ARGB in memory, before encoding). Larger is refused with a
     * {@link TooLargeException} that suggests a lower scale or SVG.
     */
    public static final long DEFAULT_MAX_PIXELS = 400_000_000L;

    private final int tile;
    private final long maxPixels;

    public PngRenderer() {
        this(DEFAULT_TILE);
    }

    /** A renderer with tiles of at most {@code tile} pixels a side (small ones in tests). */
    public PngRenderer(int tile) {
        this(tile, DEFAULT_MAX_PIXELS);
    }

    /** A renderer with tiles of at most {@code tile} pixels a side that refuses images over {@code maxPixels}. */
    public PngRenderer(int tile, long maxPixels) {
        if (tile < 16) {
            throw new IllegalArgumentException("tile too small: " + tile);
        }
        if (maxPixels < 1) {
            throw new IllegalArgumentException("pixel budget must be positive: " + maxPixels);
        }
        this.tile = tile;
        this.maxPixels = maxPixels;
    }

    /** A PNG over the pixel budget: the message says its size and suggests a lower scale or SVG. */
    public static final class TooLargeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * Refuses a picture whose image at {@code scale} would exceed the budget, before anything is allocated; may be
     * called on any thread.
     */
    public void checkBudget(ChartPicture picture, double scale) {
        long w = pixels(picture.width(), scale);
        long h = pixels(picture.height(), scale);
        if (w * h > maxPixels) {
            throw new TooLargeException(String.format(java.util.Locale.ROOT,
                    "the PNG would be %d × %d pixels (%d megapixels), more than the %d megapixels allowed: "
                            + "choose a lower scale or export SVG", w, h, (w * h + 500_000) / 1_000_000,
                    maxPixels / 1_000_000));
        }
    }

    /** The image's size in pixels for a picture at {@code scale}. */
    public static int pixels(double chartPixels, double scale) {
        return (int) Math.ceil(chartPixels * scale - 1e-9);
    }

    /** A smaller (or larger) rendering at any positive scale, for previews: drawn at that size, not resampled. */
    public BufferedImage preview(ChartPicture picture, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        Tiles tiles = tiles(picture, scale);
        while (tiles.hasNext()) {
            tiles.drawNext();
        }
        return tiles.image();
    }

    /**
     * The picture's tiles, to draw one at a time (the dialog draws one per turn of the FX thread, so the window
     * stays responsive and the progress bar moves; the command line draws them all at once). Create and draw on the FX
     * thread; {@link Tiles#image()} is complete once {@link Tiles#hasNext()} is false.
     */
    public Tiles tiles(ChartPicture picture, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        checkBudget(picture, scale);
        requireFxThread();
        return new Tiles(picture, scale);
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("PNG export draws on a Canvas: call it on the FX thread");
        }
    }

    /** A picture being drawn tile by tile into one image. */
    public final class Tiles {
        private final ChartPicture picture;
        private final double scale;
        private final int w;
        private final int h;
        private final int cols;
        private final int rows;
        private final BufferedImage out;
        private final Canvas canvas;
        private final GraphicsContext g;
        private final SnapshotParameters params = new SnapshotParameters();
        private final int[] buffer;
        private int done;
        private int marks;

        private Tiles(ChartPicture picture, double scale) {
            this.picture = picture;
            this.scale = scale;
            w = pixels(picture.width(), scale);
            h = pixels(picture.height(), scale);
            out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            cols = (w + tile - 1) / tile;
            rows = (h + tile - 1) / tile;
            canvas = new Canvas(Math.min(tile, w), Math.min(tile, h));
            g = canvas.getGraphicsContext2D();
            params.setFill(Color.TRANSPARENT);
            buffer = new int[(int) (canvas.getWidth() * canvas.getHeight())];
        }

        public int total() {
            return rows * cols;
        }

        public int done() {
            return done;
        }

        public boolean hasNext() {
            return done < total();
        }

        /** Draws the next tile (rows top to bottom, each left to right) into the image. */
        public void drawNext() {
            requireFxThread();
            if (!hasNext()) {
                throw new IllegalStateException("every tile is drawn");
            }
            int row = done / cols;
            int col = done % cols;
            int x0 = col * tile;
            int y0 = row * tile;
            int tw = Math.min(tile, w - x0);
            int th = Math.min(tile, h - y0);
            g.setTransform(1, 0, 0, 1, 0, 0);
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.save();
            g.setTransform(scale, 0, 0, scale, -x0, -y0);
            marks = picture.paint(new FxChartCanvas(g));
            g.restore();
            WritableImage image = canvas.snapshot(params, null);
            image.getPixelReader().getPixels(0, 0, tw, th, PixelFormat.getIntArgbInstance(), buffer, 0, tw);
            out.setRGB(x0, y0, tw, th, buffer, 0, tw);
            done++;
        }

        /** The image: whole once every tile is drawn. */
        public BufferedImage image() {
            return out;
        }

        /** The event marks the picture drew (each tile draws the whole picture, so any tile's count). */
        public int marks() {
            return marks;
        }
    }

    /** Encodes as PNG at 96 dpi. */
    public static void writePng(BufferedImage image, OutputStream out) throws IOException {
        writePng(image, out, 1);
    }

    /**
     * Encodes as PNG with its resolution recorded (a {@code pHYs} chunk of 96 dpi × {@code scale}), so a 2× export
     * placed in a document or sent to a printer comes out at the chart's size, twice as sharp.
     */
    public static void writePng(BufferedImage image, OutputStream out, int scale) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String perMetre = Long.toString(Math.round(96.0 * scale / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(NATIVE_PNG_FORMAT);
            root.appendChild(phys);
            metadata.mergeTree(NATIVE_PNG_FORMAT, root);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static final String NATIVE_PNG_FORMAT = "javax_imageio_png_1.0";
}
