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
 * since every span names one of them and must lie inside its text; then one object at a time of the other arrays
 * ({@link #add}), whole from a tree ({@link #read}) or item by item as a stream gives them ({@link ModelStream}); one
 * method per kind of object.
 */
final class ModelReader {

    /** The arrays read after the articles, in the order a corpus is assembled (and the writer writes them). */
    static final List<String> ARRAYS = List.of("timexes", "quotes", "claims", "events", "stories", "quoteClusters",
            "coverages");

    /** Reads one object of an array. */
    interface ObjectReader<T> {
        T read(DocumentObject o) throws ModelFormatException;
    }

    private final List<Article> articleList;
    private final Map<String, Article> articles;
    private final List<TimeMention> timexes = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Story> stories = new ArrayList<>();
    private final List<QuoteCluster> clusters = new ArrayList<>();
    private final List<Coverage> coverages = new ArrayList<>();

    private ModelReader(List<Article> articles) throws ModelFormatException {
        this.articleList = articles;
        this.articles = articlesById(articles);
    }

    static Corpus read(JsonNode root) throws ModelFormatException {
        ModelReader r = new ModelReader(readAll(DocumentObject.items(root, "articles"), ModelReader::article));
        for (String array : ARRAYS) {
            for (DocumentObject o : DocumentObject.items(root, array)) {
                r.add(array, o);
            }
        }
        return r.corpus();
    }

    /** A reader of the objects that name {@code articles}. */
    static ModelReader of(List<Article> articles) throws ModelFormatException {
        return new ModelReader(articles);
    }

    /** Reads one object of {@code array} (one of {@link #ARRAYS}). */
    void add(String array, DocumentObject o) throws ModelFormatException {
        switch (array) {
            case "timexes" -> timexes.add(timex(o));
            case "quotes" -> quotes.add(quote(o));
            case "claims" -> claims.add(claim(o));
            case "events" -> events.add(event(o));
            case "stories" -> stories.add(story(o));
            case "quoteClusters" -> clusters.add(quoteCluster(o));
            case "coverages" -> coverages.add(coverage(o)); // came after the first documents: absent means none
            default -> throw new IllegalArgumentException("not an array of the model: " + array);
        }
    }

    /** The corpus of everything read so far. */
    Corpus corpus() {
        return Corpus.of(articleList).withTimexes(timexes).withQuotes(quotes).withClaims(claims).withEvents(events)
                .withStories(stories).withQuoteClusters(clusters).withCoverages(coverages);
    }

    static <T> List<T> readAll(List<DocumentObject> objects, ObjectReader<T> reader) throws ModelFormatException {
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

    static Article article(DocumentObject f) throws ModelFormatException {
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
