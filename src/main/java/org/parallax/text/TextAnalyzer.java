package org.parallax.text;

/**
 * Splits a text into sentences by both rules of the {@link SentenceSplitter}, once, into the {@link AnalyzedText}
 * every extractor of an article shares.
 *
 * <p>Thread-safe.
 */
public final class TextAnalyzer {

    private static final class Shared {
        static final TextAnalyzer INSTANCE = new TextAnalyzer(SentenceSplitter.of(SentenceSplitter.Rule.MODEL),
                SentenceSplitter.of(SentenceSplitter.Rule.PUNCTUATION));
    }

    private final SentenceSplitter model;
    private final SentenceSplitter punctuation;

    public TextAnalyzer(SentenceSplitter model, SentenceSplitter punctuation) {
        this.model = model;
        this.punctuation = punctuation;
    }

    /** The analyzer with the bundled abbreviation list, made once. */
    public static TextAnalyzer shared() {
        return Shared.INSTANCE;
    }

    /** The sentences of {@code text} by both rules. */
    public AnalyzedText analyze(String text) {
        return new AnalyzedText(text, model.split(text), punctuation.split(text));
    }
}
