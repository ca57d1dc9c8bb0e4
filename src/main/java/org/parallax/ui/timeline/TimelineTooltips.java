package org.parallax.ui.timeline;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.chart.timeline.TimelinePainter;
import org.parallax.chart.timeline.scale.Clusters;
import org.parallax.model.Event;
import org.parallax.model.Outlet;

/**
 * The timeline's one tooltip: what the mark under the pointer is (an event's label, date, precision, story, outlets,
 * mentions and quotes; a cluster's count and first events), installed on the canvas while a mark is under it.
 */
final class TimelineTooltips {

    private final Node owner;
    private final Tooltip tooltip = new Tooltip();
    private final Supplier<QuoteSpeakers> speakers;
    private TimelinePainter.Hit shown;

    /** @param speakers who said the events' quotes, named under an event's counts */
    TimelineTooltips(Node owner, Supplier<QuoteSpeakers> speakers) {
        this.owner = owner;
        this.speakers = speakers;
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    /** Shows {@code hit}'s tooltip, or none when null; the same mark again changes nothing. */
    void show(TimelineData data, TimelinePainter.Hit hit) {
        if (hit == shown) {
            return;
        }
        shown = hit;
        if (hit == null) {
            Tooltip.uninstall(owner, tooltip);
        } else {
            String said = hit.isCluster() ? "" : speakers.get().line(data.event(hit.members()[0]));
            tooltip.setText(text(data, hit) + (said.isEmpty() ? "" : "\n" + said));
            Tooltip.install(owner, tooltip);
        }
    }

    void dispose() {
        Tooltip.uninstall(owner, tooltip);
    }

    static String text(TimelineData data, TimelinePainter.Hit hit) {
        return hit.isCluster() ? clusterText(data, hit) : eventText(data, hit.members()[0]);
    }

    private static String clusterText(TimelineData data, TimelinePainter.Hit hit) {
        Set<Outlet> outlets = new HashSet<>();
        StringBuilder sb = new StringBuilder();
        for (int m : hit.members()) {
            outlets.addAll(data.outlets(m));
        }
        sb.append(Clusters.countLabel(hit.members().length, outlets.size()));
        for (int k = 0; k < Math.min(6, hit.members().length); k++) {
            Event e = data.event(hit.members()[k]);
            sb.append("\n").append(dateText(data, hit.members()[k])).append(" · ").append(e.label());
        }
        if (hit.members().length > 6) {
            sb.append("\n…");
        }
        return sb.append("\nClick to zoom in").toString();
    }

    /** "early in 2011", "about 20 October 2015", "20 – 23 October 2015": event {@code i}'s date as the detail says it. */
    private static String dateText(TimelineData data, int i) {
        return EventDetail.dateText(data.event(i), data.mod(i));
    }

    private static String eventText(TimelineData data, int i) {
        Event e = data.event(i);
        StringBuilder sb = new StringBuilder(e.label()).append('\n').append(dateText(data, i))
                .append(" (").append(e.precision().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(")");
        if (data.mod(i) != null) {
            sb.append("\nA rough date, as the articles word it: the soft band shows the time it points to");
        }
        data.story(e).ifPresent(s -> sb.append(" · ").append(s.label()));
        sb.append('\n').append(String.join(", ", data.outlets(i).stream().map(o -> o.displayName()).sorted().toList()));
        sb.append("\n").append(e.mentions().size()).append(e.mentions().size() == 1 ? " mention" : " mentions");
        int quotes = data.quoteCount(i);
        if (quotes > 0) {
            sb.append(" · ").append(quotes).append(quotes == 1 ? " quote" : " quotes");
        }
        if (e.background()) {
            sb.append(" · background");
        }
        return sb.toString();
    }
}
