package org.parallax.chart.timeline;

/** What the timeline's lanes stand for under the events lane. */
public enum LaneMode {
    /** One lane per outlet, a mark where that outlet reported the event: who reported what. */
    OUTLET,
    /** One lane per story (and one for events outside any story). */
    STORY
}
