package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The tagger's own beam search gives OpenNLP's tags, word for word, on news and on nonsense. */
class TagBeamTest {

    @Test
    void tagsAreOpenNlpsOnEverySentenceOfTheSampleAndOnRandomWords() {
        POSTaggerME openNlp = new POSTaggerME(OpenNlpModels.partsOfSpeech(), POSTagFormat.UD);
        PartsOfSpeech ours = new PartsOfSpeech();
        List<String[]> runs = new ArrayList<>(SampleRuns.sentences());
        runs.addAll(SampleRuns.shuffled(runs, 300, 20));
        assertThat(runs).hasSizeGreaterThan(350);
        for (String[] words : runs) {
            assertThat(ours.tag(words)).as(String.join(" ", words)).containsExactly(openNlp.tag(words));
        }
    }

    @Test
    void tagsAreOpenNlpsOnRunsOfNoneOneAndTwoWordsAndOnWordsTheModelNeverSaw() {
        POSTaggerME openNlp = new POSTaggerME(OpenNlpModels.partsOfSpeech(), POSTagFormat.UD);
        PartsOfSpeech ours = new PartsOfSpeech();
        List<String[]> runs = List.of(new String[0], new String[] {"Fire"}, new String[] {"."},
                new String[] {"Quake", "strikes"}, new String[] {"\uD83D\uDE00", "\uD801\uDC28\uD801\uDC29"},
                new String[] {"Xqzvw", "blorped", "the", "\uD840\uDC00\uD840\uDC01", "ﬂoods", "", "-"});
        for (String[] words : runs) {
            assertThat(ours.tag(words.clone())).as(String.join(" ", words)).containsExactly(openNlp.tag(words.clone()));
        }
    }

    @Test
    void theKthLargestIsWhatASortedCopyHoldsThere() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            double[] scores = new double[random.nextInt(12) + 1];
            for (int k = 0; k < scores.length; k++) {
                scores[k] = random.nextInt(4) == 0 ? 0.25 : random.nextInt(3) == 0 ? -0.0 : random.nextDouble();
            }
            int beam = 1 + random.nextInt(5);
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            assertThat(Double.compare(TagBeam.kthLargest(scores, beam), sorted[Math.max(0, scores.length - beam)]))
                    .as(Arrays.toString(scores) + " k=" + beam).isZero();
        }
    }
}
