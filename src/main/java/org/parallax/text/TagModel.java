package org.parallax.text;

import java.util.Arrays;
import java.util.IdentityHashMap;
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
 * feature's weights added in the order the features come, {@code StrictMath.exp} (its double, computed by
 * {@link StrictExp}), divided by the sum in tag order), so every score is OpenNLP's to the last bit: Java's floating
 * point is strict, the same operations give the same doubles.
 */
final class TagModel {

    private final int beamSize;
    private final Map<String, Context> features;
    private final String[] tags;
    private final double uniform;
    private final TagDictionary dictionary;
    /*
     * The features found at every word ("t=", "t2=", "S=begin", "wc="), which name a weight for most tags, as dense
     * rows of a weight per tag (0.0 where the model has none; zeros for a feature the model never saw): adding a row
     * is one loop the compiler unrolls and vectorises where adding the sparse feature read an index per weight. Adding
     * 0.0 leaves every sum as it is (a sum is never -0.0: it starts from the prior's log and only adds), so the sums
     * are the same doubles.
     */
    private final double[] zeros;
    private final double[][] previousTag;
    private final double[][] previousTwo;
    private final double[][] sentenceBegin;
    private final Map<Context, double[]> shapes = new IdentityHashMap<>();

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
        this.zeros = new double[n];
        this.previousTag = new double[n][];
        this.previousTwo = new double[n * n][];
        for (int a = 0; a < n; a++) {
            previousTag[a] = dense(features.get("t=" + tags[a]));
            for (int b = 0; b < n; b++) {
                previousTwo[a * n + b] = dense(features.get("t2=" + tags[a] + "," + tags[b]));
            }
        }
        this.sentenceBegin = new double[][] {
            dense(features.get("S=begin")), dense(features.get("p1S=begin")), dense(features.get("p2S=begin"))};
        features.forEach((name, feature) -> {
            if (name.startsWith("wc=")) {
                shapes.put(feature, dense(feature));
            }
        });
    }

    /** A feature's weights as a row of one per tag, 0.0 where it names none (all zeros for a feature never seen). */
    private double[] dense(Context feature) {
        if (feature == null) {
            return zeros;
        }
        double[] row = new double[tags.length];
        int[] outcomes = feature.getOutcomes();
        double[] weights = feature.getParameters();
        for (int k = 0; k < outcomes.length; k++) {
            row[outcomes[k]] = weights[k]; // OpenNLP multiplies by the value 1.0 first: the same double
        }
        return row;
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

    /** The tag before a word, as the feature "t=TAG" in a dense row; zeros for no tag (-1). */
    double[] previousTag(int tag) {
        return tag < 0 ? zeros : previousTag[tag];
    }

    /**
     * The two tags before a word, as the feature "t2=TAG2,TAG1" ({@code before} the earlier one) in a dense row; zeros
     * when there are not two (-1).
     */
    double[] previousTwo(int before, int tag) {
        return before < 0 || tag < 0 ? zeros : previousTwo[before * tags.length + tag];
    }

    /** "S=begin", "p1S=begin" or "p2S=begin" in a dense row: the word is the sentence's first, second or third. */
    double[] sentenceBegin(int index) {
        return sentenceBegin[index];
    }

    /** A word's shape feature ("wc=" + shape) in a dense row; zeros for a shape the model never saw (null). */
    double[] shape(Context feature) {
        double[] row = feature == null ? zeros : shapes.get(feature);
        if (row == null) {
            throw new IllegalArgumentException("not one of the model's shape features");
        }
        return row;
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

    /** Adds weights {@code [from, to)} to the sums at their outcomes, as {@link #add(double[], Context)} adds them. */
    static void add(double[] sums, int[] outcomes, double[] weights, int from, int to) {
        for (int k = from; k < to; k++) {
            sums[outcomes[k]] += weights[k];
        }
    }

    /** Adds a dense row of weights to the sums, as {@link #add} adds the feature the row was made from. */
    static void add(double[] sums, double[] row) {
        for (int t = 0; t < sums.length; t++) {
            sums[t] += row[t];
        }
    }

    /**
     * The sums plus the last two features' dense rows ("t=" then "t2="), made their exponentials in place, and their
     * sum in tag order returned, as the end of {@code GISModel.eval} before it divides: one pass adds, takes
     * {@code StrictMath.exp} ({@link StrictExp}'s loop) and sums in tag order. Each exponential divided by the sum is
     * OpenNLP's probability; the beam divides as it picks its threshold ({@code TagBeam.divideAndNote}).
     */
    static double exponentials(double[] sums, double[] previousTag, double[] previousTwo) {
        return StrictExp.exponentials(sums, previousTag, previousTwo); // (sum + t=) + t2=, as added before
    }

    /**
     * The tags that may stand at the word, by tag id, {@code DefaultPOSSequenceValidator}'s rule with the same
     * dictionary; null when every tag may (no dictionary, or the word not in it).
     */
    boolean[] allowed(String word) {
        String[] listed = dictionary == null ? null : dictionary.getTags(word);
        if (listed == null) {
            return null;
        }
        boolean[] allowed = new boolean[tags.length];
        for (int t = 0; t < tags.length; t++) {
            allowed[t] = Arrays.asList(listed).contains(tags[t]);
        }
        return allowed;
    }

    /** Whether tag {@code tag} may stand at the word whose tags {@link #allowed} gave {@code allowed}. */
    static boolean allows(boolean[] allowed, int tag) {
        return allowed == null || allowed[tag];
    }
}
