package org.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimKind;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Qualifier;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerFrom;
import org.parallax.model.Story;
import org.parallax.model.Coverage;
import org.parallax.model.Happening;
import org.parallax.model.TimeAnchor;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexMod;
import org.parallax.model.TimexType;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/**
 * Reads the arrays of a model JSON document (its version already checked) into a corpus: articles first,
 * since every span names one of them and must lie inside its text; then one method per kind of object.
 */
final class ModelReader {

    /** Reads one object of an array. */
    private interface ObjectReader<T> {
        T read(DocumentObject o) throws ModelFormatException;
    }

    private final Map<String, Article> articles;

    private ModelReader(Map<String, Article> articles) {
        this.articles = articles;
    }

    static Corpus read(JsonNode root) throws ModelFormatException {
        List<Article> articles = readObjects(root, "articles", ModelReader::article);
        ModelReader r = new ModelReader(articlesById(articles));
        List<TimeMention> timexes = readObjects(root, "timexes", r::timex);
        List<Quote> quotes = readObjects(root, "quotes", r::quote);
        List<Claim> claims = readObjects(root, "claims", r::claim);
        List<Event> events = readObjects(root, "events", r::event);
        List<Story> stories = readObjects(root, "stories", ModelReader::story);
        List<QuoteCluster> clusters = readObjects(root, "quoteClusters", ModelReader::quoteCluster);
        // coverages came after the first documents: absent means none
        List<Coverage> coverages = readObjects(root, "coverages", r::coverage);
        return Corpus.of(articles).withTimexes(timexes).withQuotes(quotes).withClaims(claims).withEvents(events)
                .withStories(stories).withQuoteClusters(clusters).withCoverages(coverages);
    }

    private static <T> List<T> readObjects(JsonNode root, String name, ObjectReader<T> reader)
            throws ModelFormatException {
        return readAll(DocumentObject.items(root, name), reader);
    }

    private static <T> List<T> readAll(List<DocumentObject> objects, ObjectReader<T> reader)
            throws ModelFormatException {
        List<T> out = new ArrayList<>();
        for (DocumentObject o : objects) {
            out.add(reader.read(o));
        }
        return out;
    }

    private static Map<String, Article> articlesById(List<Article> articles) throws ModelFormatException {
        try {
            return Corpus.of(articles).articlesById();
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("articles: " + e.getMessage());
        }
    }

    private static Article article(DocumentObject f) throws ModelFormatException {
        LocalDate published = null;
        String date = f.optText("published");
        if (date != null) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw f.error("published is not a date (yyyy-MM-dd): " + date);
            }
        }
        DateSource from = published == null ? DateSource.UNKNOWN
                : f.enumValue("publishedFrom", DateSource::fromJson);
        return new Article(f.text("id"), f.text("file"), Outlet.of(f.optText("outlet")),
                f.optText("title"), published, from, f.optText("url"), f.text("text"), f.optTexts("removedLines"));
    }

    private TimeMention timex(DocumentObject f) throws ModelFormatException {
        // mod and anchor came after the first documents: absent means none recorded
        TimexMod mod = f.optText("mod") == null ? null : f.enumValue("mod", TimexMod::valueOf);
        TimeAnchor anchor = f.optText("anchor") == null ? null : f.enumValue("anchor", TimeAnchor::fromJson);
        return new TimeMention(f.span(articles), f.text("text"), f.enumValue("type", TimexType::valueOf),
                f.text("value"), mod, anchor);
    }

    private Quote quote(DocumentObject f) throws ModelFormatException {
        String speaker = f.optText("speaker");
        // speakerFrom came after the first documents: absent means not recorded
        SpeakerFrom from = f.optText("speakerFrom") == null ? null : f.enumValue("speakerFrom", SpeakerFrom::fromJson);
        if (from != null && (speaker == null || speaker.isBlank())) {
            throw f.error("speakerFrom needs a speaker");
        }
        return new Quote(f.text("id"), f.span(articles), f.text("text"),
                speaker == null || speaker.isBlank() ? null : new Speaker(speaker),
                f.enumValue("kind", QuoteKind::fromJson), from);
    }

    private Claim claim(DocumentObject f) throws ModelFormatException {
        // qualifier, valueMax, subject and kind came after the first documents: absent means a plain count
        Qualifier qualifier = f.optText("qualifier") == null ? Qualifier.NONE
                : f.enumValue("qualifier", Qualifier::fromJson);
        ClaimKind kind = f.optText("kind") == null ? ClaimKind.COUNT : f.enumValue("kind", ClaimKind::fromJson);
        BigDecimal max = f.optNumber("valueMax");
        if ((qualifier == Qualifier.RANGE) != (max != null)) {
            throw f.error("valueMax is given exactly when qualifier is range");
        }
        return new Claim(f.text("id"), f.span(articles), f.text("text"), f.number("value"), max,
                f.optText("unit"), qualifier, f.optText("subject"), kind);
    }

    private Event event(DocumentObject f) throws ModelFormatException {
        List<Span> mentions = readAll(f.items("mentions"), m -> m.span(articles));
        return new Event(f.text("id"), f.text("label"), f.text("date"), f.optText("story"), mentions,
                f.optBoolean("background"), f.optText("end"), f.optTexts("reasons"));
    }

    private static Story story(DocumentObject f) throws ModelFormatException {
        return new Story(f.text("id"), f.text("label"), f.text("start"), f.text("end"));
    }

    private Coverage coverage(DocumentObject f) throws ModelFormatException {
        List<String> ids = f.optTexts("articles");
        for (String id : ids) {
            if (!articles.containsKey(id)) {
                throw f.error("no article " + id);
            }
        }
        return new Coverage(f.text("id"), f.text("label"), ids, readAll(f.items("happenings"), this::happening));
    }

    private Happening happening(DocumentObject f) throws ModelFormatException {
        List<Span> mentions = readAll(f.items("mentions"), m -> m.span(articles));
        return new Happening(f.text("id"), f.text("label"), f.text("lemma"), f.optText("date"), mentions,
                f.optTexts("events"));
    }

    private static QuoteCluster quoteCluster(DocumentObject f) throws ModelFormatException {
        List<Variant> members = readAll(f.items("members"), ModelReader::variant);
        String speaker = f.optText("speaker");
        return new QuoteCluster(f.text("id"), speaker == null ? null : new Speaker(speaker), members);
    }

    private static Variant variant(DocumentObject m) throws ModelFormatException {
        // a member's speaker came after the first documents: absent means not recorded (the quote's own)
        String credited = m.optText("speaker");
        boolean inherited = m.optBoolean("speakerInherited");
        if (inherited && credited == null) {
            throw m.error("speakerInherited needs a speaker");
        }
        return new Variant(m.text("quote"), m.enumValue("verdict", Verdict::fromJson),
                credited == null ? null : new Speaker(credited), inherited);
    }
}
