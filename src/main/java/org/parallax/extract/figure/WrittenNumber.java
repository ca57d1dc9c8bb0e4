package org.parallax.extract.figure;

import java.math.BigDecimal;
import org.parallax.extract.figure.FigureWords.Unit;

/**
 * A number as written: its value, its tokens {@code [first, last]} and how it was written.
 *
 * @param words          written in words ("three hundred")
 * @param scaled         with a scale word or suffix ("3 billion", "3bn")
 * @param vagueMagnitude for "dozens of", "hundreds of thousands of": the magnitude, else null
 * @param glued          a measure unit glued to the digits ("10km"), else null
 */
record WrittenNumber(BigDecimal value, int first, int last, boolean words, boolean scaled, BigDecimal vagueMagnitude,
                     Unit glued) {

    boolean vague() {
        return vagueMagnitude != null;
    }
}
