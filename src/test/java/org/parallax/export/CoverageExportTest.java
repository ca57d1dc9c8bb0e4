package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.parallax.chart.coverage.CoverageColour;
import org.parallax.chart.coverage.CoverageData;
import org.parallax.chart.coverage.CoveragePainter;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The coverage chart of the bundled corpus exported as PNG and SVG: sizes, cell colours, every label, a golden. */
@ExtendWith(ApplicationExtension.class)
class CoverageExportTest {

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private static ExportRequest coverage(ImageFormat format) {
        return new ExportRequest(ChartKind.COVERAGE, Extent.EVERYTHING, format, 1, true, null, ExportFilter.NONE);
    }

    private static int[] rgb(BufferedImage image, double x, double y) {
        int p = image.getRGB((int) Math.floor(x), (int) Math.floor(y));
        return new int[] {(p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff};
    }

    private static boolean near(int[] actual, Color expected) {
        return Math.abs(actual[0] - expected.getRed() * 255) <= 10 && Math.abs(actual[1] - expected.getGreen() * 255) <= 10
                && Math.abs(actual[2] - expected.getBlue() * 255) <= 10;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void pngHasTheScaledSizeAndEveryCellsColour(int scale, @TempDir Path dir) throws Exception {
        ExportRequest request = coverage(ImageFormat.PNG).withScale(scale);
        CoveragePicture picture = (CoveragePicture) onFx(() -> Exports.picture(SampleCorpus.get(), request));
        Rendered rendered = onFx(() -> Exports.render(picture, request));
        Path file = dir.resolve("coverage.png");
        rendered.write(file);
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png).as("decodes as PNG").isNotNull();
        assertThat(png.getWidth()).isEqualTo((int) Math.ceil(picture.width() * scale));
        assertThat(png.getHeight()).isEqualTo((int) Math.ceil(picture.height() * scale));

        CoverageData data = picture.data();
        CoveragePainter painter = picture.painter();
        int reports = 0;
        for (int r = 0; r < data.rows().size(); r++) {
            for (int c = 0; c < data.outlets().size(); c++) {
                // left of the cell's centred text, inside its rounded corners
                double x = (painter.columnX(c) + 10) * scale;
                double y = (picture.chartTop() + CoveragePainter.cellY(r) + CoveragePainter.CELL_H / 2) * scale;
                var cell = data.cell(r, c);
                if (cell.isPresent()) {
                    Color expected = (Color) CoveragePainter.fill(cell.get(), data.maxLag(), CoverageColour::light);
                    assertThat(near(rgb(png, x, y), expected)).as("%s reported '%s' at %s×", data.outlets().get(c),
                            data.rows().get(r).label(), scale).isTrue();
                    reports++;
                } else {
                    Color ground = r % 2 == 1 ? CoverageColour.STRIPE.light() : CoverageColour.BACKGROUND.light();
                    assertThat(near(rgb(png, x, y), ground)).as("no cell for %s, '%s'", data.outlets().get(c),
                            data.rows().get(r).label()).isTrue();
                }
            }
        }
        assertThat(reports).isGreaterThan(15);
        assertThat(rendered.marks()).isEqualTo(reports);
    }

    @Test
    void svgIsXmlWithEveryEventLabelAndOutletNameAsText() throws Exception {
        ExportRequest request = coverage(ImageFormat.SVG);
        CoveragePicture picture = (CoveragePicture) onFx(() -> Exports.picture(SampleCorpus.get(), request));
        Rendered.Svg svg = (Rendered.Svg) onFx(() -> Exports.render(picture, request));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.document().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo(SvgChartCanvas.num(picture.width()));
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        CoverageData data = picture.data();
        assertThat(data.rows()).hasSizeGreaterThan(10);
        for (CoverageData.Row row : data.rows()) {
            assertThat(texts).as("event label in full").contains(row.background() ? row.label() + " (background)"
                    : row.label());
        }
        for (String outlet : data.outlets()) { // on one line, or wrapped onto two
            boolean found = texts.contains(outlet);
            for (int i = 0; i + 1 < texts.size() && !found; i++) {
                found = (texts.get(i) + " " + texts.get(i + 1)).equals(outlet);
            }
            assertThat(found).as("outlet name '%s' in full", outlet).isTrue();
        }
        // nothing cut by the painter; an unknown outlet's column is named by its article's title in short on purpose
        assertThat(texts).filteredOn(t -> data.outlets().stream().noneMatch(o -> o.endsWith(t)))
                .noneMatch(t -> t.endsWith("\u2026"));
        assertThat(texts).contains("Who reported what, when", "same day", "not reported");
        assertThat(texts).as("the painter's own legend is left out").doesNotContain("Reported:");

        ExportRequest pngRequest = request.withFormat(ImageFormat.PNG);
        int pngMarks = onFx(() -> Exports.render(Exports.picture(SampleCorpus.get(), pngRequest),
                pngRequest)).marks();
        assertThat(svg.marks()).isEqualTo(pngMarks).isPositive();
    }

    @Test
    void theStoryAndDateFiltersKeepTheirEventsOnly() throws Exception {
        Corpus corpus = SampleCorpus.get();
        String story = corpus.stories().get(0).id();
        ExportRequest oneStory = new ExportRequest(ChartKind.COVERAGE, Extent.EVERYTHING, ImageFormat.SVG, 1, true,
                null, new ExportFilter(story, null, null));
        CoveragePicture picture = (CoveragePicture) onFx(() -> Exports.picture(corpus, oneStory));
        assertThat(picture.data().rows()).isNotEmpty().hasSizeLessThan(corpus.events().size())
                .allMatch(r -> story.equals(r.event().storyId()));
        String svg = ((Rendered.Svg) onFx(() -> Exports.render(picture, oneStory))).document();
        assertThat(svg).contains("filtered: ");

        ExportRequest october = new ExportRequest(ChartKind.COVERAGE, Extent.EVERYTHING, ImageFormat.PNG, 1, false,
                "ignored", new ExportFilter(null, java.time.LocalDate.of(2015, 10, 1),
                java.time.LocalDate.of(2015, 10, 31)));
        CoveragePicture oct = (CoveragePicture) onFx(() -> Exports.picture(corpus, october));
        assertThat(oct.data().rows()).isNotEmpty().allMatch(r -> r.event().date().startsWith("2015-10"));
        assertThat(oct.chartTop()).as("no title band without decorations").isZero();
    }

    @Test
    void onScreenKeepsTheGivenSize() throws Exception {
        var axis = ((TimelinePicture) onFx(() -> Exports.picture(SampleCorpus.get(),
                ExportRequest.timeline(ImageFormat.PNG)))).axis();
        ExportRequest request = new ExportRequest(ChartKind.COVERAGE, new Extent.OnScreen(axis, 700, 250),
                ImageFormat.PNG, 2, false, null, ExportFilter.NONE);
        CoveragePicture picture = (CoveragePicture) onFx(() -> Exports.picture(SampleCorpus.get(), request));
        assertThat(picture.width()).isEqualTo(700);
        assertThat(picture.height()).isEqualTo(250);
        Rendered rendered = onFx(() -> Exports.render(picture, request));
        assertThat(rendered.width()).isEqualTo(1400);
        assertThat(rendered.marks()).as("only the reports in view").isPositive()
                .isLessThan(onFx(() -> Exports.render(Exports.picture(SampleCorpus.get(),
                        coverage(ImageFormat.PNG)), coverage(ImageFormat.PNG))).marks());
    }

    @Test
    void theLegendSpellsTheLagsOut() {
        assertThat(CoveragePicture.lagText(0)).isEqualTo("same day");
        assertThat(CoveragePicture.lagText(1)).isEqualTo("1 day later");
        assertThat(CoveragePicture.lagText(12)).isEqualTo("12 days later");
        assertThat(CoveragePainter.legendLags(0)).containsExactly(0L);
        assertThat(CoveragePainter.legendLags(2)).containsExactly(0L, 1L, 2L);
        assertThat(CoveragePainter.legendLags(12)).containsExactly(0L, 3L, 6L, 9L, 12L);
    }

    @Test
    void fullExtentOfTheSampleCorpusMatchesItsGoldenImage() throws Exception {
        ExportRequest request = coverage(ImageFormat.PNG);
        ChartPicture picture = onFx(() -> Exports.picture(SampleCorpus.get(), request));
        BufferedImage image = onFx(() -> Exports.png(picture, 1));
        GoldenImage.assertMatches(image, "export-coverage-sample", 0.002);
    }

    @Test
    void anEmptyChartSaysWhyByItsCause() throws Exception {
        Corpus corpus = SampleCorpus.get();
        ExportRequest nineties = new ExportRequest(ChartKind.COVERAGE, Extent.EVERYTHING, ImageFormat.SVG, 1, true,
                null, new ExportFilter(null, java.time.LocalDate.of(1990, 1, 1), java.time.LocalDate.of(1990, 1, 2)));
        CoveragePicture filtered = (CoveragePicture) onFx(() -> Exports.picture(corpus, nineties));
        assertThat(filtered.data().isEmpty()).isTrue();
        assertThat(filtered.emptyText()).contains("the filters").contains("1990-01-01").doesNotContain("dated");
        String svg = ((Rendered.Svg) onFx(() -> Exports.render(filtered, nineties))).document();
        assertThat(svg).contains("the filters").doesNotContain("no article here is dated");

        Corpus noEvents = corpus.withEvents(java.util.List.of()).withStories(java.util.List.of());
        CoveragePicture none = (CoveragePicture) onFx(() -> Exports.picture(noEvents, coverage(ImageFormat.SVG)));
        assertThat(none.emptyText()).isEqualTo("No events to chart: the articles mention no dated events.");
        Corpus nothing = Corpus.EMPTY;
        CoveragePicture empty = (CoveragePicture) onFx(() -> Exports.picture(nothing, coverage(ImageFormat.SVG)));
        assertThat(empty.emptyText()).isEqualTo("No events to chart: there are no articles.");
    }

    @Test
    void anEmptyTimelineIsPlacedByTheFilterOrTheArticlesNeverByToday() throws Exception {
        Corpus corpus = SampleCorpus.get();
        ExportRequest nineties = new ExportRequest(ChartKind.TIMELINE, Extent.EVERYTHING, ImageFormat.SVG, 1, true,
                null, new ExportFilter(null, java.time.LocalDate.of(1990, 1, 1), java.time.LocalDate.of(1990, 1, 31)));
        TimelinePicture byFilter = (TimelinePicture) onFx(() -> Exports.picture(corpus, nineties));
        assertThat(byFilter.data().size()).isZero();
        double middle = byFilter.axis().toDay((byFilter.width() - TimelinePicture.LABEL_ROOM) / 2);
        assertThat(middle).isBetween((double) java.time.LocalDate.of(1989, 12, 1).toEpochDay(),
                (double) java.time.LocalDate.of(1990, 3, 1).toEpochDay());

        Corpus noEvents = corpus.withEvents(java.util.List.of()).withStories(java.util.List.of());
        TimelinePicture byArticles = (TimelinePicture) onFx(() -> Exports.picture(noEvents,
                ExportRequest.timeline(ImageFormat.SVG)));
        double first = byArticles.axis().toPixel(java.time.LocalDate.of(2015, 10, 21).toEpochDay());
        double last = byArticles.axis().toPixel(java.time.LocalDate.of(2017, 11, 21).toEpochDay());
        assertThat(first).as("the articles' dates are on the axis").isBetween(0.0, byArticles.width());
        assertThat(last).isBetween(0.0, byArticles.width());
        double today = byArticles.axis().toPixel(java.time.LocalDate.now().toEpochDay());
        assertThat(today).as("not today").isGreaterThan(byArticles.width());
    }
}
