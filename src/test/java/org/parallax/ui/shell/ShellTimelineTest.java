package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.load.LoadResult;
import org.parallax.model.Event;
import org.parallax.model.Story;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.common.Styles;
import org.parallax.ui.concurrent.SameThreadTaskRunner;
import org.parallax.ui.search.CorpusSearch;
import org.parallax.ui.timeline.TimelineChart;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline's surroundings in the window, on a made-up corpus and the same-thread runner. */
@ExtendWith(ApplicationExtension.class)
class ShellTimelineTest {

    private final FakeCorpusSource source = new FakeCorpusSource();
    private TimelineChart timeline;
    private WindowParts parts;

    @Start
    void start(Stage stage) {
        source.bundled = new LoadResult(FloodCorpus.CORPUS, List.of());
        ShellWindow window = new ShellWindow(stage, new ShellServices(new SameThreadTaskRunner(), source,
                new InMemorySettings(), (owner, initial) -> Optional.empty(), url -> { }), false);
        window.show(); // the split panes' skins place the timeline in the scene graph
        timeline = (TimelineChart) stage.getScene().lookup("." + Styles.TIMELINE);
        timeline.setAnimated(false);
        window.open(new LoadRequest.Bundled());
    }

    @BeforeEach
    void lookUp(FxRobot robot) {
        parts = new WindowParts(robot);
    }

    @Test
    void theDetailSaysWhereOutletsDisagreeAboutTheDate(FxRobot robot) {
        robot.interact(() -> timeline.setSelectedEvent(FloodCorpus.EVACUATION));
        assertThat(parts.dateDisagreement())
                .isEqualTo("Dates differ: Valley Ledger says 5 November 2024; Evening Herald says 6 November 2024");
        robot.interact(() -> timeline.setSelectedEvent(FloodCorpus.FLOOD));
        assertThat(parts.dateDisagreement()).isEmpty();
    }

    @Test
    void searchingASpeakerAndPressingEnterOpensTheQuoteAndSelectsItsEvent(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)).write("hale");
        assertThat(parts.searchHits()).extracting(CorpusSearch.Hit::kind)
                .containsExactly(CorpusSearch.Kind.QUOTE, CorpusSearch.Kind.ARTICLE);
        robot.type(KeyCode.ENTER);
        assertThat(timeline.getSelectedEvent()).isEqualTo(FloodCorpus.EVACUATION);
        assertThat(parts.shownFile()).isEqualTo(FloodCorpus.HERALD.file());
        assertThat(parts.highlightedText()).isEqualTo("The dam held,");
        // Enter again walks on to the next hit: the article, at the match
        robot.type(KeyCode.ENTER);
        assertThat(parts.highlightedText()).isEqualTo("Hale");
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        assertThat(parts.searchField().getText()).isEmpty();
    }

    @Test
    void anEventHitRevealsTheEventEvenWhenAFilterHidIt(FxRobot robot) {
        CheckComboBox<Story> stories = robot.lookup("#story-filter").query();
        Story inquiry = stories.getItems().stream().filter(st -> st.id().equals("inquiry")).findFirst().orElseThrow();
        robot.interact(() -> stories.getCheckModel().clearCheck(inquiry));
        assertThat(timeline.getData().indexOf(FloodCorpus.INQUIRY)).isNegative();
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)).write("inquiry opens");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getSelectedEvent()).isEqualTo(FloodCorpus.INQUIRY);
        assertThat(stories.getCheckModel().getCheckedItems()).contains(inquiry); // the filter shows everything again
        assertThat(parts.speakerChecks().getCheckModel().getCheckedItems()).hasSize(2);
    }

    @Test
    void theViewMenuTogglesLaneModeAndCollapsedTime(FxRobot robot) {
        robot.interact(() -> parts.menuItem("lanes-by-story").fire());
        assertThat(timeline.getLaneMode()).isEqualTo(LaneMode.STORY);
        assertThat(timeline.getData().lanes()).extracting(TimelineData.Lane::label)
                .containsExactly("Ebro floods, November 2024", "Dam inquiry, March 2025");
        robot.interact(() -> parts.menuItem("lanes-by-outlet").fire());
        assertThat(timeline.getLaneMode()).isEqualTo(LaneMode.OUTLET);

        CheckMenuItem collapse = (CheckMenuItem) parts.menuItem("toggle-collapse");
        assertThat(collapse.isSelected()).isTrue();
        robot.interact(() -> collapse.setSelected(false));
        assertThat(timeline.isCollapseEmptyTime()).isFalse();
        robot.interact(() -> timeline.setCollapseEmptyTime(true));
        assertThat(collapse.isSelected()).isTrue();
    }

    @Test
    void theZoomSliderDrivesTheChartAndFollowsIt(FxRobot robot) {
        Slider zoom = parts.zoomSlider();
        robot.interact(() -> zoom.setValue(3));
        assertThat(timeline.getZoomLevel()).isCloseTo(8, within(1e-6));
        robot.interact(() -> timeline.zoomTo(2));
        assertThat(zoom.getValue()).isCloseTo(1, within(1e-6));
        robot.interact(timeline::requestFocus);
        robot.type(KeyCode.HOME); // fits all
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoom.getValue()).isCloseTo(0, within(1e-6));
    }

    @Test
    void hidingASpeakerInTheCheckListHidesTheEventsOnlyTheyAreQuotedIn(FxRobot robot) {
        var speakers = parts.speakerChecks();
        assertThat(speakers.getItems()).containsExactly("Inés Muñoz", "Tom Hale");
        robot.interact(() -> speakers.getCheckModel().clearCheck("Tom Hale"));
        List<Event> shown = timeline.getData().events();
        assertThat(shown).containsExactly(FloodCorpus.FLOOD, FloodCorpus.INQUIRY);
        assertThat(speakers.getTitle()).isEqualTo("Speakers: 1 of 2");
        robot.clickOn("Show all");
        assertThat(speakers.getCheckModel().getCheckedItems()).hasSize(2);
        assertThat(speakers.getTitle()).isEqualTo("Speakers: all"); // the button says its state, never a stale count
        assertThat(timeline.getData().events()).hasSize(3);
    }

    @Test
    void aQuoteInTheDetailIsReachedByKeyboardAndEnterOpensItsSource(FxRobot robot) {
        robot.interact(() -> timeline.setSelectedEvent(FloodCorpus.EVACUATION));
        List<Node> lines = parts.eventQuotes();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).isFocusTraversable()).isTrue();
        assertThat(lines.get(0).getAccessibleText()).startsWith("Tom Hale said: ");
        robot.interact(() -> lines.get(0).requestFocus());
        assertThat(lines.get(0).isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(parts.shownFile()).isEqualTo(FloodCorpus.HERALD.file());
        assertThat(parts.highlightedText()).isEqualTo("The dam held,");
        // Ctrl+D on it: a quote only one outlet gives has no comparison, so the list of compared quotes shows
        robot.interact(() -> lines.get(0).requestFocus());
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        assertThat(parts.shownPane()).isEqualTo(ShellPane.QUOTES);
    }
}
