package org.parallax.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A news-please article (one JSON object per file): {@code title}, {@code maintext} (else {@code description}),
 * {@code date_publish} ("2015-10-21 08:30:00"), {@code url}, and the outlet from {@code outlet} or
 * {@code site_name}, else {@code source_domain} (a domain names an outlet better than nothing does).
 */
final class NewsPleaseReader extends TextFormatReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    ReadOutcome read(byte[] bytes, DecodedText decoded, String file, String baseUri) {
        JsonNode root;
        try {
            root = MAPPER.readTree(decoded.text());
        } catch (JsonProcessingException e) {
            return ReadOutcome.skipped(JsonErrors.warning(file, e, "skipped")).after(decoded.warnings());
        }
        if (root == null || !root.isObject()) {
            return ReadOutcome.skipped(LoadWarning.of(file, "not a news-please article (the JSON is "
                    + kind(root) + ", not an object); skipped")).after(decoded.warnings());
        }
        return readArticle(root, file).after(decoded.warnings());
    }

    private static ReadOutcome readArticle(JsonNode root, String file) {
        List<LoadWarning> warnings = new ArrayList<>();
        String body = text(root, "maintext");
        if (body.isBlank()) {
            body = text(root, "description");
            if (body.isBlank()) {
                return ReadOutcome.skipped(LoadWarning.of(file,
                        "not a news-please article (no \"maintext\" or \"description\"); skipped"));
            }
            warnings.add(LoadWarning.of(file, "no \"maintext\"; used its \"description\" instead"));
        }
        LocalDate published = null;
        String date = text(root, "date_publish");
        if (!date.isBlank()) {
            published = PublishedDates.parse(date).orElse(null);
            if (published == null) {
                warnings.add(LoadWarning.of(file, "\"date_publish\" \"" + date + "\" is not a date; left undated"));
            }
        }
        String outlet = firstNonBlank(text(root, "outlet"), text(root, "site_name"), domain(text(root, "source_domain")));
        RawArticle article = new RawArticle(text(root, "title"), outlet, published, text(root, "url"),
                TextNormaliser.normalise(paragraphsFromLines(body)));
        return ReadOutcome.of(article, warnings);
    }

    /** news-please puts one paragraph per line; the cleaner expects blank lines between paragraphs. */
    private static String paragraphsFromLines(String maintext) {
        return maintext.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n != null && n.isTextual() ? TextNormaliser.normalise(n.asText()).strip() : "";
    }

    private static String domain(String sourceDomain) {
        String d = sourceDomain.toLowerCase(Locale.ROOT);
        return d.startsWith("www.") ? d.substring(4) : d;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "empty";
        }
        return n.isArray() ? "an array" : "a single value";
    }
}
