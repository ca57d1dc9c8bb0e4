package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.parallax.ui.concurrent.HeadlessFx;

/** The window icon comes at every size a desktop asks for, each image as large as its name says. */
class AppIconTest {

    @Test
    void everySizeIsThereAndSquare() throws Exception {
        List<Image> images = HeadlessFx.call(AppIcon::images);
        assertThat(images).hasSize(AppIcon.SIZES.length);
        for (int i = 0; i < images.size(); i++) {
            assertThat(images.get(i).isError()).isFalse();
            assertThat(images.get(i).getWidth()).isEqualTo(AppIcon.SIZES[i]);
            assertThat(images.get(i).getHeight()).isEqualTo(AppIcon.SIZES[i]);
        }
    }

    @Test
    void aStageThatHasTheIconsKeepsThem() throws Exception {
        List<Image> kept = HeadlessFx.call(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            AppIcon.install(stage);
            List<Image> first = List.copyOf(stage.getIcons());
            AppIcon.install(stage);
            assertThat(stage.getIcons()).containsExactlyElementsOf(first); // the same images, not decoded anew
            return first;
        });
        assertThat(kept).hasSize(AppIcon.SIZES.length);
    }
}
