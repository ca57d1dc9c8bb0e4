package org.parallax.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * Compares a rendered image with a golden PNG under {@code src/test/resources/org/parallax/golden/}. A pixel differs
 * when a channel is off by more than {@link #CHANNEL_TOLERANCE}; the images match when at most
 * {@code maxDifferingFraction} of the pixels differ (anti-aliasing and font hinting move a few edge pixels between
 * machines). {@code -Dgolden.update=true} rewrites the golden file instead; a failure writes the actual image and a
 * diff (differing pixels in red) to {@code target/golden/} to look at.
 */
public final class GoldenImage {

    static final int CHANNEL_TOLERANCE = 24;
    private static final Path SOURCE = Path.of("src", "test", "resources", "org", "parallax", "golden");
    private static final Path OUT = Path.of("target", "golden");

    private GoldenImage() {
    }

    /** Matches a JavaFX image (a canvas or node snapshot) against {@code name}.png. */
    public static void assertMatches(Image actual, String name, double maxDifferingFraction) {
        assertMatches(toBuffered(actual), name, maxDifferingFraction);
    }

    public static void assertMatches(BufferedImage actual, String name, double maxDifferingFraction) {
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(SOURCE);
                ImageIO.write(actual, "png", SOURCE.resolve(name + ".png").toFile());
                return;
            }
            BufferedImage golden;
            try (InputStream in = GoldenImage.class.getResourceAsStream("/org/parallax/golden/" + name + ".png")) {
                if (in == null) {
                    fail("no golden image " + name + ".png: run the test once with -Dgolden.update=true and look at it");
                    return;
                }
                golden = ImageIO.read(in);
            }
            assertThat(actual.getWidth() + "×" + actual.getHeight())
                    .as("size of %s", name).isEqualTo(golden.getWidth() + "×" + golden.getHeight());
            BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_ARGB);
            long differing = 0;
            for (int y = 0; y < actual.getHeight(); y++) {
                for (int x = 0; x < actual.getWidth(); x++) {
                    int a = actual.getRGB(x, y);
                    int g = golden.getRGB(x, y);
                    boolean differs = channelDistance(a, g) > CHANNEL_TOLERANCE;
                    diff.setRGB(x, y, differs ? 0xffff0000 : (0x40000000 | (g & 0xffffff)));
                    if (differs) {
                        differing++;
                    }
                }
            }
            double fraction = differing / (double) ((long) actual.getWidth() * actual.getHeight());
            if (fraction > maxDifferingFraction) {
                Files.createDirectories(OUT);
                ImageIO.write(actual, "png", OUT.resolve(name + ".actual.png").toFile());
                ImageIO.write(diff, "png", OUT.resolve(name + ".diff.png").toFile());
                fail(String.format("%s: %.3f%% of pixels differ from the golden image (allowed %.3f%%); see %s",
                        name, fraction * 100, maxDifferingFraction * 100, OUT.resolve(name + ".diff.png")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest difference of the four channels. */
    static int channelDistance(int a, int b) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)));
        }
        return max;
    }

    /** Copies a JavaFX image's pixels into an ARGB buffered image (no javafx.swing needed). */
    public static BufferedImage toBuffered(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        return out;
    }
}
