package org.parallax.text;

/**
 * Analyses a text once into the {@link AnalysedText} every extractor of an article shares: the sentences of
 * OpenNLP's model up front, other rules' on demand.
 *
 * <p>Thread-safe.
 */
public final class TextAnalyser {

    private static final class Shared {
        static final TextAnalyser INSTANCE = new TextAnalyser(SentenceSplitter.model());
    }

    private final SentenceSplitter model;

    public TextAnalyser(SentenceSplitter model) {
        this.model = model;
    }

    /** The analyser with the bundled abbreviation list, made once. */
    public static TextAnalyser shared() {
        return Shared.INSTANCE;
    }

    public AnalysedText analyse(String text) {
        return new AnalysedText(text, model.split(text));
    }
}
