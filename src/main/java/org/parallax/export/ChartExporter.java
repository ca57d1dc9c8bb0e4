package org.parallax.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.paint.Paint;
import org.parallax.model.Corpus;
import org.parallax.store.AtomicFiles;
import org.parallax.chart.coverage.CoverageColour;
import org.parallax.chart.timeline.TimelineColour;

/**
 * The one path from a corpus and an {@link ExportRequest} to a file, shared by the command line and the dialog:
 * {@link #picture} lays the chart out, {@link #render} draws it (PNG on the FX thread, through a Canvas; SVG
 * anywhere the toolkit is up), {@link Rendered#write} writes it atomically on any thread.
 */
public final class ChartExporter {

    private final PngRenderer png;

    public ChartExporter() {
        this(new PngRenderer());
    }

    public ChartExporter(PngRenderer png) {
        this.png = png;
    }

    /**
     * The chart of the request, laid out, in the colours of its kind (each chart has its own colour roles). Adding
     * a chart is one line here.
     */
    public static ChartPicture picture(Corpus corpus, ExportRequest request, Function<TimelineColour, Paint> colours,
                                       Function<CoverageColour, Paint> coverageColours) {
        Corpus filtered = request.filter().apply(corpus);
        return switch (request.chart()) {
            case TIMELINE -> TimelinePicture.of(filtered, request, colours);
            case COVERAGE -> CoveragePicture.of(filtered, request, coverageColours,
                    !request.filter().isNone() && !corpus.events().isEmpty() && filtered.events().isEmpty());
        };
    }

    /** The timeline in {@code colours}, the coverage chart in its light colours. */
    public static ChartPicture picture(Corpus corpus, ExportRequest request, Function<TimelineColour, Paint> colours) {
        return picture(corpus, request, colours, CoverageColour::light);
    }

    /** Light-theme colours, what the command line uses. */
    public static ChartPicture picture(Corpus corpus, ExportRequest request) {
        return picture(corpus, request, TimelineColour::light, CoverageColour::light);
    }

    /** A drawn export, ready to write. */
    public sealed interface Rendered {
        /** Pixels for PNG, or chart pixels for SVG. */
        int width();

        int height();

        /** Event marks drawn. */
        int marks();

        void write(Path file) throws IOException;
    }

    /** @param scale device pixels per chart pixel, recorded in the file as its resolution */
    public record Png(BufferedImage image, int scale, int marks) implements Rendered {
        @Override
        public int width() {
            return image.getWidth();
        }

        @Override
        public int height() {
            return image.getHeight();
        }

        @Override
        public void write(Path file) throws IOException {
            AtomicFiles.write(file, out -> PngRenderer.writePng(image, out, scale));
        }
    }

    public record Svg(String document, int width, int height, int marks) implements Rendered {
        @Override
        public void write(Path file) throws IOException {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, out -> out.write(bytes));
        }
    }

    /** Draws the picture in the request's format; PNG must be called on the FX thread. */
    public Rendered render(ChartPicture picture, ExportRequest request, PngRenderer.TileProgress progress) {
        if (request.format() == ImageFormat.SVG) {
            SvgChartCanvas svg = new SvgChartCanvas(picture.width(), picture.height());
            int marks = picture.paint(svg);
            return new Svg(svg.toSvg(), (int) Math.ceil(picture.width()), (int) Math.ceil(picture.height()), marks);
        }
        BufferedImage image = png.render(picture, request.scale(), progress);
        int marks = picture instanceof TimelinePicture t ? t.hits().size()
                : picture instanceof CoveragePicture c ? c.marks() : 0;
        return new Png(image, request.scale(), marks);
    }

    public Rendered render(ChartPicture picture, ExportRequest request) {
        return render(picture, request, null);
    }
}
