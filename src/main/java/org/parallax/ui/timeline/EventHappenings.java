package org.parallax.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Happening;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.CorpusLookup;

/**
 * The event detail's "what happened, and who told it": the coverages' happenings (decision 0028) whose events hold
 * the selected one, each with the outlets that told it, and apart those of articles the timeline could not date (no
 * event of the timeline comes from them: most have no publication date), and the sentences that tell it beyond the
 * event's own.
 * Plain Java, so it is tested without a window.
 */
final class EventHappenings {

    /** The corpus's articles, the articles the timeline holds an event of, the happenings of each event. */
    private final CorpusLookup lookup;
    private final Map<String, Article> articles;
    /** Each article's sentences, split when a line first needs them (as the coverage read them: punctuation). */
    private final Map<String, List<Sentence>> sentences = new HashMap<>();

    private EventHappenings(CorpusLookup lookup) {
        this.lookup = lookup;
        this.articles = lookup.articles();
    }

    /** Reads the corpus's lookup (made off the FX thread): builds nothing. */
    static EventHappenings of(CorpusLookup lookup) {
        return new EventHappenings(lookup);
    }

    /** As {@link #of(CorpusLookup)}, the lookup made on the calling thread. */
    static EventHappenings of(Corpus corpus) {
        return of(CorpusLookup.of(corpus));
    }

    /**
     * The happenings of {@code event}, most told first (articles, then outlets, then words); one told only in the
     * event's own sentences is left out, as it says nothing the sentences above it do not.
     */
    List<Told> of(Event event) {
        List<Told> told = new ArrayList<>();
        for (Happening h : lookup.happeningsOf(event.id())) {
            List<Span> elsewhere = h.mentions().stream()
                    .filter(m -> articles.containsKey(m.articleId()) && !inAny(m, event.mentions())).toList();
            if (!elsewhere.isEmpty()) {
                told.add(told(h, elsewhere));
            }
        }
        told.sort(Comparator.comparingInt((Told t) -> -t.articles()).thenComparingLong(t -> -t.outlets())
                .thenComparingInt(t -> -t.happening().mentions().size()));
        return told;
    }

    private Told told(Happening h, List<Span> elsewhere) {
        Map<String, Boolean> datedById = new LinkedHashMap<>();
        for (Span m : h.mentions()) {
            if (articles.containsKey(m.articleId())) {
                datedById.put(m.articleId(), lookup.onTimeline(m.articleId()));
            }
        }
        List<Span> lines = elsewhere.stream().sorted(Comparator.comparing((Span m) -> !datedById.get(m.articleId()))
                .thenComparing(m -> articles.get(m.articleId()).published(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Span::articleId).thenComparingInt(Span::start)).toList();
        return new Told(h, tellers(datedById, true), tellers(datedById, false), lines);
    }

    /** The outlets of the articles whose telling is (or is not) dated, with their count, earliest first. */
    private List<Teller> tellers(Map<String, Boolean> datedById, boolean dated) {
        Map<Outlet, Integer> count = new LinkedHashMap<>();
        datedById.entrySet().stream().filter(e -> e.getValue() == dated).map(e -> articles.get(e.getKey()))
                .sorted(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> count.merge(a.outlet(), 1, Integer::sum));
        return count.entrySet().stream().map(e -> new Teller(e.getKey(), e.getValue())).toList();
    }

    private static boolean inAny(Span word, List<Span> statements) {
        return statements.stream().anyMatch(s -> s.contains(word));
    }

    /**
     * The sentence of its article that holds {@code word} (what a line opens, as an event's sentence opens), deduced
     * as the coverage read it; the word itself when the text gives no sentence around it.
     */
    Span sentence(Span word) {
        Article a = articles.get(word.articleId());
        if (a == null) {
            return word;
        }
        List<Sentence> split = sentences.computeIfAbsent(a.id(), id -> SentenceSplitter.punctuation().split(a.text()));
        return split.stream().filter(s -> s.start() <= word.start() && word.end() <= s.end()).findFirst()
                .map(s -> new Span(a.id(), s.start(), s.end())).orElse(word);
    }

    /** The sentences that tell {@code told} beyond the event's own, each once, in the order of its lines. */
    List<Span> sentences(Told told) {
        return told.elsewhere().stream().map(this::sentence).distinct().toList();
    }

    Optional<Article> article(Span span) {
        return Optional.ofNullable(articles.get(span.articleId()));
    }

    /** An outlet that told a happening, and in how many articles. */
    record Teller(Outlet outlet, int articles) {
    }

    /**
     * One happening the event holds, as told: the outlets whose telling the timeline dates, those whose telling it
     * could not, and its words outside the event's own sentences (dated tellers' first, earliest publication first).
     */
    record Told(Happening happening, List<Teller> dated, List<Teller> undated, List<Span> elsewhere) {

        String word() {
            return happening.label();
        }

        int articles() {
            return dated.stream().mapToInt(Teller::articles).sum() + undated.stream().mapToInt(Teller::articles).sum();
        }

        long outlets() {
            return Stream.concat(dated.stream(), undated.stream()).map(Teller::outlet).distinct()
                    .count();
        }

        /** "Valley Ledger (2) and Evening Herald · 3 articles", or empty when only undated articles tell it. */
        String datedText() {
            return text(dated);
        }

        /** "also told without a date by Capital Post · 1 article", or empty when the timeline dates every telling. */
        String undatedText() {
            return undated.isEmpty() ? "" : (dated.isEmpty() ? "told only without a date by " : "also told without a"
                    + " date by ") + text(undated);
        }

        private static String text(List<Teller> tellers) {
            if (tellers.isEmpty()) {
                return "";
            }
            int articles = tellers.stream().mapToInt(Teller::articles).sum();
            return names(tellers.stream().map(t -> t.outlet().displayName() + (t.articles() > 1 ? " (" + t.articles()
                    + ")" : "")).toList()) + " \u00b7 "
                    + ArticleLabels.count(articles, "article", "articles");
        }
    }

    /** "A", "A and B", "A, B and C". */
    static String names(List<String> names) {
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
