package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
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

    /** Tagged by their features ({@link PartsOfSpeech#features}), words get the tags their strings get. */
    @Test
    void wordsTaggedByTheirFeaturesGetOpenNlpsTagsInAndPastAWindow() {
        POSTaggerME openNlp = new POSTaggerME(OpenNlpModels.partsOfSpeech(), POSTagFormat.UD);
        PartsOfSpeech ours = new PartsOfSpeech();
        List<String[]> runs = new ArrayList<>(SampleRuns.sentences());
        runs.addAll(SampleRuns.shuffled(runs, 100, 21));
        runs.add(SampleRuns.shuffled(runs, 1, PartsOfSpeech.WINDOW * 2 + 17).get(0));
        for (String[] words : runs) {
            WordFeatures[] features = Arrays.stream(words).map(PartsOfSpeech::features).toArray(WordFeatures[]::new);
            assertThat(ours.tag(features)).as(String.join(" ", words)).containsExactly(ours.tag(words));
            if (words.length <= PartsOfSpeech.WINDOW) {
                assertThat(ours.tag(features)).as(String.join(" ", words)).containsExactly(openNlp.tag(words));
            }
        }
    }

    /**
     * With a tag dictionary in the model (the bundled one has none), the beam keeps only the tags it allows at a
     * word, as OpenNLP's validator does, whatever they score: the sample's words given one to three tags at random,
     * some none the model would pick, so the second try (every allowed tag) runs too.
     */
    @Test
    void aTagDictionaryLimitsEachWordsTagsAsOpenNlpsValidatorDoes() {
        POSModel bundled = OpenNlpModels.partsOfSpeech();
        Random random = new Random(43);
        List<String[]> runs = new ArrayList<>(SampleRuns.sentences());
        TagModel model = new TagModel(bundled);
        String[] tags = new String[model.tagCount()];
        Arrays.setAll(tags, model::tag);
        POSDictionary dictionary = new POSDictionary();
        for (String[] words : runs) {
            for (String w : words) {
                if (random.nextInt(4) == 0) {
                    String[] allowed = new String[1 + random.nextInt(3)];
                    for (int k = 0; k < allowed.length; k++) {
                        allowed[k] = tags[random.nextInt(tags.length)];
                    }
                    dictionary.put(w, allowed);
                }
            }
        }
        POSModel withDictionary = new POSModel("en", (MaxentModel) bundled.getArtifact("pos.model"),
                Integer.parseInt(bundled.getManifestProperty("BeamSize")), new HashMap<>(),
                new POSTaggerFactory((byte[]) bundled.getArtifact("generator.featuregen"), new HashMap<>(), dictionary));
        POSTaggerME openNlp = new POSTaggerME(withDictionary, POSTagFormat.UD);
        TagScorer scorer = new TagScorer(new TagModel(withDictionary));
        TagBeam beam = new TagBeam(scorer);
        int changed = 0;
        POSTaggerME without = new POSTaggerME(bundled, POSTagFormat.UD);
        for (String[] words : runs) {
            String[] expected = openNlp.tag(words);
            assertThat(beam.best(scorer.features(words))).as(String.join(" ", words)).containsExactly(expected);
            changed += Arrays.equals(expected, without.tag(words)) ? 0 : 1;
        }
        assertThat(changed).as("runs the dictionary changes").isGreaterThan(runs.size() / 2);
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
            assertThat(Double.compare(kthLargest(scores, beam), sorted[Math.max(0, scores.length - beam)]))
                    .as(Arrays.toString(scores) + " k=" + beam).isZero();
        }
    }
    /**
     * Dividing while noting candidates keeps what dividing every score, then {@code kthLargest}'s threshold, then a
     * scan of every score kept before (the reference here): the same scores to the bit, the same threshold and the
     * same tags in the same order, at random exponentials with ties, zeros, subnormals and sums near overflow.
     */
    @Test
    void dividingWhileNotingKeepsTheTagsAndScoresOfDividingThenTakingTheKthLargest() {
        Random random = new Random(41);
        for (int trial = 0; trial < 20_000; trial++) {
            double[] exponentials = new double[1 + random.nextInt(40)];
            double[] pool = {0.0, Double.MIN_VALUE, 1e-300, 0.5, 1.0, 3.0, 1e300};
            for (int t = 0; t < exponentials.length; t++) {
                exponentials[t] = random.nextInt(3) == 0 ? pool[random.nextInt(pool.length)]
                        : StrictMath.exp(random.nextGaussian() * (1 + random.nextInt(30)));
            }
            double normal = 0.0;
            for (double e : exponentials) {
                normal += e;
            }
            int k = 1 + random.nextInt(exponentials.length);
            if (!(normal > 0.0 && normal < Double.POSITIVE_INFINITY)) {
                continue; // the beam takes the general way then
            }
            double[] reference = exponentials.clone();
            for (int t = 0; t < reference.length; t++) {
                reference[t] /= normal;
            }
            double min = kthLargest(reference, k);
            List<Integer> keptBefore = new ArrayList<>();
            for (int t = 0; t < reference.length; t++) {
                if (reference[t] >= min) {
                    keptBefore.add(t);
                }
            }

            double[] ours = exponentials.clone();
            double[] top = new double[k];
            int[] candidates = new int[ours.length];
            int noted = TagBeam.divideAndNote(ours, normal, k, top, candidates);
            List<Integer> kept = new ArrayList<>();
            for (int c = 0; c < noted; c++) {
                if (ours[candidates[c]] >= top[k - 1]) {
                    kept.add(candidates[c]);
                }
            }
            String at = Arrays.toString(exponentials) + " k=" + k;
            assertThat(Arrays.stream(ours).mapToLong(Double::doubleToRawLongBits).toArray()).as(at)
                    .containsExactly(Arrays.stream(reference).mapToLong(Double::doubleToRawLongBits).toArray());
            assertThat(Double.doubleToRawLongBits(top[k - 1])).as(at).isEqualTo(Double.doubleToRawLongBits(min));
            assertThat(kept).as(at).isEqualTo(keptBefore);
        }
    }

    /** The k-th largest of the scores as {@code Arrays.sort} places it, in a fresh array. */
    private static double kthLargest(double[] scores, int k) {
        return TagBeam.kthLargest(scores, k, new double[Math.max(0, k)]);
    }
}
