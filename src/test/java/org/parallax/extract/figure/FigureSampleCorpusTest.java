package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Qualifier;
import org.parallax.model.Claim;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;

/** The acceptance check of issue 3 on the bundled corpus: the six figures, each with number, qualifier and unit. */
class FigureSampleCorpusTest {

    private static Map<String, List<Claim>> byArticle;
    private static Corpus corpus;

    @BeforeAll
    static void extract() {
        corpus = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        FigureExtractor extractor = new FigureExtractor();
        byArticle = corpus.articles().stream()
                .collect(java.util.stream.Collectors.toMap(Article::id, extractor::extract));
    }

    private static List<Claim> of(String prefix) {
        return byArticle.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow()
                .getValue();
    }

    @Test
    void theSixFigures() {
        assertThat(of("000")).extracting(Claim::text, Claim::qualifier, f -> f.value().toPlainString(), Claim::unit)
                .contains(tuple("around 120 civilians", Qualifier.APPROXIMATELY, "120", "civilians"));
        assertThat(of("001")).extracting(Claim::text, Claim::qualifier, f -> f.value().toPlainString(), Claim::unit)
                .contains(tuple("more than 250,000 lives", Qualifier.AT_LEAST, "250000", "lives"));
        assertThat(of("002")).extracting(Claim::text, Claim::qualifier, f -> f.value().toPlainString(), Claim::unit,
                        Claim::subject)
                .contains(tuple("at least 4,000 fighters", Qualifier.AT_LEAST, "4000", "fighters",
                        "fighters from the former Soviet Union"));
        assertThat(of("004")).extracting(Claim::text, Claim::qualifier, f -> f.value().toPlainString(), Claim::unit)
                .contains(tuple("around 50 jets and helicopters", Qualifier.APPROXIMATELY, "50", "jets and helicopters"),
                        tuple("over 700 sorties", Qualifier.AT_LEAST, "700", "sorties"),
                        tuple("more than 690 targets", Qualifier.AT_LEAST, "690", "targets"));
    }

    @Test
    void exactlyTheseFiguresAndNoDatesYearsOrDurations() {
        assertThat(of("000")).extracting(Claim::text).containsExactly("around 120 civilians");
        assertThat(of("001")).extracting(Claim::text).containsExactly("more than 250,000 lives");
        assertThat(of("002")).extracting(Claim::text).containsExactly("at least 4,000 fighters");
        assertThat(of("003")).extracting(Claim::text).containsExactly("two leaders", "two leaders");
        assertThat(of("004")).extracting(Claim::text).containsExactly("three rounds", "around 50 jets and helicopters",
                "over 700 sorties", "more than 690 targets");
    }

    @Test
    void spansCoverTheirText() {
        for (Article a : corpus.articles()) {
            for (Claim f : byArticle.get(a.id())) {
                assertThat(a.textOf(f.span())).isEqualTo(f.text());
                assertThat(f.articleId()).isEqualTo(a.id());
            }
        }
    }
}
