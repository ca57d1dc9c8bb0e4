package org.parallax.ui.shell;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The window's icon, from the installers' icon set ({@code installers/icon/parallax-512.png}, scaled): one image
 * per size a desktop asks for (title bar, task bar, switcher), so none is scaled blurry at run time.
 */
final class AppIcon {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** The icons, smallest first; sizes whose image is missing from the build are left out. */
    static List<Image> images() {
        List<Image> out = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream("icon/parallax-" + size + ".png")) {
                if (in != null) {
                    out.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon is decoration: the window opens without it
            }
        }
        return out;
    }

    /** The icons into {@code stage}, unless it has them: the start skeleton gave them to the shell's stage already. */
    static void install(Stage stage) {
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(images()); // seven images decoded on the FX thread: once per window, not twice
        }
    }
}
