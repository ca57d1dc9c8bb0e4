package org.parallax.load;

/** A .txt file: its decoded text is the article; it carries no metadata of its own. */
final class PlainTextReader implements ArticleReader {

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public ReadOutcome read(byte[] bytes, String file, String baseUri) {
        DecodedText decoded = decoder.decode(bytes, file);
        if (decoded.isRefused()) {
            return ReadOutcome.skipped(decoded.warnings());
        }
        return ReadOutcome.of(RawArticle.text(decoded.text()), decoded.warnings());
    }
}
