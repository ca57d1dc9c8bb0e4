package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Corpus;
import org.parallax.testing.SampleCorpus;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** "Everything" follows the timeline's "Collapse Empty Time": collapsed into breaks by default, else to scale. */
@ExtendWith(ApplicationExtension.class)
class TrueScaleExportTest {

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    @Test
    void trueScaleHasNoBreaksAndIsWiderThanCollapsed() throws Exception {
        Corpus corpus = SampleCorpus.get();
        ExportRequest collapsedRequest = ExportRequest.timeline(ImageFormat.SVG);
        assertThat(collapsedRequest.collapse()).as("collapsed by default").isTrue();
        TimelinePicture collapsed = (TimelinePicture) Exports.picture(corpus, collapsedRequest);
        TimelinePicture trueScale = (TimelinePicture) Exports.picture(corpus, collapsedRequest.withCollapse(false));
        assertThat(collapsed.axis().mapping().breaks()).as("the sample has empty years to collapse").isNotEmpty();
        assertThat(trueScale.axis().mapping().breaks()).isEmpty();
        assertThat(trueScale.width()).isGreaterThan(collapsed.width() * 1.5);

        String collapsedSvg = onFx(() -> ((Rendered.Svg) Exports.render(collapsed, collapsedRequest))
                .document());
        String trueSvg = onFx(() -> ((Rendered.Svg) Exports.render(trueScale,
                collapsedRequest.withCollapse(false))).document());
        assertThat(trueSvg.length()).isPositive();
        assertThat(collapsedSvg).isNotEqualTo(trueSvg);
    }
}
