package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;
import org.parallax.testing.GoldenImage;
import org.parallax.testing.SampleCorpus;
import org.parallax.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison view on the bundled corpus, headless: Assad's thanks to the Russian leadership. */
@ExtendWith(ApplicationExtension.class)
class QuoteComparisonViewTest {

    private static final String THANKS = "First of all I wanted to express my huge gratitude";

    private QuoteComparisonView view;
    private Scene scene;
    private final AtomicReference<Span> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        view = new QuoteComparisonView();
        view.setCorpus(SampleCorpus.get());
        view.setOnOpenSpan(opened::set);
        view.show(SampleCorpus.clusterWith(THANKS));
        scene = new Scene((Parent) view.node(), 1200, 600);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private int columnOf(String articlePrefix) {
        List<ComparisonColumn> cols = view.comparison().columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).articleId().startsWith(articlePrefix)) {
                return i;
            }
        }
        throw new AssertionError("no column for " + articlePrefix);
    }

    /** The word labels of a column with {@code mark}, joined. */
    private String wordsMarked(int column, Mark mark) {
        StringBuilder b = new StringBuilder();
        for (DiffText t : view.texts(column)) {
            for (Node n : t.lookupAll("." + CompareStyles.DIFF_WORD)) {
                if (n.getPseudoClassStates().contains(CompareStyles.mark(mark))) {
                    b.append(b.length() == 0 ? "" : " ").append(((javafx.scene.text.Text) n).getText());
                }
            }
        }
        return b.toString();
    }

    @Test
    void assadsThanksShowsTheReferenceFirstThenTheOtherOutlets() {
        WaitForAsyncUtils.waitForFxEvents();
        List<ComparisonColumn> cols = view.comparison().columns();
        assertThat(cols.get(0).articleId()).startsWith("001");
        assertThat(cols.get(0).reference()).isTrue();
        assertThat(cols).extracting(c -> c.articleId().substring(0, 3)).contains("000", "001", "002");
        assertThat(view.columnHeads()).hasSize(cols.size());
        // 000 split the utterance in two: one column, both pieces
        assertThat(cols.get(columnOf("000")).quotes()).hasSize(2);
    }

    @Test
    void theOtherTranslationIsMarkedChanged() {
        WaitForAsyncUtils.waitForFxEvents();
        int c002 = columnOf("002");
        // 002: "The terrorism which now spreads through the region would have taken much greater areas"
        assertThat(wordsMarked(c002, Mark.CHANGED)).contains("now spreads through", "taken", "areas");
        assertThat(view.comparison().columns().get(c002).runs()).anySatisfy(r -> {
            assertThat(r.mark()).isEqualTo(Mark.CHANGED);
            assertThat(r.describe()).startsWith("changed: ");
        });
    }

    @Test
    void againstTheShorterVersionTheWholeQuotesExtraWordsAreAdded() throws Exception {
        onFx(() -> {
            view.compareAgainst(view.comparison().columns().get(columnOf("000")).articleId());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.comparison().base().articleId()).startsWith("000");
        int c001 = columnOf("001");
        assertThat(wordsMarked(c001, Mark.ADDED)).contains("and spread over an even greater area");
        assertThat(view.texts(c001)).anySatisfy(t ->
                assertThat(t.getAccessibleText()).contains("added: and spread over an even greater area"));
        // against the reference again, the whole quote is unmarked
        onFx(() -> {
            view.compareAgainst(view.comparison().columns().get(columnOf("001")).articleId());
            return null;
        });
        assertThat(wordsMarked(columnOf("001"), Mark.ADDED)).isEmpty();
    }

    @Test
    void theVerdictBadgesAreTheModelsVerdicts() {
        WaitForAsyncUtils.waitForFxEvents();
        Corpus corpus = SampleCorpus.get();
        QuoteCluster cluster = view.comparison().cluster();
        List<ComparisonColumn> cols = view.comparison().columns();
        for (int i = 0; i < cols.size(); i++) {
            ComparisonColumn col = cols.get(i);
            List<Verdict> model = cluster.members().stream()
                    .filter(v -> corpus.quotes().stream().anyMatch(q -> q.id().equals(v.quoteId())
                            && q.articleId().equals(col.articleId())))
                    .map(Variant::verdict).distinct().toList();
            List<String> badges = view.columnHeads().get(i).lookupAll("." + CompareStyles.VERDICT_BADGE).stream()
                    .map(n -> ((Label) n).getText()).toList();
            assertThat(badges).as(col.articleId()).containsExactlyInAnyOrderElementsOf(
                    model.stream().map(Verdict::jsonName).toList());
            for (Node badge : view.columnHeads().get(i).lookupAll("." + CompareStyles.VERDICT_BADGE)) {
                Verdict v = Verdict.fromJson(((Label) badge).getText());
                assertThat(badge.getPseudoClassStates()).contains(CompareStyles.verdict(v));
            }
        }
        assertThat(((Label) view.columnHeads().get(columnOf("002")).lookup("." + CompareStyles.VERDICT_BADGE))
                .getText()).isEqualTo("paraphrase");
    }

    @Test
    void clickingAColumnOpensItsQuote(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int c002 = columnOf("002");
        Quote quote = view.comparison().columns().get(c002).quotes().get(0);
        robot.clickOn(view.columnHeads().get(c002));
        assertThat(opened.get()).isEqualTo(quote.span());
        opened.set(null);
        DiffText text = view.texts(c002).get(0);
        robot.clickOn(text);
        assertThat(opened.get()).as("click on %s at %s", text.getText(), text.localToScreen(text.getBoundsInLocal()))
                .isNotNull();
        assertThat(opened.get().articleId()).isEqualTo(quote.articleId());
        opened.set(null);
        int c001 = columnOf("001");
        robot.clickOn(view.columnHeads().get(c001)); // focus
        opened.set(null);
        robot.type(KeyCode.ENTER);
        assertThat(opened.get()).isEqualTo(view.comparison().columns().get(c001).span());
    }

    @Test
    void unalignedEachColumnIsOneText() throws Exception {
        onFx(() -> {
            view.alignedProperty().set(false);
            return null;
        });
        for (int i = 0; i < view.comparison().columns().size(); i++) {
            assertThat(view.texts(i)).hasSize(1);
            assertThat(view.texts(i).get(0).getRuns()).isEqualTo(view.comparison().columns().get(i).runs());
        }
    }

    @Test
    void looksLikeTheGoldenImage() throws Exception {
        // its own scene at a fixed size, not the shared test stage (whose size other tests set): nothing focused
        WritableImage image = onFx(() -> {
            QuoteComparisonView fixed = new QuoteComparisonView();
            fixed.setCorpus(SampleCorpus.get());
            fixed.show(SampleCorpus.clusterWith(THANKS));
            Scene own = new Scene((Parent) fixed.node(), 1200, 600);
            Theme.install(own, false);
            return fixed.node().snapshot(null, null);
        });
        assertThat(image.getWidth()).isEqualTo(1200);
        String target = System.getProperty("compare.snapshot");
        if (target != null) { // -Dcompare.snapshot=/tmp/compare.png: look at it, light, then dark
            write(image, Path.of(target));
            WritableImage dark = onFx(() -> {
                QuoteComparisonView fixed = new QuoteComparisonView();
                fixed.setCorpus(SampleCorpus.get());
                fixed.show(SampleCorpus.clusterWith(THANKS));
                Scene own = new Scene((Parent) fixed.node(), 1200, 600);
                Theme.install(own, true);
                return fixed.node().snapshot(null, null);
            });
            write(dark, Path.of(target.replace(".png", "-dark.png")));
        }
        GoldenImage.assertMatches(image, "compare-assad-thanks", 0.002);
    }

    private static void write(WritableImage image, Path path) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        ImageIO.write(GoldenImage.toBuffered(image), "png", path.toFile());
    }
}
