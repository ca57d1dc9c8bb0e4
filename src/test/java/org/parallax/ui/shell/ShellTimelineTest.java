package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.load.LoadResult;
import org.parallax.model.Event;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.SameThreadTaskRunner;
import org.parallax.ui.search.CorpusSearch;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline's surroundings in the window, on a made-up corpus and the same-thread runner. */
@ExtendWith(ApplicationExtension.class)
class ShellTimelineTest {

    private final FakeCorpusSource source = new FakeCorpusSource();
    private ShellWindow window;

    @Start
    void start(Stage stage) {
        source.bundled = new LoadResult(FloodCorpus.CORPUS, List.of());
        window = new ShellWindow(stage, new ShellServices(new SameThreadTaskRunner(), source, new InMemorySettings(),
                (owner, initial) -> Optional.empty(), url -> { }), false);
        window.timeline().setAnimated(false);
        window.show();
        window.open(new LoadRequest.Bundled());
    }

    private MenuItem menuItem(String id) {
        return window.menus().viewMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theDetailSaysWhereOutletsDisagreeAboutTheDate(FxRobot robot) {
        robot.interact(() -> window.timeline().setSelectedEvent(FloodCorpus.EVACUATION));
        assertThat(window.eventDetail().dateDisagreementText())
                .isEqualTo("Dates differ: Valley Ledger says 5 November 2024; Evening Herald says 6 November 2024");
        robot.interact(() -> window.timeline().setSelectedEvent(FloodCorpus.FLOOD));
        assertThat(window.eventDetail().dateDisagreementText()).isEmpty();
    }

    @Test
    void searchingASpeakerAndPressingEnterOpensTheQuoteAndSelectsItsEvent(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)).write("hale");
        assertThat(window.searchHits()).extracting(CorpusSearch.Hit::kind)
                .containsExactly(CorpusSearch.Kind.QUOTE, CorpusSearch.Kind.ARTICLE);
        robot.type(KeyCode.ENTER);
        assertThat(window.timeline().getSelectedEvent()).isEqualTo(FloodCorpus.EVACUATION);
        assertThat(window.articleView().articleProperty().get()).isEqualTo(FloodCorpus.HERALD);
        assertThat(window.articleView().highlightedText()).isEqualTo("The dam held,");
        // Enter again walks on to the next hit: the article, at the match
        robot.type(KeyCode.ENTER);
        assertThat(window.articleView().highlightedText()).isEqualTo("Hale");
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        assertThat(window.searchField().getText()).isEmpty();
    }

    @Test
    void anEventHitRevealsTheEventEvenWhenAFilterHidIt(FxRobot robot) {
        robot.interact(() -> window.timelineFilter().setStoryShown("inquiry", false));
        assertThat(window.timeline().getData().indexOf(FloodCorpus.INQUIRY)).isNegative();
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)).write("inquiry opens");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.timeline().getSelectedEvent()).isEqualTo(FloodCorpus.INQUIRY);
        assertThat(window.timelineFilter().state().hidesNothing()).isTrue();
    }

    @Test
    void theViewMenuTogglesLaneModeAndCollapsedTime(FxRobot robot) {
        robot.interact(() -> menuItem("lanes-by-story").fire());
        assertThat(window.timeline().getLaneMode()).isEqualTo(LaneMode.STORY);
        assertThat(window.timeline().getData().lanes()).extracting(TimelineData.Lane::label)
                .containsExactly("Ebro floods, November 2024", "Dam inquiry, March 2025");
        robot.interact(() -> menuItem("lanes-by-outlet").fire());
        assertThat(window.timeline().getLaneMode()).isEqualTo(LaneMode.OUTLET);

        CheckMenuItem collapse = (CheckMenuItem) menuItem("toggle-collapse");
        assertThat(collapse.isSelected()).isTrue();
        robot.interact(() -> collapse.setSelected(false));
        assertThat(window.timeline().isCollapseEmptyTime()).isFalse();
        robot.interact(() -> window.timeline().setCollapseEmptyTime(true));
        assertThat(collapse.isSelected()).isTrue();
    }

    @Test
    void theZoomSliderDrivesTheChartAndFollowsIt(FxRobot robot) {
        robot.interact(() -> window.zoomSlider().setValue(3));
        assertThat(window.timeline().getZoomLevel()).isCloseTo(8, within(1e-6));
        robot.interact(() -> window.timeline().zoomTo(2));
        assertThat(window.zoomSlider().getValue()).isCloseTo(1, within(1e-6));
        robot.interact(() -> window.timeline().fitAll());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.zoomSlider().getValue()).isCloseTo(0, within(1e-6));
    }

    @Test
    void hidingASpeakerInTheCheckListHidesTheEventsOnlyTheyAreQuotedIn(FxRobot robot) {
        var speakers = window.timelineBar().speakerChecks();
        assertThat(speakers.getItems()).containsExactly("Inés Muñoz", "Tom Hale");
        robot.interact(() -> speakers.getCheckModel().clearCheck("Tom Hale"));
        List<Event> shown = window.timeline().getData().events();
        assertThat(shown).containsExactly(FloodCorpus.FLOOD, FloodCorpus.INQUIRY);
        assertThat(speakers.getTitle()).isEqualTo("Speakers: 1 of 2");
        robot.interact(() -> window.timelineFilter().showAll());
        assertThat(speakers.getCheckModel().getCheckedItems()).hasSize(2);
        assertThat(window.timeline().getData().events()).hasSize(3);
    }

    @Test
    void aQuoteInTheDetailIsReachedByKeyboardAndEnterOpensItsSource(FxRobot robot) {
        robot.interact(() -> window.timeline().setSelectedEvent(FloodCorpus.EVACUATION));
        List<javafx.scene.Node> lines = window.eventDetail().quoteLines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).isFocusTraversable()).isTrue();
        assertThat(lines.get(0).getAccessibleText()).startsWith("Tom Hale said: ");
        robot.interact(() -> lines.get(0).requestFocus());
        assertThat(window.eventDetail().focusedQuote()).isPresent();
        robot.type(KeyCode.ENTER);
        assertThat(window.articleView().articleProperty().get()).isEqualTo(FloodCorpus.HERALD);
        assertThat(window.articleView().highlightedText()).isEqualTo("The dam held,");
        // Ctrl+D on it: a quote only one outlet gives has no comparison, so the list of compared quotes shows
        robot.interact(() -> lines.get(0).requestFocus());
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        assertThat(window.shownPane()).isEqualTo(ShellPane.QUOTES);
    }
}
