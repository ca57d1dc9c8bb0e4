package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;
import org.parallax.model.Event;

/**
 * A made-up happening (a ferry aground off Karsholm, 12 and 13 March 2024) told by three made-up outlets, through the
 * real pipeline: one story over the two days, the background years out of it, every label a headline. The README's
 * second timeline screenshot shows this folder.
 */
class ThreeOutletsCorpusTest {

    private static Corpus compared;

    @BeforeAll
    static void run() {
        Corpus loaded = new CorpusLoader().loadFolder(Path.of("src/test/resources/org/parallax/compare/three-outlets"),
                LoadProgress.NONE).corpus();
        compared = new Comparison().compare(Extraction.standard().extract(new SourceInference().infer(loaded)));
    }

    @Test
    void oneStoryOverTheTwoDaysWithoutTheBackgroundYears() {
        assertThat(compared.stories()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo("2024-03-12");
            assertThat(s.end()).isEqualTo("2024-03-13");
            assertThat(s.label()).contains("Karsholm");
        });
        assertThat(compared.events()).filteredOn(e -> e.date().startsWith("20") && e.date().length() == 4)
                .isNotEmpty().allSatisfy(e -> {
                    assertThat(e.background()).isTrue();
                    assertThat(e.storyId()).isNull();
                });
    }

    @Test
    void aStatedRangeIsOneBackgroundEventThatSpansIt() {
        assertThat(compared.events()).filteredOn(e -> "2018".equals(e.end())).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2016");
            assertThat(e.background()).isTrue();
            assertThat(e.label()).isEqualTo("Ship serves northern islands");
        });
    }

    @Test
    void labelsAreHeadlinesNotCueVerbsOrFragments() {
        assertThat(compared.events()).extracting(Event::label).allSatisfy(l -> {
            assertThat(l).doesNotContain("…").doesNotMatch("(?i).*\\b(?:said|told|added|the|of|to|and)$");
            assertThat(l).doesNotContain("Ramsvik said").doesNotContain("Eklund said");
        });
        assertThat(compared.events()).extracting(Event::label).contains("Eklund apologises to passengers",
                "Ferry Norhavn runs aground off Karsholm");
    }
}
