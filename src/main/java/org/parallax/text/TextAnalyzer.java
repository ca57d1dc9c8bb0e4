package org.parallax.text;

/**
 * Analyses a text once into the {@link AnalyzedText} every extractor of an article shares: the sentences of
 * OpenNLP's model up front, other rules' on demand.
 *
 * <p>Thread-safe.
 */
public final class TextAnalyzer {

    private static final class Shared {
        static final TextAnalyzer INSTANCE = new TextAnalyzer(SentenceSplitter.model());
    }

    private final SentenceSplitter model;

    public TextAnalyzer(SentenceSplitter model) {
        this.model = model;
    }

    /** The analyzer with the bundled abbreviation list, made once. */
    public static TextAnalyzer shared() {
        return Shared.INSTANCE;
    }

    public AnalyzedText analyze(String text) {
        return new AnalyzedText(text, model.split(text));
    }
}
