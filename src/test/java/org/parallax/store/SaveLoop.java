package org.parallax.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.model.Article;
import org.parallax.model.Corpus;

/** Run in a child JVM by {@link KilledSaveTest}: saves a large workspace to one file again and again until killed. */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        List<Article> articles = new ArrayList<>();
        String text = "The river rose through the night and the town hall was evacuated before dawn. ".repeat(400);
        for (int i = 0; i < 60; i++) {
            articles.add(new Article("a" + i, "a" + i + ".txt", null, "Article " + i, null, null, "", text, List.of()));
        }
        Corpus corpus = Corpus.of(articles);
        WorkspaceJson json = new WorkspaceJson();
        for (int round = 0; ; round++) {
            json.write(new Workspace(null, corpus, List.of(), Map.of("round", String.valueOf(round))), file);
        }
    }
}
