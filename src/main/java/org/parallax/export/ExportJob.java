package org.parallax.export;

import java.awt.image.BufferedImage;
import org.parallax.model.Corpus;

/**
 * One export, from a corpus and an {@link ExportRequest} to a file: the one path the command line and the window's
 * dialog share. It runs in three steps, each on the thread it needs:
 * <ol>
 *   <li>{@link #layOut()}, on any thread: the chart with its title and legend (building the timeline's data is the
 *       costly part; measuring text outside a scene is safe off the FX thread);</li>
 *   <li>{@link #drawing(ChartPicture)}, a {@link Drawing} stepped through: a PNG tile by tile on the FX thread, an SVG
 *       in one step anywhere ({@link #drawsOnFxThread()} says which);</li>
 *   <li>{@link Rendered#write}, on any thread, atomically.</li>
 * </ol>
 * The command line runs them straight through ({@link #render()} on the FX thread, then write); the dialog lays out
 * and writes through its task runner and draws a PNG one tile per FX turn.
 */
public final class ExportJob {

    private final Corpus corpus;
    private final ExportRequest request;
    private final ChartColours colours;
    private final PngRenderer png;

    /** In the light theme's colours with the default tiles and pixel budget: the command line's export. */
    public ExportJob(Corpus corpus, ExportRequest request) {
        this(corpus, request, ChartColours.LIGHT, new PngRenderer());
    }

    public ExportJob(Corpus corpus, ExportRequest request, ChartColours colours, PngRenderer png) {
        this.corpus = corpus;
        this.request = request;
        this.colours = colours == null ? ChartColours.LIGHT : colours;
        this.png = png;
    }

    public ExportRequest request() {
        return request;
    }

    /**
     * The chart of the request, filtered and laid out, in the colours of its kind (each chart has its own colour
     * roles); any thread. Adding a chart is one line here.
     */
    public ChartPicture layOut() {
        Corpus filtered = request.filter().apply(corpus);
        return switch (request.chart()) {
            case TIMELINE -> TimelinePicture.of(filtered, request, colours.timeline());
            case COVERAGE -> CoveragePicture.of(filtered, request, colours.coverage(),
                    !request.filter().isNone() && !corpus.events().isEmpty() && filtered.events().isEmpty());
        };
    }

    /** True when the drawing must run on the FX thread (PNG). */
    public boolean drawsOnFxThread() {
        return request.format() == ImageFormat.PNG;
    }

    /**
     * Refuses a PNG over the pixel budget ({@link PngRenderer.TooLargeException}, whose message suggests a lower
     * scale or SVG) before anything is drawn; any thread. An SVG has no budget.
     */
    public void checkBudget(ChartPicture picture) {
        if (request.format() == ImageFormat.PNG) {
            png.checkBudget(picture, request.scale());
        }
    }

    /** The picture's drawing, not yet drawn: for a PNG create it on the FX thread (it holds a Canvas). */
    public Drawing drawing(ChartPicture picture) {
        if (request.format() == ImageFormat.SVG) {
            return new Drawing.Svg(picture);
        }
        return new Drawing.Png(png.tiles(picture, request.scale()), request.scale());
    }

    /** Lays out and draws the whole export; on the FX thread for a PNG. */
    public Rendered render() {
        return drawing(layOut()).drawAll();
    }

    /**
     * The picture drawn to fit in {@code maxWidth} × {@code maxHeight} (never enlarged), drawn at that size rather
     * than resampled so lines and marks stay smooth: a preview of the export; on the FX thread.
     */
    public BufferedImage preview(ChartPicture picture, double maxWidth, double maxHeight) {
        double fit = Math.min(1, Math.min(maxWidth / picture.width(), maxHeight / picture.height()));
        return png.preview(picture, fit);
    }
}
