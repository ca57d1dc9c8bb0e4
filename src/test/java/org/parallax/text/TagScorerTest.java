package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The tagger's scores are OpenNLP's model's to the last bit, from OpenNLP's own features, at every word. */
class TagScorerTest {

    private static final POSModel MODEL = OpenNlpModels.partsOfSpeech();

    @Test
    void everyScoreIsOpenNlpsToTheLastBitAtEveryWordOfTheSampleAfterRealAndRandomTags() {
        MaxentModel openNlp = (MaxentModel) MODEL.getArtifact("pos.model");
        POSTaggerME tagger = new POSTaggerME(MODEL, POSTagFormat.UD);
        TagModel parameters = new TagModel(MODEL);
        TagScorer scorer = new TagScorer(parameters);
        Random random = new Random(29);
        List<String[]> runs = new ArrayList<>(SampleRuns.sentences());
        runs.addAll(SampleRuns.shuffled(runs, 300, 29));
        runs.add(new String[] {"Zürich", "東京", "NATO", "U.S.", "2,500", "1990s", "3.5", "12/05", "-", "A.", "x"});
        runs.add(new String[] {"ﬁnance", "İstanbul", "ΣΟΦΊΑ", "😀", "e-mail", "Q4-2020", "''", "ab"});
        List<String> names = List.of(outcomes(parameters));
        double[] ours = new double[parameters.tagCount()];
        int compared = 0;
        for (int r = 0; r < runs.size(); r++) {
            String[] words = runs.get(r).clone(); // a new array: OpenNLP caches a word's features per array
            String[] tags = r % 2 == 0 ? tagger.tag(words) : randomTags(words.length, parameters, random);
            int[] ids = Arrays.stream(tags).mapToInt(names::indexOf).toArray();
            POSContextGenerator contexts = MODEL.getFactory().getPOSContextGenerator(0);
            WordFeatures[] features = scorer.features(words);
            for (int i = 0; i < words.length; i++) {
                double[] theirs = openNlp.eval(contexts.getContext(i, words, tags, null));
                scores(scorer, features, i, i >= 1 ? ids[i - 1] : -1, i >= 2 ? ids[i - 2] : -1, ours);
                assertThat(bits(ours)).as("%s at %d", String.join(" ", words), i).containsExactly(bits(theirs));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(6000);
    }

    @Test
    void openNlpMakesAWordsFeaturesOnceForEverySequenceInTheBeamWithTheFirstSequencesTags() {
        POSContextGenerator contexts = MODEL.getFactory().getPOSContextGenerator(3);
        String[] words = "The quake struck near Ferndale".split(" ");
        String[] first = contexts.getContext(2, words, new String[] {"DET", "NOUN"}, null);
        String[] second = contexts.getContext(2, words, new String[] {"PROPN", "VERB"}, null);
        assertThat(first).contains("t=NOUN", "t2=DET,NOUN");
        assertThat(second).containsExactly(first);
    }

    @Test
    void aWordAskedForSinceTheTableLastFilledIsKeptHoweverManyOtherWordsCome() {
        TagScorer scorer = new TagScorer(new TagModel(MODEL));
        WordFeatures the = scorer.features(new String[] {"the"})[0];
        for (int i = 0; i < 3 * TagScorer.KEPT; i++) {
            scorer.features(new String[] {"word" + i});
            if (i % 1000 == 0) {
                assertThat(scorer.features(new String[] {"the"})[0]).as("after %d other words", i).isSameAs(the);
            }
        }
        WordFeatures made = new WordFeatures("the", new TagModel(MODEL));
        assertThat(bits(the.sums)).containsExactly(bits(made.sums));
    }

    /** Each tag's probability at word {@code i}: the scorer's exponentials divided by their sum, as OpenNLP divides. */
    private static void scores(TagScorer scorer, WordFeatures[] words, int i, int tagBefore, int tagBeforeThat,
            double[] into) {
        double normal = scorer.exponentials(words, i, tagBefore, tagBeforeThat, into);
        for (int t = 0; t < into.length; t++) {
            into[t] /= normal;
        }
    }

    private static String[] randomTags(int length, TagModel parameters, Random random) {
        String[] tags = new String[length];
        for (int i = 0; i < length; i++) {
            tags[i] = parameters.tag(random.nextInt(parameters.tagCount()));
        }
        return tags;
    }

    private static String[] outcomes(TagModel parameters) {
        String[] names = new String[parameters.tagCount()];
        Arrays.setAll(names, parameters::tag);
        return names;
    }

    private static long[] bits(double[] scores) {
        return Arrays.stream(scores).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
