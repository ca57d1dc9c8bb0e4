package org.parallax.chart.timeline.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * The ticks and context labels of an axis over a width of pixels, skipping collapsed breaks: a tick only stands in
 * unbroken time, and each unbroken stretch names its context ("October 2015") at its start, so an island of 1985
 * next to the visits of 2015 still says which year it is.
 */
public record Ticks(TickUnit unit, List<Tick> ticks, List<Tick> contexts) {

    /** Ticks at least {@code minSpacing} pixels apart across {@code [0, width]}. */
    public static Ticks of(TimeAxis axis, double width, double minSpacing) {
        TickUnit unit = TickUnit.choose(axis.pixelsPerDay(), minSpacing);
        double from = axis.toDay(0);
        double to = axis.toDay(width);
        List<Tick> ticks = new ArrayList<>();
        List<Tick> contexts = new ArrayList<>();
        TickUnit context = unit.context();
        for (DayRange segment : axis.mapping().segments(from, to)) {
            int before = ticks.size();
            for (double d = unit.ceil(segment.start()); d < segment.end(); d = unit.next(d)) {
                boolean major = unit.hasContext() && context.floor(d) == d;
                ticks.add(new Tick(axis.toPixel(d), d, unit.label(d), major));
                if (ticks.size() > 10_000) {
                    break; // never more ticks than pixels
                }
            }
            if (ticks.size() == before && unit.approxDays() <= TickUnit.MONTH.approxDays()
                    && segment.length() >= 2) {
                // an island of a few days between breaks still says which day it starts on (not the sliver
                // around a vague event's anchor: "2 Jul" would pretend "2011" is a day)
                double d = TickUnit.DAY.ceil(segment.start());
                if (d < segment.end()) {
                    ticks.add(new Tick(axis.toPixel(d), d, TickUnit.DAY.label(d), false));
                }
            }
            if (unit.hasContext()) {
                // the stretch names its context at its start, and
                // every context boundary well inside it after that
                double startX = axis.toPixel(segment.start());
                double named = context.floor(Math.max(segment.start(), from));
                double following = context.next(named);
                if (following < segment.end() && axis.toPixel(following) - Math.max(0, startX) < minSpacing) {
                    named = following; // the stretch barely starts in the previous year: name the one it is in
                }
                String label = unit.contextLabel(named);
                if (contexts.isEmpty() || !contexts.get(contexts.size() - 1).label().equals(label)) {
                    contexts.add(new Tick(Math.max(0, startX), named, label, true)); // not "October 2015" twice
                }
                for (double d = context.ceil(segment.start()); d < segment.end(); d = context.next(d)) {
                    double x = axis.toPixel(d);
                    if (d > named && x - Math.max(0, startX) > minSpacing) {
                        contexts.add(new Tick(x, d, unit.contextLabel(d), true));
                    }
                }
            }
        }
        return new Ticks(unit, List.copyOf(ticks), List.copyOf(contexts));
    }
}
