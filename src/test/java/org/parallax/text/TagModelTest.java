package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.junit.jupiter.api.Test;

/**
 * The model's dense rows add to the sums exactly what its sparse features add, and the pass that adds the last two
 * rows while taking the exponentials gives the doubles of adding them first and normalising as {@code GISModel.eval}
 * does (the reference below is the scorer's code before the rows).
 */
class TagModelTest {

    private static final TagModel MODEL = new TagModel(OpenNlpModels.partsOfSpeech());

    @Test
    void denseRowsAndTheFusedPassGiveTheSparseFeaturesDoublesAtRandomWordsTagsAndPlaces() {
        Random random = new Random(37);
        List<String> words = new ArrayList<>();
        SampleRuns.sentences().forEach(run -> words.addAll(List.of(run)));
        words.addAll(List.of("Xqzvw", "2,500", "U.S.", "1990s", "😀", "İstanbul", "", "-"));
        int n = MODEL.tagCount();
        for (int trial = 0; trial < 20_000; trial++) {
            String word = words.get(random.nextInt(words.size()));
            WordFeatures features = new WordFeatures(word, MODEL);
            int place = random.nextInt(4);
            int before = place >= 1 ? random.nextInt(n) : -1;
            int beforeThat = place >= 2 ? random.nextInt(n) : -1;
            Context shape = MODEL.feature("wc=" + FeatureGeneratorUtil.tokenFeature(word));

            double[] reference = features.sums.clone();
            double[] ours = features.sums.clone();
            if (place <= 2) {
                TagModel.add(reference, MODEL.feature(new String[] {"S=begin", "p1S=begin", "p2S=begin"}[place]));
                TagModel.add(ours, MODEL.sentenceBegin(place));
            }
            TagModel.add(reference, shape);
            TagModel.add(ours, features.shape);
            assertThat(bits(ours)).as("%s at %d", word, place).containsExactly(bits(reference));
            TagModel.add(reference, MODEL.feature("w&c=" + StringUtil.toLowerCase(word) + ","
                    + FeatureGeneratorUtil.tokenFeature(word)));
            TagModel.add(ours, features.outcomes, features.weights, features.after2End, features.outcomes.length);
            if (place >= 1) {
                TagModel.add(reference, MODEL.feature("t=" + MODEL.tag(before)));
            }
            if (place >= 2) {
                TagModel.add(reference, MODEL.feature("t2=" + MODEL.tag(beforeThat) + "," + MODEL.tag(before)));
            }
            normaliseAsBefore(reference);
            double normal = TagModel.exponentials(ours, MODEL.previousTag(before), MODEL.previousTwo(beforeThat, before));
            for (int t = 0; t < n; t++) {
                ours[t] /= normal; // as the beam divides
            }
            assertThat(bits(ours)).as("%s at %d after %d %d", word, place, beforeThat, before)
                    .containsExactly(bits(reference));
        }
    }

    @Test
    void aFeatureTheModelNeverSawIsARowOfZerosAndNoTagBeforeAddsNothing() {
        double[] sums = MODEL.prior();
        sums[3] = 0.25;
        double[] reference = sums.clone();
        TagModel.add(sums, MODEL.shape(null));
        TagModel.add(sums, MODEL.previousTag(-1));
        TagModel.add(sums, MODEL.previousTwo(-1, 4));
        assertThat(bits(sums)).containsExactly(bits(reference));
    }

    /** {@code GISModel.eval}'s end, as the scorer did it before the rows: exponentials, their sum, each divided. */
    private static void normaliseAsBefore(double[] sums) {
        double normal = 0.0;
        for (int t = 0; t < sums.length; t++) {
            sums[t] = StrictMath.exp(sums[t]);
            normal += sums[t];
        }
        for (int t = 0; t < sums.length; t++) {
            sums[t] /= normal;
        }
    }

    private static long[] bits(double[] scores) {
        return Arrays.stream(scores).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
