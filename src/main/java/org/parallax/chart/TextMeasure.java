package org.parallax.chart;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How wide text is where a Canvas draws it, and text shortened with an ellipsis to fit: the one measurer the painters
 * and the exported pictures share. It holds a {@link Text} node, which is not safe to share between threads, so each
 * painter or picture keeps its own.
 */
public final class TextMeasure {

    private static final String ELLIPSIS = "\u2026";

    private final Text text = new Text();

    /** The width of {@code s} in {@code font}, in pixels. */
    public double width(String s, Font font) {
        text.setFont(font);
        text.setText(s);
        return text.getLayoutBounds().getWidth();
    }

    /**
     * {@code s} when it fits in {@code max} pixels, else its longest start of at least four characters that fits
     * with an ellipsis after it ("Bashar al-Ass…"), else empty: a lane or era name of fewer letters says nothing.
     */
    public String fitOrEmpty(String s, Font font, double max) {
        String fitted = shortened(s, font, max, 4);
        return fitted == null ? "" : fitted;
    }

    /**
     * {@code s} when it fits in {@code max} pixels, else its longest start that fits with an ellipsis after it, at
     * worst its first character and the ellipsis (a cell keeps a hint of what it holds).
     */
    public String elide(String s, Font font, double max) {
        String fitted = shortened(s, font, max, 1);
        return fitted == null ? s.substring(0, Math.min(1, s.length())).stripTrailing() + ELLIPSIS : fitted;
    }

    /** The longest start of at least {@code minChars} characters that fits with an ellipsis; null when none does. */
    private String shortened(String s, Font font, double max, int minChars) {
        if (width(s, font) <= max) {
            return s;
        }
        if (s.length() > minChars && width(s.substring(0, minChars).stripTrailing() + ELLIPSIS, font) > max) {
            return null; // not even the shortest fits: a timeline of hundreds of narrow story eras measured every length
        }
        for (int n = s.length() - 1; n >= minChars; n--) {
            String candidate = s.substring(0, n).stripTrailing() + ELLIPSIS;
            if (width(candidate, font) <= max) {
                return candidate;
            }
        }
        return null;
    }
}
