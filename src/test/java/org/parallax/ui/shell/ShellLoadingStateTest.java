package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.load.LoadResult;
import org.parallax.model.Corpus;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.concurrent.HeldTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** While a folder opens (the load held), the window says it is opening, never that there is nothing. */
@ExtendWith(ApplicationExtension.class)
class ShellLoadingStateTest {

    private final HeldTaskRunner runner = new HeldTaskRunner();
    private final FakeCorpusSource source = new FakeCorpusSource();

    @Start
    void start(Stage stage) {
        source.bundled = new LoadResult(Corpus.of(List.of(ShellWindowTest.MOSCOW, ShellWindowTest.SOCHI)), List.of());
        ShellWindow window = new ShellWindow(stage, new ShellServices(runner, source, new InMemorySettings(),
                (owner, initial) -> Optional.empty(), url -> { }), false);
        window.show();
        window.open(new LoadRequest.Bundled());
    }

    private static List<String> visibleTexts(FxRobot robot) {
        return robot.lookup(n -> n instanceof Labeled && visible(n)).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isBlank()).toList();
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void aHeldLoadShowsOpeningAndNoEmptyCorpusMessage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.pending()).isNotEmpty();
        List<String> texts = visibleTexts(robot);
        assertThat(texts).noneMatch(t -> t.startsWith("No articles")).noneMatch(t -> t.startsWith("No dated events"))
                .contains("Opening articles…");
        assertThat(robot.lookup(".px-timeline").tryQuery().map(ShellLoadingStateTest::visible))
                .as("no empty axis around today while the articles open").hasValue(false);
        assertThat(texts).as("no offer to open a folder while one opens").doesNotContain("Open Folder…");
        robot.interact(runner::runAll);
        assertThat(visibleTexts(robot)).doesNotContain("Opening articles…");
        assertThat(robot.lookup(".px-timeline").tryQuery().map(ShellLoadingStateTest::visible)).hasValue(true);
    }
}
