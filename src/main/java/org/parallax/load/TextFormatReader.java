package org.parallax.load;

/**
 * A reader of a text-based format: decodes the bytes first, so a refused file (binary, empty, undecodable)
 * never reaches the format's own parser, and each format only says what is particular to it.
 */
abstract class TextFormatReader implements ArticleReader {

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public final ReadOutcome read(byte[] bytes, String file, String baseUri) {
        DecodedText decoded = decoder.decode(bytes, file);
        return decoded.isRefused() ? ReadOutcome.skipped(decoded.warnings()) : read(bytes, decoded, file, baseUri);
    }

    /** Reads a file whose bytes decoded to text; {@code decoded}'s warnings are still to be reported. */
    abstract ReadOutcome read(byte[] bytes, DecodedText decoded, String file, String baseUri);
}
