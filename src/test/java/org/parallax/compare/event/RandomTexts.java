package org.parallax.compare.event;

import java.util.Random;

/** Texts of a few random pieces, for checking a fast path against the pattern it stands in for. */
final class RandomTexts {

    private RandomTexts() {
    }

    /** Up to {@code most - 1} pieces, each drawn from {@code pieces}. */
    static String of(Random random, String[] pieces, int most) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(most); i > 0; i--) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }
}
