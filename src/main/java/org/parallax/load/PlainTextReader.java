package org.parallax.load;

/** A .txt file: its decoded text is the article; it carries no metadata of its own. */
final class PlainTextReader extends TextFormatReader {

    @Override
    ReadOutcome read(byte[] bytes, DecodedText decoded, String file, String baseUri) {
        return ReadOutcome.of(RawArticle.text(decoded.text()), decoded.warnings());
    }
}
