package org.parallax.load;

/**
 * A piece of text and the 0-based line of the decoded input it starts on. Cleaning keeps the line so that
 * what it removes can be reported in the order it appeared.
 */
record Located(int line, String text) {

    boolean isBlank() {
        return text.isEmpty();
    }
}
