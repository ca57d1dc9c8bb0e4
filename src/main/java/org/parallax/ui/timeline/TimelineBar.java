package org.parallax.ui.timeline;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.parallax.model.Outlet;
import org.parallax.model.Story;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;

/**
 * The bar above the timeline: which outlets, speakers and stories to show (check lists that edit a
 * {@link TimelineFilter}), a slot for the search field (the shell hands it in, so the timeline knows no search),
 * and a zoom slider bound both ways to the chart's zoom.
 */
public final class TimelineBar {

    public static final String STYLESHEET = Theme.stylesheet(TimelineBar.class, "timeline-bar.css");

    /** The slider runs over log2 of the zoom level: 1 (fit all) to 2^MAX_ZOOM_STEPS. */
    static final double MAX_ZOOM_STEPS = 14;

    private static final double FILTER_WIDTH = 140;
    /** A filter button's width beside its words: its cell's padding (17), the arrow (29), a little to spare. */
    private static final double FILTER_CHROME = 50;

    private final HBox root = new HBox(6);
    private final TimelineFilter filter;
    private final CheckComboBox<Outlet> outlets = new CheckComboBox<>();
    private final CheckComboBox<String> speakers = new CheckComboBox<>();
    private final CheckComboBox<Story> stories = new CheckComboBox<>();
    private final Button showAll = new Button("Show all");
    private final Slider zoom = new Slider(0, MAX_ZOOM_STEPS, 0);
    private boolean syncing;

    public TimelineBar(TimelineFilter filter, Node search, TimelineChart chart) {
        this.filter = filter;
        root.getStyleClass().add(Styles.TIMELINE_BAR);
        root.getStylesheets().add(STYLESHEET);
        root.setAlignment(Pos.CENTER_LEFT);

        outlets.setConverter(converter(Outlet::displayName));
        stories.setConverter(converter(Story::label));
        for (CheckComboBox<?> box : List.of(outlets, speakers, stories)) {
            box.getStyleClass().add(Styles.TIMELINE_FILTER);
            box.setPrefWidth(FILTER_WIDTH); // its own preference is the longest item: an outlet's full name
            box.setMinWidth(Region.USE_PREF_SIZE); // "Outlets: 3 of 4" always reads whole; the search field gives way
        }
        outlets.setId("outlet-filter");
        speakers.setId("speaker-filter");
        stories.setId("story-filter");
        outlets.setAccessibleText("Outlets shown on the timeline");
        speakers.setAccessibleText("Speakers shown on the timeline");
        stories.setAccessibleText("Stories shown on the timeline");
        outlets.setTooltip(new Tooltip("Hiding an outlet removes its lane and its marks"));
        speakers.setTooltip(new Tooltip("Hiding a speaker hides events whose quotes are all theirs"));
        stories.setTooltip(new Tooltip("Hiding a story hides its era and its events"));
        wire(outlets, filter::setOutletShown);
        wire(speakers, filter::setSpeakerShown);
        wire(stories, (s, shown) -> filter.setStoryShown(s.id(), shown));
        showAll.getStyleClass().add(Styles.FLAT_BUTTON);
        showAll.setMinWidth(Region.USE_PREF_SIZE); // never "..." at 1024 wide: the search field gives way first
        showAll.setOnAction(e -> filter.showAll());
        filter.stateProperty().addListener((o, old, now) -> syncChecks());

        zoom.getStyleClass().add(Styles.ZOOM_SLIDER);
        zoom.setPrefWidth(110);
        zoom.setMinWidth(40);
        zoom.setFocusTraversable(false);
        zoom.setAccessibleText("Zoom");
        zoom.setTooltip(new Tooltip("Zoom (Ctrl+wheel, + and -; 0 fits all)"));
        zoom.valueProperty().addListener((o, old, now) -> {
            if (!syncing) {
                chart.zoomTo(Math.pow(2, now.doubleValue()));
            }
        });
        chart.zoomLevelProperty().addListener((o, old, now) -> {
            syncing = true;
            try {
                zoom.setValue(Math.log(Math.max(1e-9, now.doubleValue())) / Math.log(2));
            } finally {
                syncing = false;
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().setAll(outlets, speakers, stories, showAll, spacer, search, zoom);
        syncChecks();
    }

    private <T> void wire(CheckComboBox<T> box, BiConsumer<T, Boolean> setShown) {
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                for (T item : box.getItems()) {
                    setShown.accept(item, box.getCheckModel().isChecked(item));
                }
            } finally {
                syncing = false;
            }
            syncTitles();
        });
    }

    /** Puts the filter's choices and state into the check lists (a new corpus, "Show all"). */
    public void syncChecks() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            sync(outlets, "Outlets", filter.outlets(), filter::isOutletShown);
            sync(speakers, "Speakers", filter.speakers(), filter::isSpeakerShown);
            sync(stories, "Stories", filter.stories(), s -> filter.isStoryShown(s.id()));
        } finally {
            syncing = false;
        }
        syncTitles();
    }

    private static <T> void sync(CheckComboBox<T> box, String what, List<T> items, Predicate<T> shown) {
        // The title first: the check list's skin redraws its button when the checks change, with the title it has then
        box.setTitle(title(what, (int) items.stream().filter(shown).count(), items.size()));
        fitLongestTitle(box, what, items.size());
        if (!box.getItems().equals(items)) {
            box.getCheckModel().clearChecks();
            box.getItems().setAll(items);
        }
        for (int i = 0; i < items.size(); i++) {
            if (shown.test(items.get(i))) {
                box.getCheckModel().check(i);
            } else {
                box.getCheckModel().clearCheck(i);
            }
        }
        box.setDisable(items.isEmpty());
    }

    private void syncTitles() {
        outlets.setTitle(title("Outlets", outlets));
        speakers.setTitle(title("Speakers", speakers));
        stories.setTitle(title("Stories", stories));
        boolean hiding = !filter.state().hidesNothing();
        showAll.setDisable(!hiding);
        root.pseudoClassStateChanged(Styles.FILTERED, hiding);
    }

    /**
     * Makes {@code box} wide enough for the longest title its items allow ("Speakers: 11 of 12"), and at least
     * {@link #FILTER_WIDTH}: its own preference is its longest item, an outlet's full name.
     */
    private static void fitLongestTitle(CheckComboBox<?> box, String what, int items) {
        Text longest = new Text(title(what, items, items + 1));
        longest.setFont(Font.getDefault());
        box.setPrefWidth(Math.max(FILTER_WIDTH, Math.ceil(longest.getLayoutBounds().getWidth()) + FILTER_CHROME));
    }

    private static String title(String what, CheckComboBox<?> box) {
        return title(what, box.getCheckModel().getCheckedItems().size(), box.getItems().size());
    }

    private static String title(String what, int shown, int all) {
        return all == 0 || shown == all ? what + ": all" : what + ": " + shown + " of " + all;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    public Node node() {
        return root;
    }
}
