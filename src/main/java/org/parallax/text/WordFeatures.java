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
 *
 * <p>Public so that a caller that numbers its words already can keep each word's features with its number and hand
 * the tagger those ({@link PartsOfSpeech#features}, {@link PartsOfSpeech#tag(WordFeatures[])}) instead of the words'
 * strings, each looked up again in the table every thread shares; what it holds is the tagger's own.
 */
public final class WordFeatures {

    private static final int AFFIXES = 4; // SuffixFeatureGenerator's and PrefixFeatureGenerator's default

    /** The prior plus "def", "suf=", "pre=" and "w=" of this word, per tag. */
    final double[] sums;
    /*
     * "p1w=", "p2w=" (this word as the one or two before), "n1w=", "n2w=" (as the one or two after) and "w&c=" (the
     * word in lower case and its shape): each feature's outcomes and weights copied, one feature after the other in
     * that order, into two arrays kept with this word (the model's own lie scattered over its 34,000 features, and
     * fetching them from memory was most of adding them; one pair of arrays a word rather than a pair a feature); each
     * ends where the next begins, "p1w=" at 0.
     */
    final int[] outcomes;
    final double[] weights;
    final int before1End;
    final int before2End;
    final int after1End;
    final int after2End;

    /** "wc=": the word's shape (lower case, capitalised, digits, ...), the model's dense row for it. */
    final double[] shape;

    /**
     * The tags the model's tag dictionary allows at this word, by tag id; null when it allows every tag (no
     * dictionary, or the word not in it): looked up once per word, not at each tag the beam keeps.
     */
    final boolean[] allowed;

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
        String shapeName = FeatureGeneratorUtil.tokenFeature(word);
        shape = model.shape(model.feature("wc=" + shapeName));
        Context[] near = {model.feature("p1w=" + lower), model.feature("p2w=" + lower), model.feature("n1w=" + lower),
            model.feature("n2w=" + lower), model.feature("w&c=" + lower + "," + shapeName)};
        int[] ends = new int[near.length];
        int count = 0;
        for (int f = 0; f < near.length; f++) {
            count += near[f] == null ? 0 : near[f].getOutcomes().length;
            ends[f] = count;
        }
        outcomes = new int[count];
        weights = new double[count];
        for (int f = 0; f < near.length; f++) {
            if (near[f] != null) {
                int n = near[f].getOutcomes().length;
                // OpenNLP multiplies each weight by the feature's value 1.0 first: the same double
                System.arraycopy(near[f].getOutcomes(), 0, outcomes, ends[f] - n, n);
                System.arraycopy(near[f].getParameters(), 0, weights, ends[f] - n, n);
            }
        }
        allowed = model.allowed(word);
        before1End = ends[0];
        before2End = ends[1];
        after1End = ends[2];
        after2End = ends[3];
    }
}
