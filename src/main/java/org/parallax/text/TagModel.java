package org.parallax.text;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.postag.TagDictionary;

/**
 * The part-of-speech model's parameters, read once through OpenNLP's public API ({@code getDataStructures}) and
 * shared, read-only, by every thread: each feature's weights by tag, the tags, the tag dictionary if the model has
 * one, the beam's size. Its arithmetic is {@code GISModel.eval}'s operation for operation (a uniform prior, each
 * feature's weights added in the order the features come, {@code StrictMath.exp}, divided by the sum in tag order),
 * so every score is OpenNLP's to the last bit: Java's floating point is strict, the same operations give the same
 * doubles.
 */
final class TagModel {

    private final int beamSize;
    private final Map<String, Context> features;
    private final String[] tags;
    private final double uniform;
    private final TagDictionary dictionary;
    private final Context[] previousTag;
    private final Context[] previousTwo;
    private final Context[] sentenceBegin;

    @SuppressWarnings("unchecked")
    TagModel(POSModel model) {
        if (!(model.getArtifact("pos.model") instanceof GISModel gis)) {
            throw new IllegalStateException("the part-of-speech model is not a maximum-entropy (GIS) model");
        }
        String beam = model.getManifestProperty("BeamSize");
        // as POSTaggerME reads it
        this.beamSize = beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        Object[] data = gis.getDataStructures();
        this.features = (Map<String, Context>) data[1];
        this.tags = ((String[]) data[2]).clone();
        this.uniform = StrictMath.log(1.0 / tags.length); // UniformPrior, GISModel's prior when read from a file
        this.dictionary = model.getFactory().getTagDictionary();
        int n = tags.length;
        this.previousTag = new Context[n];
        this.previousTwo = new Context[n * n];
        for (int a = 0; a < n; a++) {
            previousTag[a] = features.get("t=" + tags[a]);
            for (int b = 0; b < n; b++) {
                previousTwo[a * n + b] = features.get("t2=" + tags[a] + "," + tags[b]);
            }
        }
        this.sentenceBegin = new Context[] {
            features.get("S=begin"), features.get("p1S=begin"), features.get("p2S=begin")};
    }

    int beamSize() {
        return beamSize;
    }

    int tagCount() {
        return tags.length;
    }

    String tag(int id) {
        return tags[id];
    }

    /** The feature's weights, or null for a feature the model never saw (which adds nothing, as in OpenNLP). */
    Context feature(String name) {
        return features.get(name);
    }

    /** The tag before a word, as the feature "t=TAG". */
    Context previousTag(int tag) {
        return previousTag[tag];
    }

    /** The two tags before a word, as the feature "t2=TAG2,TAG1" ({@code before} the earlier one). */
    Context previousTwo(int before, int tag) {
        return previousTwo[before * tags.length + tag];
    }

    /** "S=begin", "p1S=begin" or "p2S=begin": the word is the sentence's first, second or third. */
    Context sentenceBegin(int index) {
        return sentenceBegin[index];
    }

    /** A fresh sum for every tag: the uniform prior's log, as {@code UniformPrior.logPrior} fills it. */
    double[] prior() {
        double[] sums = new double[tags.length];
        Arrays.fill(sums, uniform);
        return sums;
    }

    /** Adds a feature's weights to the sums, as {@code ArrayMath.sumFeatures} does for one feature of value 1. */
    static void add(double[] sums, Context feature) {
        if (feature != null) {
            int[] outcomes = feature.getOutcomes();
            double[] weights = feature.getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                sums[outcomes[k]] += weights[k]; // OpenNLP multiplies by the value 1.0 first: the same double
            }
        }
    }

    /** The sums made probabilities in place, as the end of {@code GISModel.eval}. */
    static void normalise(double[] sums) {
        double normal = 0.0;
        for (int t = 0; t < sums.length; t++) {
            sums[t] = StrictMath.exp(sums[t]);
            normal += sums[t];
        }
        for (int t = 0; t < sums.length; t++) {
            sums[t] /= normal;
        }
    }

    /** Whether the tag may stand at the word: {@code DefaultPOSSequenceValidator}'s rule, with the same dictionary. */
    boolean allows(String word, int tag) {
        if (dictionary == null) {
            return true;
        }
        String[] allowed = dictionary.getTags(word);
        return allowed == null || Arrays.asList(allowed).contains(tags[tag]);
    }
}
