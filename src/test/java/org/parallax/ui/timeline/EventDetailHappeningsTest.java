package org.parallax.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Span;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The event detail lists what happened and who told it, dated or not; a happening's line shows its sentences, and a
 * sentence opens its article there.
 */
@ExtendWith(ApplicationExtension.class)
class EventDetailHappeningsTest {

    private final List<Span> opened = new ArrayList<>();
    private EventDetail detail;

    @Start
    void start(Stage stage) {
        detail = new EventDetail((article, span) -> opened.add(span));
        detail.setCorpus(HappeningsFixture.CORPUS);
        Scene scene = new Scene((Parent) detail.node(), 400, 700);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private List<Label> labels(FxRobot robot, String styleClass) {
        return robot.from(detail.node()).lookup("." + styleClass).queryAllAs(Label.class).stream()
                .filter(Label::isVisible).toList();
    }

    private List<String> texts(FxRobot robot, String styleClass) {
        return robot.from(detail.node()).lookup("." + styleClass).queryAllAs(Text.class).stream().map(Text::getText)
                .toList();
    }

    @Test
    void theEventsHappeningSaysWhoToldItWithAndWithoutADate(FxRobot robot) {
        robot.interact(() -> detail.show(FloodCorpus.FLOOD));
        assertThat(labels(robot, Styles.SECTION_TITLE)).extracting(Label::getText)
                .contains(HappeningsSection.TITLE);
        assertThat(texts(robot, Styles.HAPPENING_WORD)).containsExactly("\u25b8 flooding");
        assertThat(texts(robot, Styles.HAPPENING_TELLERS)).containsExactly("  Valley Ledger and Capital Post \u00b7 2 articles");
        assertThat(labels(robot, Styles.HAPPENING_UNDATED)).extracting(Label::getText)
                .containsExactly("also told without a date by Valley Gazette \u00b7 1 article");
        assertThat(texts(robot, Styles.HAPPENING_SENTENCE)).isEmpty();
    }

    @Test
    void aHappeningsLineShowsItsSentencesAndOneOpensItsArticleThere(FxRobot robot) {
        robot.interact(() -> detail.show(FloodCorpus.FLOOD));
        robot.clickOn(robot.from(detail.node()).lookup("." + Styles.HAPPENING_HEAD).queryAs(TextFlow.class));
        List<TextFlow> lines = robot.from(detail.node()).lookup("." + Styles.HAPPENING_LINE).queryAllAs(TextFlow.class)
                .stream().toList();
        assertThat(lines).extracting(l -> l.getChildren().stream().map(t -> ((Text) t).getText())
                .collect(java.util.stream.Collectors.joining())).containsExactly(
                "Capital Post \u00b7 4 Mar 2025  " + FloodCorpus.POST_INQUIRY.of(FloodCorpus.POST_TEXT),
                "Valley Gazette \u00b7 undated  The floods swept the valley.");
        robot.clickOn(lines.get(1));
        assertThat(opened).containsExactly(HappeningsFixture.GAZETTE_SENTENCE);
        assertThat(texts(robot, Styles.HAPPENING_WORD)).containsExactly("\u25be flooding");
    }

    @Test
    void anEventWhoseHappeningsAreAllItsOwnHasNoSection(FxRobot robot) {
        robot.interact(() -> detail.show(FloodCorpus.INQUIRY));
        assertThat(labels(robot, Styles.SECTION_TITLE)).extracting(Label::getText)
                .doesNotContain(HappeningsSection.TITLE);
        assertThat(texts(robot, Styles.HAPPENING_TELLERS)).isEmpty();
    }
}
