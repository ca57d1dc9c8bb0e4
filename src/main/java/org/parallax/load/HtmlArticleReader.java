package org.parallax.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An .html/.htm page: jsoup parses it (leniently: an unclosed or truncated page still reads), {@link HtmlMetadata}
 * gives title, outlet, date and address, and {@link HtmlMainText} the article's paragraphs.
 */
final class HtmlArticleReader extends TextFormatReader {

    @Override
    ReadOutcome read(byte[] bytes, DecodedText decoded, String file, String baseUri) {
        List<LoadWarning> warnings = new ArrayList<>();
        Document page = parse(bytes, decoded, baseUri, warnings);

        HtmlMetadata meta = new HtmlMetadata(page);
        List<String> unreadableDates = new ArrayList<>();
        LocalDate published = meta.published(unreadableDates).orElse(null);
        if (published == null && !unreadableDates.isEmpty()) {
            warnings.add(LoadWarning.of(file, "its published date \"" + unreadableDates.get(0)
                    + "\" is not an ISO date; left undated"));
        }
        HtmlMainText.Result main = new HtmlMainText().extract(page);
        if (main.paragraphs().isEmpty()) {
            warnings.add(LoadWarning.of(file, "no article text in this page; skipped"));
            return ReadOutcome.skipped(warnings);
        }
        if (!main.found()) {
            warnings.add(LoadWarning.of(file, "no <article> or paragraphs in this page; read all of its text"));
        }
        RawArticle article = new RawArticle(clean(meta.title()), clean(meta.outlet()), published, meta.url(),
                TextNormaliser.normalise(String.join("\n\n", main.paragraphs())));
        return ReadOutcome.of(article, warnings);
    }

    /**
     * Our decoding wins unless it had to guess (the bytes were not UTF-8): then a charset the page declares in
     * its meta tag is better evidence than our Windows-1252 guess.
     */
    private static Document parse(byte[] bytes, DecodedText decoded, String baseUri, List<LoadWarning> warnings) {
        if (decoded.guessed()) {
            Document declared = parseBytes(bytes, null, baseUri);
            Charset charset = declared.charset();
            if (!charset.equals(StandardCharsets.UTF_8)) {
                // Browsers read the labels ISO-8859-1 and ASCII as Windows-1252 (WHATWG Encoding); so do we.
                if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
                    return parseBytes(bytes, TextDecoder.WINDOWS_1252.name(), baseUri);
                }
                return declared;
            }
        }
        warnings.addAll(decoded.warnings());
        return Jsoup.parse(decoded.text(), baseUri);
    }

    private static Document parseBytes(byte[] bytes, String charset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on an in-memory stream
        }
    }

    private static String clean(String metadataText) {
        return TextNormaliser.normalise(metadataText).strip();
    }
}
