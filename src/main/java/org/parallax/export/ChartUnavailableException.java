package org.parallax.export;

/** The chart asked for cannot be drawn by this build (the coverage chart, for now). */
public final class ChartUnavailableException extends RuntimeException {

    public ChartUnavailableException(String message) {
        super(message);
    }
}
