package org.parallax.ui.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.CorpusEventQuotes;
import org.parallax.text.Accents;

/**
 * Finds events, quotes and articles by text: case- and accent-insensitive ("peskov" finds "Peskov", "senor" finds
 * "Señor"), every word of the query must appear (in any order). Events match on their label, quotes on their words
 * and their speaker's name, articles on their title, outlet and text. Built once per corpus (off the FX thread: the
 * text of every article is folded once) and immutable, so searches may run on any worker (a quote's event is read
 * from the corpus's shared events' quotes, made or waited for by the first search that finds a quote, if no worker
 * made them before).
 */
public final class CorpusSearch {

    public static final CorpusSearch EMPTY = of(Corpus.EMPTY);

    /** What a hit is. */
    public enum Kind {
        EVENT("Event"), QUOTE("Quote"), ARTICLE("Article");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One hit.
     *
     * @param text    what to show: the event's label, the quote with its speaker, the article's title
     * @param context where it is from: date and outlets, outlet and date, or the words around the match
     * @param event   the event to select (an event hit, or the event a quote was said in), null if none
     * @param article the article to open, null for an event hit
     * @param span    where in {@code article} to go, null to open it at the top
     */
    public record Hit(Kind kind, String text, String context, Event event, Article article, Span span) {
    }

    private record Entry(String folded, int[] map) {
    }

    private final List<Event> events;
    private final String[] eventText;
    private final List<Quote> quotes;
    private final String[] quoteText;
    private final List<Article> articles;
    private final String[] articleHead;
    private final Entry[] articleBody;
    private final Map<String, Article> articlesById;
    private final Map<String, Event> eventsById;
    /** Read by {@link #find} (on a worker) only when a quote matches: indexing never waits while they are made. */
    private final CorpusEventQuotes eventQuotes;

    private CorpusSearch(Corpus corpus, CorpusEventQuotes eventQuotes) {
        events = corpus.events().stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
        eventText = events.stream().map(e -> fold(e.label())).toArray(String[]::new);
        quotes = corpus.quotes();
        quoteText = quotes.stream().map(q -> fold(q.text() + " " + q.speakerIfKnown().map(s -> s.name()).orElse("")))
                .toArray(String[]::new);
        articles = corpus.articles();
        articleHead = articles.stream().map(a -> fold(a.title() + " " + a.outlet().name())).toArray(String[]::new);
        articleBody = articles.stream().map(a -> folded(a.text())).toArray(Entry[]::new);
        articlesById = corpus.articlesById();
        eventsById = new java.util.HashMap<>();
        corpus.events().forEach(e -> eventsById.put(e.id(), e));
        this.eventQuotes = eventQuotes;
    }

    /** The index of {@code corpus}, its events' quotes made here too (a host that shares none). */
    public static CorpusSearch of(Corpus corpus) {
        return of(corpus, CorpusEventQuotes.of(corpus));
    }

    /** The index of {@code corpus}, reading the events' quotes the window shares (made here if no one has yet). */
    public static CorpusSearch of(Corpus corpus, CorpusEventQuotes eventQuotes) {
        if (eventQuotes.corpus() != corpus) {
            throw new IllegalArgumentException("the events' quotes of another corpus");
        }
        return new CorpusSearch(corpus, eventQuotes);
    }

    /**
     * The hits for {@code query}: events (in date order), then quotes, then articles, at most {@code perKind} of
     * each. A blank query finds nothing.
     */
    public List<Hit> find(String query, int perKind) {
        String[] terms = Arrays.stream(fold(query).split("\\s+")).filter(t -> !t.isEmpty()).toArray(String[]::new);
        List<Hit> hits = new ArrayList<>();
        if (terms.length == 0) {
            return hits;
        }
        int n = 0;
        for (int i = 0; i < events.size() && n < perKind; i++) {
            if (containsAll(eventText[i], terms)) {
                Event e = events.get(i);
                int outlets = Corpus.outletCount(e.mentions().stream().map(m -> articlesById.get(m.articleId()))
                        .filter(a -> a != null).toList());
                hits.add(new Hit(Kind.EVENT, e.label(), TimelineData.dateText(e.date()) + " · "
                        + ArticleLabels.count(outlets, "outlet", "outlets"), e, null, null));
                n++;
            }
        }
        n = 0;
        for (int i = 0; i < quotes.size() && n < perKind; i++) {
            Article a = articlesById.get(quotes.get(i).articleId());
            if (a != null && containsAll(quoteText[i], terms)) {
                Quote q = quotes.get(i);
                Event e = eventQuotes.get().eventOf(q).map(eventsById::get).orElse(null);
                String who = q.speakerIfKnown().map(s -> s.name() + ": ").orElse("");
                hits.add(new Hit(Kind.QUOTE, who + "\u201c" + shorten(q.text(), 140) + "\u201d",
                        a.outlet().displayName() + " · " + ArticleLabels.shortDate(a.published()), e, a, q.span()));
                n++;
            }
        }
        n = 0;
        for (int i = 0; i < articles.size() && n < perKind; i++) {
            Article a = articles.get(i);
            Optional<Span> where = firstMatch(i, terms);
            if (where.isPresent() || inHeadOrBody(i, terms)) {
                String context = where.map(s -> snippet(a.text(), s)).orElse(a.outlet().displayName());
                hits.add(new Hit(Kind.ARTICLE, a.title().isEmpty() ? a.outlet().displayName() : a.title(),
                        context, null, a, where.orElse(null)));
                n++;
            }
        }
        return hits;
    }

    /**
     * Where the query stands in the article's text, when the text holds every term: the whole query where it stands
     * as written, else the first term.
     */
    private Optional<Span> firstMatch(int i, String[] terms) {
        Entry body = articleBody[i];
        if (!containsAll(body.folded(), terms)) {
            return Optional.empty();
        }
        String phrase = String.join(" ", terms);
        int at = body.folded().indexOf(phrase);
        String found = phrase;
        if (at < 0) {
            at = body.folded().indexOf(terms[0]);
            found = terms[0];
        }
        int end = at + found.length() - 1;
        return Optional.of(new Span(articles.get(i).id(), body.map()[at], body.map()[end] + 1));
    }

    private boolean inHeadOrBody(int i, String[] terms) {
        for (String t : terms) {
            if (!articleHead[i].contains(t) && !articleBody[i].folded().contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAll(String text, String[] terms) {
        for (String t : terms) {
            if (!text.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static String snippet(String text, Span s) {
        int from = Math.max(0, s.start() - 50);
        int to = Math.min(text.length(), s.end() + 70);
        while (from > 0 && from < s.start() && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        String cut = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "\u2026" : "") + cut + (to < text.length() ? "\u2026" : "");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "\u2026";
    }

    /** Lower case without accents: "Señor PÉREZ" → "senor perez". */
    public static String fold(String s) {
        return folded(s).folded();
    }

    /** Folds {@code s} character by character, remembering which original character each folded one came from. */
    private static Entry folded(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] map = new int[s.length() + 8];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String f;
            if (c < 0x80) {
                f = String.valueOf(Character.toLowerCase(c));
            } else {
                f = Accents.strip(String.valueOf(c)).toLowerCase(Locale.ROOT);
            }
            for (int k = 0; k < f.length(); k++) {
                if (out.length() == map.length) {
                    map = Arrays.copyOf(map, map.length * 2);
                }
                map[out.length()] = i;
                out.append(f.charAt(k));
            }
        }
        return new Entry(out.toString(), map);
    }
}
