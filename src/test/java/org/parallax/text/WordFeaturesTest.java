package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.junit.jupiter.api.Test;

/**
 * A word's neighbour and word-and-shape features, packed one after the other into the word's two arrays, are the
 * model's features ("p1w=", "p2w=", "n1w=", "n2w=", "w&c=") weight for weight, in the model's order, and adding a
 * packed range adds the doubles adding the model's feature adds.
 */
class WordFeaturesTest {

    private static final TagModel MODEL = new TagModel(OpenNlpModels.partsOfSpeech());

    @Test
    void eachPackedRangeIsTheModelsFeatureAndAddsItsDoublesAtEveryWordOfTheSample() {
        Set<String> words = new LinkedHashSet<>();
        SampleRuns.sentences().forEach(run -> words.addAll(List.of(run)));
        words.addAll(List.of("Xqzvw", "2,500", "U.S.", "1990s", "😀", "İstanbul", "ﬁnance", "ΣΟΦΊΑ", "", "-", "the"));
        assertThat(words).hasSizeGreaterThan(700);
        int known = 0;
        for (String word : words) {
            WordFeatures features = new WordFeatures(word, MODEL);
            String lower = StringUtil.toLowerCase(word);
            String[] names = {"p1w=" + lower, "p2w=" + lower, "n1w=" + lower, "n2w=" + lower,
                "w&c=" + lower + "," + FeatureGeneratorUtil.tokenFeature(word)};
            int[] starts = {0, features.before1End, features.before2End, features.after1End, features.after2End};
            int[] ends = {features.before1End, features.before2End, features.after1End, features.after2End,
                features.outcomes.length};
            for (int f = 0; f < names.length; f++) {
                Context feature = MODEL.feature(names[f]);
                int[] outcomes = Arrays.copyOfRange(features.outcomes, starts[f], ends[f]);
                double[] weights = Arrays.copyOfRange(features.weights, starts[f], ends[f]);
                if (feature == null) {
                    assertThat(outcomes).as(names[f]).isEmpty();
                    continue;
                }
                known++;
                assertThat(outcomes).as(names[f]).containsExactly(feature.getOutcomes());
                assertThat(bits(weights)).as(names[f]).containsExactly(bits(feature.getParameters()));
                double[] reference = features.sums.clone();
                double[] ours = features.sums.clone();
                TagModel.add(reference, feature);
                TagModel.add(ours, features.outcomes, features.weights, starts[f], ends[f]);
                assertThat(bits(ours)).as(names[f]).containsExactly(bits(reference));
            }
        }
        assertThat(known).isGreaterThan(1000);
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
