package org.parallax.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.ui.common.InMemorySettings;
import org.parallax.ui.common.Styles;
import org.parallax.ui.concurrent.SameThreadTaskRunner;

/**
 * A developer's preview of the shell on the bundled articles roughly as the real loader will present
 * them (a title, an outlet and a date where the manifest has them, one paragraph per line, and two
 * sample warnings), for looking at the window under Xvfb; {@code --span} opens the hit for "Tuesday evening". Not a test; run it with the test class path:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.parallax.ui.shell.ShellPreview}.
 */
public final class ShellPreview {

    private ShellPreview() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws IOException {
            String[][] meta = {
                {"000_ecf9c5f17e379244.txt", "International Business Times Australia", "2015-10-21", "https://www.ibtimes.com.au/"},
                {"001_438747ce390c668c.txt", "", "2015-10-21", ""},
                {"002_89fd0c75253ddc28.txt", "Sputnik", "2015-10-21", "https://sputniknews.com/"},
                {"003_437f314616787b1a.txt", "", "2017-11-21", ""},
                {"004_249f8d1ba6e39445.txt", "Rise News", "2015-10-21", ""},
            };
            List<Article> articles = new ArrayList<>();
            for (String[] m : meta) {
                String raw;
                try (InputStream in = ShellPreview.class.getResourceAsStream("/corpus/" + m[0])) {
                    raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                List<String> paras = Arrays.stream(raw.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                String title = m[1].equals("Sputnik") ? "" : paras.get(0);
                String text = paras.stream().collect(Collectors.joining(Article.PARAGRAPH_BREAK));
                articles.add(new Article(m[0].replace(".txt", ""), m[0], Outlet.of(m[1]), title,
                        LocalDate.parse(m[2]), DateSource.MANIFEST, m[3], text, List.of()));
            }
            LoadResult result = new LoadResult(Corpus.of(articles), List.of(
                    new LoadWarning("002_89fd0c75253ddc28.txt", 14, 1, "a repeated paragraph was removed"),
                    new LoadWarning("corpus.json", 9, 5, "names a file outside the folder: ../secret.txt; it was ignored")));
            CorpusSource source = new FakeCorpusSource() {
                @Override
                public LoadResult loadBundled(org.parallax.load.LoadProgress progress) {
                    return result;
                }
            };
            // the same-thread runner: the window is filled when open returns, so --span can act on it at once
            ShellWindow window = new ShellWindow(stage, new ShellServices(new SameThreadTaskRunner(), source,
                    new InMemorySettings(), FolderChooser.system(), url -> { }), Boolean.getBoolean("parallax.dark"));
            window.show();
            window.open(new LoadRequest.Bundled());
            if (args().contains("--span")) {
                // Find a phrase in Sputnik's article and open it there, highlighted, as a search hit does.
                TextField search = (TextField) stage.getScene().lookup("." + Styles.SEARCH_FIELD);
                search.requestFocus();
                search.setText("Tuesday evening");
                search.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            }
        }

        private List<String> args() {
            return getParameters() == null ? List.of() : getParameters().getRaw();
        }
    }
}
