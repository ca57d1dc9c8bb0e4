package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.text.AnalysedText;
import org.parallax.text.TextAnalyser;

/**
 * The corpus read in runs of articles, each run with one table of words ({@link QuoteExtractor}), gives the quotes of
 * the articles read one by one, each with a table of its own: the path of a corpus learned in parts
 * ({@link CorpusNames}), whose every article's text is made on its own.
 */
class QuoteRunsTest {

    @Test
    void runsOfArticlesGiveTheQuotesOfArticlesReadOneByOne() {
        Corpus sample = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        List<String> paragraphs = new ArrayList<>();
        sample.articles().forEach(a -> paragraphs.addAll(Arrays.asList(a.text().split(Article.PARAGRAPH_BREAK))));
        Random random = new Random(88);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 300; i++) { // articles of paragraphs drawn from the sample, words shared across runs
            Article seed = sample.articles().get(random.nextInt(sample.articles().size()));
            List<String> picked = new ArrayList<>();
            for (int p = 1 + random.nextInt(8); p > 0; p--) {
                picked.add(paragraphs.get(random.nextInt(paragraphs.size())));
            }
            articles.add(new Article("r" + i, seed.file(), seed.outlet(), seed.title(), seed.published(),
                    seed.publishedFrom(), seed.url(), String.join(Article.PARAGRAPH_BREAK, picked), List.of()));
        }
        assertThat(QuoteExtractor.runLength(articles.size())).isGreaterThan(1);
        Corpus corpus = Corpus.of(articles);
        List<AnalysedText> analyses = articles.stream().map(a -> TextAnalyser.shared().analyse(a.text())).toList();

        List<Quote> inRuns = new QuoteExtractor().extract(corpus, analyses);

        List<CorpusNames.Capitals> capitals = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            capitals.add(CorpusNames.capitals(articles.get(i), analyses.get(i)));
        }
        CorpusNames.FirstPass first = CorpusNames.firstPassOf(CorpusNames.Capitals.union(capitals.iterator()));
        List<CorpusNames.Taught> taught = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            taught.add(first.taught(articles.get(i), analyses.get(i)));
        }
        CorpusNames names = CorpusNames.of(CorpusNames.Capitals.union(capitals.iterator()), taught);
        List<Quote> oneByOne = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            oneByOne.addAll(new QuoteExtractor().extract(articles.get(i), analyses.get(i), names));
        }
        assertThat(inRuns).hasSizeGreaterThan(300).isEqualTo(oneByOne);
    }
}
