package org.parallax.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.ui.common.NextChange;
import org.parallax.ui.timeline.TimelineChart;
import org.parallax.ui.timeline.TimelineFilter;

/**
 * The view a workspace keeps ({@link ViewKeys}): the open tab, the timeline's lanes, collapsed time, zoom, selected
 * event and the outlets its filter hides. Taken when the work is saved, put back once when a workspace opens.
 */
final class ViewState {

    private final ShellLayout layout;
    private final TimelineChart timeline;
    private final TimelineFilter filter;

    ViewState(ShellLayout layout, TimelineChart timeline, TimelineFilter filter) {
        this.layout = layout;
        this.timeline = timeline;
        this.filter = filter;
    }

    /**
     * After a correction that moved nothing in time (a speaker, a label), the timeline goes back to the view it had
     * once it has laid out the new data: the user keeps their place in time.
     */
    void keepPlaceIfNothingMoved(Corpus old, Corpus now) {
        var view = timeline.getAxis();
        if (view != null && datesOf(old).equals(datesOf(now))) {
            NextChange.of(timeline.dataProperty(), data -> timeline.setAxis(view));
        }
    }

    private static Set<String> datesOf(Corpus corpus) {
        return corpus.events().stream().map(e -> e.date() + "/" + e.end()).collect(Collectors.toSet());
    }

    /** The view as it is left, for the workspace file. */
    Map<String, String> capture() {
        Map<String, String> view = new HashMap<>();
        view.put(ViewKeys.TAB, layout.shownPane().name());
        view.put(ViewKeys.LANES, timeline.getLaneMode().name());
        view.put(ViewKeys.COLLAPSE, String.valueOf(timeline.isCollapseEmptyTime()));
        view.put(ViewKeys.ZOOM, String.valueOf(timeline.getZoomLevel()));
        view.put(ViewKeys.LANE_NAMES, String.valueOf(timeline.getLaneNameWidth()));
        Event selected = timeline.getSelectedEvent();
        if (selected != null) {
            view.put(ViewKeys.EVENT, selected.id());
        }
        Set<Outlet> hidden = filter.state().hiddenOutlets();
        if (!hidden.isEmpty()) {
            view.put(ViewKeys.HIDDEN_OUTLETS, ViewKeys.outlets(hidden));
        }
        return view;
    }

    /** Puts back the view a workspace was saved with on {@code corpus}; a value this version does not know is ignored. */
    void restore(Map<String, String> view, Corpus corpus) {
        ViewKeys.enumValue(view.get(ViewKeys.TAB), ShellPane.class).ifPresent(layout::show);
        ViewKeys.enumValue(view.get(ViewKeys.LANES), LaneMode.class).ifPresent(timeline.laneModeProperty()::set);
        if (view.containsKey(ViewKeys.COLLAPSE)) {
            timeline.collapseEmptyTimeProperty().set(Boolean.parseBoolean(view.get(ViewKeys.COLLAPSE)));
        }
        // an outlet the corpus no longer has is not hidden; a new one shows
        filter.setHiddenOutlets(ViewKeys.outlets(view.get(ViewKeys.HIDDEN_OUTLETS)));
        String event = view.get(ViewKeys.EVENT);
        corpus.events().stream().filter(e -> e.id().equals(event)).findFirst().ifPresent(timeline::setSelectedEvent);
        ViewKeys.number(view.get(ViewKeys.LANE_NAMES)).filter(w -> w > 0).ifPresent(timeline::setLaneNameWidth);
        ViewKeys.number(view.get(ViewKeys.ZOOM)).filter(z -> z > 0).ifPresent(timeline::zoomTo);
    }
}
