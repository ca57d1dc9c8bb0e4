package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.text.TextAnalyser;

/** The first pass into shared sets, each word asked before it is added, leaves the sets that adding every word did. */
class CapitalsCollectTest {

    @Test
    void askingBeforeAddingLeavesTheSameSets() throws Exception {
        Corpus corpus = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        Set<String> inside = new HashSet<>();
        Set<String> lower = new HashSet<>();
        Set<String> sharedInside = ConcurrentHashMap.newKeySet();
        Set<String> sharedLower = ConcurrentHashMap.newKeySet();
        sharedInside.add("putin"); // words already there, as other articles leave them
        inside.add("putin");
        for (Article a : corpus.articles()) {
            ArticleText at = new ArticleText(a, TextAnalyser.shared().analyse(a.text()));
            CorpusNames.Capitals.collect(at, inside::add, lower::add);
            CorpusNames.Capitals.collectInto(at, sharedInside, sharedLower);
        }
        assertThat(inside).isNotEmpty();
        assertThat(lower).isNotEmpty();
        assertThat(sharedInside).isEqualTo(inside);
        assertThat(sharedLower).isEqualTo(lower);
    }
}
