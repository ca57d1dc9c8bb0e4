package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.compare.Comparison;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;
import org.parallax.testing.GoldenImage;
import org.parallax.ui.common.Theme;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Three made-up articles, read from a folder as the app reads one: two outlets credit the harbour quote to Jane Doe,
 * the third to Tom Roe. The Quotes list shows one cluster for it with the disagreement badge, and the comparison
 * shows each column's own attribution.
 */
@ExtendWith(ApplicationExtension.class)
class AttributionDisagreementViewTest {

    private static final String HARBOUR = "The harbour will reopen next spring once the new cranes arrive";

    @TempDir
    static Path folder;

    private CompareWorkspace workspace;

    @Start
    void start(Stage stage) {
        workspace = new CompareWorkspace();
        workspace.setCorpus(corpus());
        Scene scene = new Scene((Parent) workspace.node(), 1200, 700);
        Theme.install(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private static Corpus corpus() {
        try {
            write("corpus.json", """
                    { "articles": [
                      {"file": "harbour-times.txt", "outlet": "Harbour Times", "published": "2024-03-01"},
                      {"file": "coast-news.txt", "outlet": "Coast News", "published": "2024-03-02"},
                      {"file": "daily-port.txt", "outlet": "Daily Port", "published": "2024-03-02"} ] }
                    """);
            write("harbour-times.txt", "The port of Elmsworth has been closed since the storm in January.\n\n“"
                    + HARBOUR + ",” said Jane Doe, the port director.\n\n“Our schools need more teachers and"
                    + " smaller classes this year,” Doe added.\n");
            write("coast-news.txt", "Elmsworth's port will stay shut for months.\n\nPort director Jane Doe said: “"
                    + HARBOUR + ".”\n\n“Our schools need more teachers and smaller classes this year,”"
                    + " she said.\n");
            write("daily-port.txt", "Elmsworth mayor Tom Roe spoke on Friday.\n\n“" + HARBOUR
                    + ",” Roe told reporters.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Corpus loaded = new CorpusLoader().loadFolder(folder, LoadProgress.NONE).corpus();
        return new Comparison().compare(Extraction.standard().extract(new SourceInference().infer(loaded)));
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private static List<String> texts(Node root, String styleClass) {
        return root.lookupAll("." + styleClass).stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void oneClusterWithTheBadgeAndEveryColumnsOwnAttribution() throws Exception {
        QuotesList list = workspace.quotesList();
        List<ClusterSummary> harbour = list.shown().stream().filter(s -> s.text().startsWith(HARBOUR)).toList();
        assertThat(harbour).as("the three copies are one cluster").singleElement()
                .satisfies(s -> assertThat(s.versions()).isEqualTo(3));
        ClusterSummary disputed = harbour.get(0);
        assertThat(disputed.speaker()).isEqualTo("Jane Doe");
        assertThat(disputed.credit().text()).isEqualTo("Jane Doe (attributed by 2 of 3 outlets)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(list.listView(), CompareStyles.ATTRIBUTION_BADGE)).containsExactly("credited to 2 speakers");

        onFx(() -> list.select(disputed.id()));
        WaitForAsyncUtils.waitForFxEvents();
        QuoteComparisonView view = workspace.comparisonView();
        assertThat(view.comparison().cluster()).isEqualTo(disputed.cluster());
        assertThat(view.attributionText()).isEqualTo("Credited to Jane Doe in 2 of 3 articles, to Tom Roe in 1");
        assertThat(view.comparison().credit().text()).isEqualTo("Jane Doe (attributed by 2 of 3 outlets)");
        assertThat(ComparisonCopy.text(view.comparison())).startsWith("Jane Doe (attributed by 2 of 3 outlets): one quote");
        List<String> metas = view.columnHeads().stream()
                .map(h -> texts(h, CompareStyles.COLUMN_META).get(0)).toList();
        assertThat(metas).hasSize(3).anySatisfy(m -> assertThat(m).endsWith("· Tom Roe"))
                .filteredOn(m -> m.endsWith("· Jane Doe")).hasSize(2);
        for (Node head : view.columnHeads()) {
            Node meta = head.lookup("." + CompareStyles.COLUMN_META);
            boolean tom = ((Label) meta).getText().endsWith("Tom Roe");
            assertThat(meta.getPseudoClassStates().contains(CompareStyles.DISAGREES)).as(((Label) meta).getText())
                    .isEqualTo(tom);
            String why = ((Label) meta).getTooltip().getText();
            if (tom) { // "Roe told reporters" after "Elmsworth mayor Tom Roe spoke"
                assertThat(why).startsWith("Speaker: Tom Roe \u2014 a surname, title or \u2018the company\u2019")
                        .contains("joined to \u2018Tom Roe\u2019 named earlier in this article")
                        .endsWith("most credit Jane Doe");
            } else {
                assertThat(why).startsWith("Speaker: Jane Doe \u2014 named in the attribution");
            }
        }
    }

    @Test
    void theAttributionFilterKeepsOnlyTheDisputedQuote() throws Exception {
        QuotesList list = workspace.quotesList();
        assertThat(list.shown()).hasSize(2);
        onFx(() -> {
            list.filterAttributionDiffers(true);
            return null;
        });
        assertThat(list.shown()).singleElement().satisfies(s -> assertThat(s.text()).startsWith(HARBOUR));
        onFx(() -> {
            list.filterAttributionDiffers(false);
            list.filterSpeaker("Tom Roe");
            return null;
        });
        assertThat(list.shown()).as("a speaker some article credits finds the cluster").singleElement()
                .satisfies(s -> assertThat(s.text()).startsWith(HARBOUR));
    }

    @Test
    void theDisagreementIsDrawnInTheFlagColour() throws Exception {
        // the window's own scene (a scene without a window gets no pulse after the snapshot's one layout pass);
        // -Dcompare.snapshot.attribution=/tmp/attribution.png writes it to look at
        onFx(() -> workspace.quotesList().select(workspace.quotesList().all().stream()
                .filter(s -> s.text().startsWith(HARBOUR)).findFirst().orElseThrow().id()));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = onFx(() -> workspace.node().snapshot(null, null));
        String target = System.getProperty("compare.snapshot.attribution");
        if (target != null) {
            ImageIO.write(GoldenImage.toBuffered(image), "png", Path.of(target).toFile());
        }
        Color flag = Color.web("#dc2626"); // tokens.css -px-flag
        PixelReader px = image.getPixelReader();
        int flagged = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = px.getColor(x, y);
                if (Math.abs(c.getRed() - flag.getRed()) + Math.abs(c.getGreen() - flag.getGreen())
                        + Math.abs(c.getBlue() - flag.getBlue()) < 0.08) {
                    flagged++;
                }
            }
        }
        assertThat(flagged).as("pixels in the flag colour: badge, summary line, Tom Roe's column").isGreaterThan(300);
    }
}
