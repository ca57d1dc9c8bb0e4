package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;

/** The tagger's own beam search gives OpenNLP's tags, word for word, on news and on nonsense. */
class TagBeamTest {

    @Test
    void tagsAreOpenNlpsOnEverySentenceOfTheSampleAndOnRandomWords() {
        POSTaggerME openNlp = new POSTaggerME(OpenNlpModels.partsOfSpeech(), POSTagFormat.UD);
        PartsOfSpeech ours = new PartsOfSpeech();
        List<String[]> runs = new ArrayList<>();
        List<String> vocabulary = new ArrayList<>();
        for (Article a : new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles()) {
            for (Sentence s : SentenceSplitter.punctuation().split(a.text())) {
                String[] words = a.text().substring(s.start(), s.end()).split("\\s+|(?=[,.;:!?\"“”()])");
                words = Arrays.stream(words).filter(w -> !w.isBlank()).toArray(String[]::new);
                if (words.length > 0 && words.length <= PartsOfSpeech.WINDOW) {
                    runs.add(words);
                    vocabulary.addAll(List.of(words));
                }
            }
        }
        Random random = new Random(20);
        for (int i = 0; i < 300; i++) {
            String[] words = new String[1 + random.nextInt(30)];
            for (int k = 0; k < words.length; k++) {
                words[k] = vocabulary.get(random.nextInt(vocabulary.size()));
            }
            runs.add(words);
        }
        assertThat(runs).hasSizeGreaterThan(350);
        for (String[] words : runs) {
            assertThat(ours.tag(words)).as(String.join(" ", words)).containsExactly(openNlp.tag(words));
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

    @Test
    void eachWordIsScoredOnceTheFeaturesBeingTheSameForEverySequenceInTheBeam() {
        opennlp.tools.postag.POSModel model = OpenNlpModels.partsOfSpeech();
        TagBeam plain = PartsOfSpeech.beamOf(model);
        opennlp.tools.ml.model.MaxentModel maxent = (opennlp.tools.ml.model.MaxentModel) model.getArtifact("pos.model");
        int[] evaluations = {0};
        opennlp.tools.ml.model.MaxentModel counting = (opennlp.tools.ml.model.MaxentModel) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {opennlp.tools.ml.model.MaxentModel.class}, (proxy, method, args) -> {
                            if (method.getName().equals("eval")) {
                                evaluations[0]++;
                            }
                            return method.invoke(maxent, args);
                        });
        TagBeam beam = new TagBeam(3, counting,
                model.getFactory().getPOSContextGenerator(3), model.getFactory().getSequenceValidator());
        String[] words = "The quake struck near Ferndale on Tuesday , killing two people and damaging a bridge ."
                .split(" ");
        assertThat(beam.best(words)).containsExactly(plain.best(words));
        assertThat(evaluations[0]).isEqualTo(words.length);
    }
}
