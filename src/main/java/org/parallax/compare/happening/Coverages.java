package org.parallax.compare.happening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.parallax.compare.event.Words;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Coverage;
import org.parallax.model.Event;
import org.parallax.model.Happening;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;
import java.time.LocalDate;

/**
 * What happened in each story and which outlets said it, dated or not: the articles grouped by the rare names they
 * share ({@link ArticleStories}), and in each group the happening words of every sentence ({@link HappeningWords})
 * grouped by synonym class. Words of one class whose sentences the timeline dates differently are kept apart (the
 * quake of Tuesday and last year's quake); a word in no dated statement joins its class' most mentioned date, or
 * stays undated when the class has none. A happening said only once is left out: it tells no reader who else said it.
 * The timeline's events are not changed: a happening only names the events whose statements hold its words.
 */
public final class Coverages {

    private Coverages() {
    }

    /** The corpus' coverages (its events already built), in the order of their first article. */
    public static List<Coverage> of(Corpus corpus) {
        return of(corpus, false);
    }

    /**
     * As {@link #of(Corpus)}; {@code tagEverySentence}: every article's happening words read, whatever classes its
     * story shares (the sentences that cannot tell a happening tagged too), to check that the skip changes nothing.
     */
    static List<Coverage> of(Corpus corpus, boolean tagEverySentence) {
        // each article split into sentences once, for its names and its happening words
        List<ArticleSentences> split = new ArrayList<>(corpus.articles().size());
        ArticleStories.Result stories = stories(corpus.articles(), split);
        Map<String, Integer> storyOf = stories.storyOf();
        Map<Integer, List<Article>> byStory = new LinkedHashMap<>();
        Map<Integer, List<ArticleSentences>> sentencesByStory = new HashMap<>();
        for (int i = 0; i < corpus.articles().size(); i++) {
            Article a = corpus.articles().get(i);
            Integer story = storyOf.get(a.id());
            byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(a);
            sentencesByStory.computeIfAbsent(story, k -> new ArrayList<>()).add(split.get(i));
        }
        EventsOfWords events = new EventsOfWords(corpus.events());
        List<List<Article>> all = List.copyOf(byStory.values());
        List<List<ArticleSentences>> sentences = byStory.keySet().stream().map(sentencesByStory::get).toList();
        Map<String, List<HappeningWords.Word>> every = tagEverySentence
                ? byArticle(corpus.articles(), a -> HappeningWords.of(a.text()))
                : Map.of();
        // each story's happenings on every core, numbered afterwards in story order as one thread would number them
        List<List<Happening>> told = StoryWork.each(all.stream().mapToInt(List::size).toArray(), (s, alone) -> {
            List<Article> story = all.get(s);
            List<List<HappeningWords.Word>> words = tagEverySentence
                    ? story.stream().map(a -> every.get(a.id())).toList()
                    : storyWords(story, sentences.get(s), alone);
            return happenings(story, words, events);
        });
        List<Coverage> out = new ArrayList<>();
        int number = 0;
        for (int s = 0; s < all.size(); s++) {
            List<Happening> happenings = new ArrayList<>();
            for (Happening h : told.get(s)) {
                happenings.add(new Happening("h" + (++number), h.label(), h.lemma(), h.date(), h.mentions(),
                        h.eventIds()));
            }
            out.add(new Coverage("c" + (out.size() + 1), stories.labels().get(out.size()),
                    all.get(s).stream().map(Article::id).toList(), happenings));
        }
        return out;
    }

    /**
     * The articles' stories, each article's sentences added to {@code split} (in article order): each article's chars
     * copied once for its sentences and its names, on every core; its names are dropped once the stories are known.
     */
    private static ArticleStories.Result stories(List<Article> articles, List<ArticleSentences> split) {
        List<ArticleStories.Reading> read = articles.parallelStream().map(a -> ArticleStories.Reading.of(a.text()))
                .toList();
        read.forEach(r -> split.add(r.sentences()));
        return ArticleStories.group(articles, read.stream().map(ArticleStories.Reading::names).toList());
    }

    /**
     * The happening words of a story's articles, in its order: those of the classes two or more of them may hold
     * ({@code everyCore}: its articles read on every core, for a story worked on alone). A happening told in one
     * article is left out, so only the words of a synonym class that another article of the story may also hold can
     * be part of one (the classes of the words that may name a happening are known before tagging): an article alone
     * in its story is not read, and of the others only those words are given, a sentence tagged only when one of them
     * needs its tag and its class may still be held by another article ({@link StoryWords}). The happenings are the
     * same, in the same order: each word left out is of a class no other article of its story holds, whose happenings
     * all go. Each article is read once for both its classes and its words ({@code sentences}: each article's, split
     * when its names were read), and only the readings of the stories in work are held.
     */
    private static List<List<HappeningWords.Word>> storyWords(List<Article> story, List<ArticleSentences> sentences,
                                                             boolean everyCore) {
        if (story.size() < 2) {
            return story.stream().map(a -> List.<HappeningWords.Word>of()).toList();
        }
        IntStream articles = IntStream.range(0, story.size());
        List<HappeningText> read = (everyCore ? articles.parallel() : articles)
                .mapToObj(i -> HappeningText.read(story.get(i).text(), sentences.get(i))).toList();
        return StoryWords.of(read, everyCore);
    }

    /** What {@code read} gives of each article, by article id, read on every core (tagging is most of the work). */
    private static <T> Map<String, T> byArticle(List<Article> all, Function<Article, T> read) {
        List<T> got = all.parallelStream().map(read).toList();
        Map<String, T> out = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            out.put(all.get(i).id(), got.get(i));
        }
        return out;
    }

    /**
     * A story's happenings ({@code words}: each article's happening words, in the story's order), numbered from h1 in
     * the story: {@link #of} numbers them again across the stories.
     */
    private static List<Happening> happenings(List<Article> articles, List<List<HappeningWords.Word>> words,
                                              EventsOfWords events) {
        Map<String, List<Placed>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            List<Object[]> statements = events.of(a.id());
            for (HappeningWords.Word w : words.get(i)) {
                Span span = new Span(a.id(), w.start(), w.end());
                byClass.computeIfAbsent(w.lemma(), k -> new ArrayList<>())
                        .add(new Placed(span, w.text(), EventsOfWords.at(statements, span)));
            }
        }
        List<List<Placed>> groups = new ArrayList<>();
        Map<String, LocalDate> published = new HashMap<>();
        articles.forEach(a -> published.put(a.id(), a.published()));
        byClass.values().forEach(placed -> groups.addAll(byDate(placed, published)));
        // told in one article only, it tells no reader who else said it
        groups.removeIf(Coverages::toldInOneArticle);
        groups.sort(Comparator.comparingInt((List<Placed> g) -> -g.size()));
        List<Happening> out = new ArrayList<>();
        for (List<Placed> g : groups) {
            out.add(happening("h" + (out.size() + 1), g));
        }
        return out;
    }

    /**
     * Whether a group's words all lie in one article (or it has none): counted as the distinct articles of its words,
     * a set of every word's article id, fewer than two.
     */
    static boolean toldInOneArticle(List<Placed> group) {
        for (Placed p : group) {
            if (!p.span().articleId().equals(group.get(0).span().articleId())) {
                return false;
            }
        }
        return true;
    }

    /** Days apart at which two dates of one class tell two happenings: a week covers a report's "last week". */
    static final int APART_DAYS = 7;

    /**
     * A class' words split where the timeline's dates disagree: dated words in date order, a new happening where a
     * date begins more than {@link #APART_DAYS} after the last day of those before it (a year holds its days, so
     * "2011" agrees with "2011-08-10"). Words no statement dates join, of the dates that begin before their article
     * was published (a report tells nothing that happened after it), the nearest before it, the most mentioned on a
     * tie (any, for an undated article), or stay on their own when there are none. {@code published} gives each
     * article's publication day (absent: not known).
     */
    static List<List<Placed>> byDate(List<Placed> words, Map<String, LocalDate> published) {
        List<Placed> undated = new ArrayList<>();
        List<Object[]> dated = new ArrayList<>();
        for (Placed p : words) {
            TimexValue v = p.event() == null ? null : TimexValue.parse(p.event().date()).orElse(null);
            if (v == null) {
                undated.add(p);
            } else {
                dated.add(new Object[] {v, p});
            }
        }
        dated.sort(Comparator.comparing((Object[] o) -> ((TimexValue) o[0]).first()));
        List<List<Placed>> out = new ArrayList<>();
        List<LocalDate> firsts = new ArrayList<>();
        LocalDate last = null;
        for (Object[] o : dated) {
            TimexValue v = (TimexValue) o[0];
            if (last == null || v.first().isAfter(last.plusDays(APART_DAYS))) {
                out.add(new ArrayList<>());
                firsts.add(v.first());
            }
            out.get(out.size() - 1).add((Placed) o[1]);
            last = last == null || v.last().isAfter(last) ? v.last() : last;
        }
        if (out.isEmpty()) {
            out.add(undated);
            return out;
        }
        int[] sizes = out.stream().mapToInt(List::size).toArray();
        List<LocalDate> lasts = out.stream().map(g -> g.stream().map(p -> TimexValue.parse(p.event().date())
                .orElseThrow().last()).max(Comparator.naturalOrder()).orElseThrow()).toList();
        List<Placed> alone = new ArrayList<>();
        for (Placed p : undated) {
            LocalDate pub = published.get(p.span().articleId());
            int into = -1;
            long nearest = Long.MAX_VALUE;
            for (int g = 0; g < out.size(); g++) {
                if (pub != null && firsts.get(g).isAfter(pub)) {
                    continue;
                }
                // the happening nearest before the report, the most told on a tie (all alike without a date)
                long gap = pub == null ? 0 : Math.max(0, pub.toEpochDay() - lasts.get(g).toEpochDay());
                if (gap < nearest || gap == nearest && sizes[g] > sizes[into]) {
                    into = g;
                    nearest = gap;
                }
            }
            (into < 0 ? alone : out.get(into)).add(p);
        }
        if (!alone.isEmpty()) {
            out.add(alone);
        }
        return out;
    }

    private static Happening happening(String id, List<Placed> words) {
        words.sort(Comparator.comparing(Placed::span));
        Map<String, Integer> forms = forms(words);
        String label = forms.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        String date = date(words);
        List<String> eventIds = words.stream().filter(p -> p.event() != null).map(p -> p.event().id()).distinct()
                .toList();
        return new Happening(id, label, Words.lemma(words.get(0).text()), date,
                words.stream().map(Placed::span).toList(), eventIds);
    }

    /**
     * How often each normal form ({@link Words#normalise}) of the words is written: the words counted as written
     * first, then each written form normalised once (a word is one string however often its story writes it, {@link
     * HappeningLexicon}), where each word was normalised.
     */
    static Map<String, Integer> forms(List<Placed> words) {
        Map<String, Integer> written = new HashMap<>();
        words.forEach(p -> written.merge(p.text(), 1, Integer::sum));
        Map<String, Integer> forms = new HashMap<>();
        written.forEach((text, n) -> forms.merge(Words.normalise(text), n, Integer::sum));
        return forms;
    }

    /**
     * The date of a happening's words: of their events' dates, the finest, then the most frequent, then the earliest
     * (as an event takes its statements' date); null when no event holds them.
     */
    private static String date(List<Placed> words) {
        Map<String, Integer> count = new HashMap<>();
        words.stream().filter(p -> p.event() != null).forEach(p -> count.merge(p.event().date(), 1, Integer::sum));
        return count.keySet().stream().map(v -> TimexValue.parse(v).orElse(null)).filter(java.util.Objects::nonNull)
                .max(Comparator.comparing(TimexValue::precision)
                        .thenComparing(v -> count.get(v.value()))
                        .thenComparing(TimexValue::first, Comparator.reverseOrder()))
                .map(TimexValue::value).orElse(null);
    }

    /** A happening word where it lies, as written, and the timeline's event whose statement holds it (or null). */
    record Placed(Span span, String text, Event event) {
    }

    /** The timeline's event whose statement holds a word: the one with the shortest such statement. */
    private static final class EventsOfWords {
        private final Map<String, List<Object[]>> byArticle = new HashMap<>();

        EventsOfWords(List<Event> events) {
            for (Event e : events) {
                for (Span s : e.mentions()) {
                    byArticle.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(new Object[] {s, e});
                }
            }
        }

        /** The spans of the statements of an article's events, each with its event: asked once per article. */
        List<Object[]> of(String articleId) {
            return byArticle.getOrDefault(articleId, List.of());
        }

        /** The event of {@code statements} (an article's, {@link #of}) whose statement holds a word. */
        static Event at(List<Object[]> statements, Span word) {
            Event best = null;
            int shortest = Integer.MAX_VALUE;
            for (Object[] o : statements) {
                Span s = (Span) o[0];
                if (s.contains(word) && s.length() < shortest) {
                    best = (Event) o[1];
                    shortest = s.length();
                }
            }
            return best;
        }
    }
}
