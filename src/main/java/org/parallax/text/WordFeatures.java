package org.parallax.text;

import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * What the tagger's features say about one word wherever it stands, looked up once per word instead of once per
 * word per sentence: the features of the model's descriptor ({@code generator.featuregen}) that name the word.
 * The descriptor's features at a word come in this order: "def", the word's suffixes ("suf=", 1 to 4 characters),
 * its prefixes ("pre="), "w=" + the word in lower case, "p1w=" and "p2w=" the same of the two words before, "n1w="
 * and "n2w=" of the two after, "S=begin" (or "p1S=begin", "p2S=begin") at the sentence's first three words, "wc=" +
 * the word's shape, "w&c=" + the word and its shape, "t=" + the tag before, "t2=" + the two tags before. The first
 * four kinds depend on the word alone, so their sum (after the prior) is kept as {@link #sums}: the same additions in
 * the same order, so the same doubles.
 */
final class WordFeatures {

    private static final int AFFIXES = 4; // SuffixFeatureGenerator's and PrefixFeatureGenerator's default

    /** The prior plus "def", "suf=", "pre=" and "w=" of this word, per tag. */
    final double[] sums;
    /** "p1w=", "p2w=": this word as the one or two before. */
    final Context before1;
    final Context before2;
    /** "n1w=", "n2w=": this word as the one or two after. */
    final Context after1;
    final Context after2;
    /**
     * "wc=": the word's shape (lower case, capitalised, digits, ...), the model's dense row for it; "w&c=": the word in
     * lower case and its shape.
     */
    final double[] shape;
    final Context wordAndShape;

    WordFeatures(String word, TagModel model) {
        sums = model.prior();
        TagModel.add(sums, model.feature("def"));
        int affixes = Math.min(AFFIXES, word.length());
        for (int k = 0; k < affixes; k++) {
            TagModel.add(sums, model.feature("suf=" + word.substring(word.length() - k - 1)));
        }
        for (int k = 0; k < affixes; k++) {
            TagModel.add(sums, model.feature("pre=" + word.substring(0, k + 1)));
        }
        String lower = StringUtil.toLowerCase(word); // per code point, as TokenFeatureGenerator lowers it
        TagModel.add(sums, model.feature("w=" + lower));
        before1 = near(model.feature("p1w=" + lower));
        before2 = near(model.feature("p2w=" + lower));
        after1 = near(model.feature("n1w=" + lower));
        after2 = near(model.feature("n2w=" + lower));
        String shapeName = FeatureGeneratorUtil.tokenFeature(word);
        shape = model.shape(model.feature("wc=" + shapeName));
        wordAndShape = near(model.feature("w&c=" + lower + "," + shapeName));
    }

    /**
     * A copy of the feature's weights made beside this word's other numbers: the model's own lie scattered over its
     * 34,000 features, and fetching them from memory was most of adding them.
     */
    private static Context near(Context feature) {
        return feature == null ? null : new Context(feature.getOutcomes().clone(), feature.getParameters().clone());
    }
}
