package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.Corpus;
import org.parallax.testing.GoldenImage;
import org.parallax.testing.SampleCorpus;
import org.parallax.chart.timeline.TimelineColour;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelinePainter;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The bundled corpus exported as PNG and SVG: sizes, colours, labels, marks, tiles, and a golden image. */
@ExtendWith(ApplicationExtension.class)
class ChartExportTest {

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private static Corpus corpus() {
        return SampleCorpus.get();
    }

    private static int[] rgb(BufferedImage image, double x, double y) {
        int p = image.getRGB((int) Math.floor(x), (int) Math.floor(y));
        return new int[] {(p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff};
    }

    private static boolean near(int[] actual, Color expected) {
        return Math.abs(actual[0] - expected.getRed() * 255) <= 12 && Math.abs(actual[1] - expected.getGreen() * 255) <= 12
                && Math.abs(actual[2] - expected.getBlue() * 255) <= 12;
    }

    @Test
    void theTitleCountsOutletsAsTheStatusBarDoesTheUnknownOutletAsOne() throws Exception {
        ExportRequest request = ExportRequest.timeline(ImageFormat.SVG);
        Rendered.Svg svg = (Rendered.Svg) onFx(() -> Exports.render(Exports.picture(corpus(), request), request));
        int outlets = corpus().outletCount();
        assertThat(corpus().outlets()).as("the sample has articles of no known outlet").hasSize(outlets - 1);
        assertThat(svg.document()).contains("reported by " + outlets + " outlets");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void pngHasTheScaledSizeAndTheEventsColours(int scale, @TempDir Path dir) throws Exception {
        ExportRequest request = ExportRequest.timeline(ImageFormat.PNG).withScale(scale);
        TimelinePicture picture = (TimelinePicture) onFx(() -> Exports.picture(corpus(), request));
        Rendered rendered = onFx(() -> Exports.render(picture, request));
        Path file = dir.resolve("timeline.png");
        rendered.write(file);
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png).as("decodes as PNG").isNotNull();
        assertThat(png.getWidth()).isEqualTo((int) Math.ceil(picture.width() * scale));
        assertThat(png.getHeight()).isEqualTo((int) Math.ceil(picture.height() * scale));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // the temporary file was renamed, not left
        }
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var phys = ((javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_png_1.0")).getElementsByTagName("pHYs").item(0);
            assertThat(phys).as("resolution recorded").isNotNull();
            double dpi = Double.parseDouble(((org.w3c.dom.Element) phys).getAttribute("pixelsPerUnitXAxis")) * 0.0254;
            assertThat(dpi).isCloseTo(96.0 * scale, org.assertj.core.data.Offset.offset(0.5));
        }
        // every reported single mark is drawn in the mark colour, every cluster in the cluster colour
        TimelineData data = picture.data();
        int reported = 0;
        int clusters = 0;
        for (TimelinePainter.Hit hit : picture.hits()) {
            double x = (TimelinePainter.GUTTER + hit.x()) * scale;
            double y = (TimelinePicture.TITLE_BAND + hit.y()) * scale;
            if (!hit.isCluster() && !data.isBackground(hit.members()[0])) {
                assertThat(near(rgb(png, x, y), TimelineColour.MARK.light())).as("mark of %s at %s×",
                        data.event(hit.members()[0]).label(), scale).isTrue();
                reported++;
            } else if (hit.isCluster()) {
                assertThat(near(rgb(png, x - 3 * scale, y), TimelineColour.CLUSTER.light())
                        || near(rgb(png, x - 3 * scale, y), TimelineColour.MARK_BACKGROUND.light())).isTrue();
                clusters++;
            }
        }
        assertThat(reported).as("reported marks sampled").isGreaterThan(5);
        assertThat(clusters).isPositive();
        assertThat(rendered.marks()).isEqualTo(picture.hits().size());
    }

    @Test
    void svgIsXmlWithEveryVisibleLabelAsTextAndTheSameMarksAsThePng() throws Exception {
        ExportRequest svgRequest = ExportRequest.timeline(ImageFormat.SVG).withDecorations(false);
        ExportRequest pngRequest = svgRequest.withFormat(ImageFormat.PNG);
        TimelinePicture forPng = (TimelinePicture) onFx(() -> Exports.picture(corpus(), pngRequest));
        int pngMarks = onFx(() -> Exports.render(forPng, pngRequest)).marks();

        TimelinePicture picture = (TimelinePicture) onFx(() -> Exports.picture(corpus(), svgRequest));
        Rendered.Svg svg = (Rendered.Svg) onFx(() -> Exports.render(picture, svgRequest));
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(svg.document().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo(SvgChartCanvas.num(picture.width()));

        List<String> texts = new ArrayList<>();
        NodeList textNodes = doc.getElementsByTagName("text");
        for (int i = 0; i < textNodes.getLength(); i++) {
            texts.add(textNodes.item(i).getTextContent());
        }
        TimelineData data = picture.data();
        assertThat(picture.labels()).isNotEmpty();
        for (TimelinePainter.LabelBox box : picture.labels()) {
            assertThat(texts).as("label text").contains(box.lines());
            // a flag names one of its events: whole, or cut before a phrase ("…"), and "+2" when it stands for more
            String named = box.text().replaceFirst("  \\+\\d+$", "").replaceFirst("…$", "");
            assertThat(java.util.Arrays.stream(box.members()).mapToObj(i -> data.event(i).label()))
                    .as("'%s' names one of its events", box.text()).anyMatch(title -> title.startsWith(named));
        }
        for (TimelineData.Lane lane : data.lanes()) {
            assertThat(texts.stream().anyMatch(t -> t.startsWith(lane.label().substring(0, Math.min(8, lane.label().length()))))).isTrue();
        }

        Set<String> centres = new HashSet<>();
        NodeList ellipses = doc.getElementsByTagName("ellipse");
        for (int i = 0; i < ellipses.getLength(); i++) {
            Element e = (Element) ellipses.item(i);
            centres.add(e.getAttribute("cx") + "," + e.getAttribute("cy"));
        }
        long offAxis = picture.hits().stream().filter(TimelinePainter.Hit::offAxis).count(); // a pill, not a dot
        assertThat(centres).as("distinct event marks in the SVG").hasSize(pngMarks - (int) offAxis);
        assertThat(svg.marks()).isEqualTo(pngMarks);
        assertThat(pngMarks).isGreaterThan(10);
    }

    @Test
    void tilesStitchToTheSamePixelsAsOneRender() throws Exception {
        ExportRequest request = ExportRequest.timeline(ImageFormat.PNG).withScale(2);
        ChartPicture picture = onFx(() -> Exports.picture(corpus(), request));
        BufferedImage whole = onFx(() -> Exports.png(picture, 2));
        ExportJob job = new ExportJob(corpus(), request, ChartColours.LIGHT, new PngRenderer(300));
        Drawing drawing = onFx(() -> job.drawing(picture));
        assertThat(drawing.needsFxThread()).isTrue();
        List<Integer> done = new ArrayList<>();
        BufferedImage tiled = onFx(() -> {
            while (drawing.hasNext()) { // as the dialog steps through them, one tile a step
                drawing.drawNext();
                done.add(drawing.done());
            }
            return ((Rendered.Png) drawing.result()).image();
        });
        assertThat(done).hasSizeGreaterThan(4).hasSize(drawing.steps()).isSorted().endsWith(drawing.steps());
        assertThat(tiled.getWidth()).isEqualTo(whole.getWidth());
        assertThat(tiled.getHeight()).isEqualTo(whole.getHeight());
        long differing = 0;
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
                int a = whole.getRGB(x, y);
                int b = tiled.getRGB(x, y);
                int worst = 0;
                for (int shift = 0; shift < 32; shift += 8) {
                    worst = Math.max(worst, Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)));
                }
                if (worst > 4) { // anti-aliased edges of translucent fills round up to 3 levels apart between tiles
                    differing++;
                }
            }
        }
        if (differing > 0) {
            Files.createDirectories(Path.of("target/golden"));
            ImageIO.write(whole, "png", Path.of("target/golden/tiles-whole.png").toFile());
            ImageIO.write(tiled, "png", Path.of("target/golden/tiles-tiled.png").toFile());
        }
        assertThat(differing).as("pixels that differ between tiled and whole").isZero();
    }

    @Test
    void fullExtentOfTheSampleCorpusMatchesItsGoldenImage() throws Exception {
        ExportRequest request = ExportRequest.timeline(ImageFormat.PNG);
        ChartPicture picture = onFx(() -> Exports.picture(corpus(), request));
        BufferedImage image = onFx(() -> Exports.png(picture, 1));
        GoldenImage.assertMatches(image, "export-timeline-sample", 0.002);
    }

    @Test
    void everythingShowsEveryLaneAndOnScreenKeepsTheGivenSize() throws Exception {
        TimelinePicture all = (TimelinePicture) onFx(() -> Exports.picture(corpus(),
                ExportRequest.timeline(ImageFormat.PNG).withDecorations(false)));
        assertThat(all.height()).isGreaterThanOrEqualTo(TimelinePainter.laneTop(all.data().lanes().size()));
        assertThat(all.hits().size()).isZero(); // nothing drawn yet
        var axis = all.axis();
        TimelinePicture screen = (TimelinePicture) onFx(() -> Exports.picture(corpus(),
                ExportRequest.timeline(ImageFormat.PNG).withDecorations(false)
                        .withExtent(new Extent.OnScreen(axis.zoom(3, 200), 900, 300))));
        assertThat(screen.width()).isEqualTo(900);
        assertThat(screen.height()).isEqualTo(300);
    }

    @Test
    void onScreenKeepsTheLaneNameColumnAsWideAsTheUserDraggedIt() throws Exception {
        var axis = ((TimelinePicture) onFx(() -> Exports.picture(corpus(),
                ExportRequest.timeline(ImageFormat.SVG).withDecorations(false)))).axis().zoom(3, 200);
        String longest = "International Business Times Australia";
        assertThat(corpus().outlets()).extracting(o -> o.name()).contains(longest);
        ExportRequest narrow = ExportRequest.timeline(ImageFormat.SVG).withDecorations(false)
                .withExtent(new Extent.OnScreen(axis, 900, 300));
        ExportRequest wide = narrow.withExtent(new Extent.OnScreen(axis, 900, 300, 330));
        Rendered.Svg atDefault = (Rendered.Svg) onFx(() -> Exports.render(Exports.picture(corpus(), narrow), narrow));
        Rendered.Svg widened = (Rendered.Svg) onFx(() -> Exports.render(Exports.picture(corpus(), wide), wide));
        assertThat(atDefault.document()).doesNotContain(">" + longest + "<"); // cut to fit 168 pixels
        assertThat(widened.document()).contains(">" + longest + "<");
    }

    @Test
    void theFilterKeepsOneStoryOrADateRange() {
        Corpus corpus = corpus();
        String story = corpus.stories().get(0).id();
        Corpus one = new ExportFilter(story, null, null).apply(corpus);
        assertThat(one.events()).isNotEmpty().allMatch(e -> story.equals(e.storyId()));
        assertThat(one.stories()).extracting(s -> s.id()).containsExactly(story);
        Corpus october = new ExportFilter(null, java.time.LocalDate.of(2015, 10, 1), java.time.LocalDate.of(2015, 10, 31))
                .apply(corpus);
        assertThat(october.events()).isNotEmpty().hasSizeLessThan(corpus.events().size())
                .allMatch(e -> e.date().startsWith("2015-10")); // not "2015": it sits in July
        assertThatThrownBy(() -> new ExportFilter(null, java.time.LocalDate.of(2016, 1, 1),
                java.time.LocalDate.of(2015, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScaleOtherThanOneTwoOrFourIsRefused() {
        ExportRequest request = new ExportRequest(ChartKind.COVERAGE, Extent.EVERYTHING, ImageFormat.SVG, 1, true,
                null, null);
        assertThatThrownBy(() -> request.withScale(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
