package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Corpus;
import org.parallax.testing.SampleCorpus;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The one export path: an SVG in one step anywhere, a PNG a tile a step on the FX thread, the bytes written whole. */
@ExtendWith(ApplicationExtension.class)
class ExportJobTest {

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private static Corpus corpus() {
        return SampleCorpus.get();
    }

    @Test
    void anSvgIsDrawnInOneStepOffTheFxThreadAndWrittenAsItsDocument(@TempDir Path dir) throws Exception {
        ExportJob job = new ExportJob(corpus(), ExportRequest.timeline(ImageFormat.SVG));
        assertThat(job.drawsOnFxThread()).isFalse();
        ChartPicture picture = job.layOut();
        job.checkBudget(picture); // an SVG has none
        Drawing drawing = job.drawing(picture);
        assertThat(drawing.needsFxThread()).isFalse();
        assertThat(drawing.steps()).isOne();
        assertThatThrownBy(drawing::result).isInstanceOf(IllegalStateException.class);
        Rendered rendered = drawing.drawAll();
        assertThat(drawing.hasNext()).isFalse();
        assertThat(rendered.marks()).isPositive();
        Path file = dir.resolve("chart.svg");
        rendered.write(file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        rendered.writeTo(bytes);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes.toByteArray());
        assertThat(Files.readString(file)).isEqualTo(((Rendered.Svg) rendered).document());
    }

    @Test
    void aPngStepByStepIsThePngStraightThrough() throws Exception {
        ExportRequest request = ExportRequest.timeline(ImageFormat.PNG);
        ExportJob job = new ExportJob(corpus(), request, ChartColours.LIGHT, new PngRenderer(512));
        assertThat(job.drawsOnFxThread()).isTrue();
        Rendered.Png straight = (Rendered.Png) onFx(job::render);
        Drawing drawing = onFx(() -> job.drawing(job.layOut()));
        assertThat(drawing.steps()).isGreaterThan(1);
        assertThatThrownBy(drawing::result).isInstanceOf(IllegalStateException.class).hasMessageContaining("0 of");
        while (drawing.hasNext()) {
            onFx(() -> {
                drawing.drawNext();
                return null;
            });
        }
        Rendered.Png stepped = (Rendered.Png) drawing.result();
        assertThat(stepped.marks()).isEqualTo(straight.marks()).isPositive();
        assertThat(stepped.width()).isEqualTo(straight.width());
        assertThat(stepped.image().getRGB(0, 0, stepped.width(), stepped.height(), null, 0, stepped.width()))
                .isEqualTo(straight.image().getRGB(0, 0, straight.width(), straight.height(), null, 0,
                        straight.width()));
    }

    @Test
    void aPngOverTheBudgetIsRefusedBeforeDrawing() {
        ExportJob job = new ExportJob(corpus(), ExportRequest.timeline(ImageFormat.PNG).withScale(4),
                ChartColours.LIGHT, new PngRenderer(1024, 1_000_000));
        ChartPicture picture = job.layOut();
        assertThatThrownBy(() -> job.checkBudget(picture)).isInstanceOf(PngRenderer.TooLargeException.class);
        assertThatThrownBy(() -> job.drawing(picture)).isInstanceOf(PngRenderer.TooLargeException.class);
    }
}
