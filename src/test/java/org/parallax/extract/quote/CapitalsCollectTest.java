package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.text.AnalysedText;
import org.parallax.text.TextAnalyser;

/**
 * The first pass as articles are read with a table of words shared by a run of them (each word given once per table,
 * asked before it is added) leaves the sets that giving every word of every article did.
 */
class CapitalsCollectTest {

    @Test
    void wordsGivenOncePerTableLeaveTheSameSets() throws Exception {
        Corpus corpus = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        List<AnalysedText> analyses = corpus.articles().stream().map(a -> TextAnalyser.shared().analyse(a.text()))
                .toList();
        Set<String> inside = new HashSet<>();
        Set<String> lower = new HashSet<>();
        inside.add("putin"); // words already there, as other articles leave them
        for (int i = 0; i < analyses.size(); i++) {
            ArticleText at = new ArticleText(corpus.articles().get(i), analyses.get(i));
            CorpusNames.Capitals.collect(at, inside::add, lower::add);
        }
        assertThat(inside).hasSizeGreaterThan(1);
        assertThat(lower).isNotEmpty();
        for (int run = 1; run <= analyses.size(); run++) { // the articles in runs of every length, a table per run
            Set<String> sharedInside = ConcurrentHashMap.newKeySet();
            Set<String> sharedLower = ConcurrentHashMap.newKeySet();
            sharedInside.add("putin");
            ArticleWords words = null;
            for (int i = 0; i < analyses.size(); i++) {
                if (i % run == 0) {
                    words = new ArticleWords(16, sharedInside, sharedLower);
                }
                Article a = corpus.articles().get(i);
                new ArticleText(a, analyses.get(i), words);
            }
            assertThat(sharedInside).as("runs of %d", run).isEqualTo(inside);
            assertThat(sharedLower).as("runs of %d", run).isEqualTo(lower);
        }
    }

    /**
     * With every run's table taking its words from one {@link CorpusWords} (each word given once for the corpus, by
     * whichever thread meets it first), the runs read on several threads at once leave the same sets.
     */
    @Test
    void wordsGivenOnceForTheCorpusOnEveryThreadLeaveTheSameSets() throws Exception {
        Corpus corpus = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        List<AnalysedText> analyses = corpus.articles().stream().map(a -> TextAnalyser.shared().analyse(a.text()))
                .toList();
        Set<String> inside = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (int i = 0; i < analyses.size(); i++) {
            ArticleText at = new ArticleText(corpus.articles().get(i), analyses.get(i));
            CorpusNames.Capitals.collect(at, inside::add, lower::add);
        }
        for (int run = 1; run <= 8; run++) {
            Set<String> sharedInside = ConcurrentHashMap.newKeySet();
            Set<String> sharedLower = ConcurrentHashMap.newKeySet();
            CorpusWords words = new CorpusWords(16);
            int length = run;
            IntStream.range(0, (analyses.size() + run - 1) / run).parallel().forEach(r -> {
                ArticleWords table = new ArticleWords(16, sharedInside, sharedLower, words);
                for (int i = r * length; i < Math.min(analyses.size(), (r + 1) * length); i++) {
                    new ArticleText(corpus.articles().get(i), analyses.get(i), table);
                }
            });
            assertThat(sharedInside).as("runs of %d", run).isEqualTo(inside);
            assertThat(sharedLower).as("runs of %d", run).isEqualTo(lower);
        }
    }

    @Test
    void aTableWithoutSetsGivesNothing() throws Exception {
        Corpus corpus = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        Article a = corpus.articles().get(0);
        ArticleText at = new ArticleText(a, TextAnalyser.shared().analyse(a.text()), new ArticleWords(16));
        assertThat(at.tokens.size()).isPositive();
    }
}
