package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.parallax.compare.event.EventClusterer.Cluster;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.text.PartsOfSpeech;
import org.parallax.text.SentenceSplitter;

/**
 * Every event's label as a headline read from its merged mentions ({@link HeadlineBuilder}): each of its first
 * {@link #MENTIONS} statements gives one, and the best wins: a named actor, an action other than saying, a place, a
 * short text, and the actor most of the statements share; on a tie the statement the clusterer found most central.
 * A statement that only says who spoke ("..., Kremlin spokesman Dmitry Peskov said on Wednesday.") is read with the
 * rest of its sentence: "Peskov: Putin and Assad meet in Moscow". An event none of whose statements gives a headline
 * keeps its label. Only the labels change: what merged, the dates and the stories stay as they were.
 *
 * <p>The parts of speech come from OpenNLP's tagger, the one model comparison uses, and only here: merging reads the
 * text on punctuation alone.
 */
public final class Headlines {

    /** Statements read per event: a thousand outlets repeating one happening give the same headline. */
    static final int MENTIONS = 8;

    /** The relabelled clusters and each event's headline (by event id; events that kept their label have none). */
    public record Result(List<Cluster> clusters, Map<String, Headline> headlines) {
    }

    /**
     * Tags by the words tagged: the same statement reread (a wire story every outlet carries, the same sentence in
     * several events' mentions) is tagged once; tags depend on the words alone. Events are labelled on every core.
     */
    private final Map<List<String>, String[]> tagged = new ConcurrentHashMap<>();
    private final Map<String, List<Sentence>> sentences = new ConcurrentHashMap<>();

    private record Sentence(int start, int end) {
    }

    public Result label(Corpus corpus, List<Cluster> clusters) {
        return label(Texts.of(corpus), clusters);
    }

    /** As above, what labelling reads of the corpus read already (it needs no event: it can be read beside them). */
    public Result label(Texts texts, List<Cluster> clusters) {
        return labelled(clusters, clusters.parallelStream()
                .map(c -> best(c, texts.articles, texts.timexes, texts.names)).toList());
    }

    /**
     * What labelling reads of a corpus whatever its events: its articles by id, each article's timexes in text order,
     * and how the corpus writes its names ({@link NameForms}, which reads every article: most of this).
     */
    public static final class Texts {
        private final Map<String, Article> articles;
        private final Map<String, Timexes> timexes;
        private final NameForms names;

        private Texts(Map<String, Article> articles, Map<String, Timexes> timexes, NameForms names) {
            this.articles = articles;
            this.timexes = timexes;
            this.names = names;
        }

        public static Texts of(Corpus corpus) {
            Map<String, Timexes> timexes = corpus.timexes().stream().collect(Collectors.groupingBy(
                    t -> t.span().articleId(), Collectors.collectingAndThen(
                            Collectors.mapping(Headlines::range, Collectors.toList()), Timexes::of)));
            return new Texts(corpus.articlesById(), timexes, NameForms.of(corpus.articles()));
        }

        /** The corpus' articles by id, in its order. */
        public Map<String, Article> articles() {
            return articles;
        }
    }

    /**
     * The clusters relabelled with their best headlines ({@code bests}, one per cluster, in their order; an empty one
     * keeps the label): where the Spark job, which reads the headlines on its executors, joins the desktop.
     */
    public static Result labelled(List<Cluster> clusters, List<Headline> bests) {
        List<Cluster> out = new ArrayList<>(clusters.size());
        Map<String, Headline> headlines = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            Headline best = bests.get(i);
            if (best.isEmpty()) {
                out.add(c);
                continue;
            }
            Event e = c.event();
            headlines.put(e.id(), best);
            out.add(new Cluster(new Event(e.id(), best.text(), e.date(), e.storyId(), e.mentions(), e.background(),
                    e.end(), e.reasons()), c.members()));
        }
        return new Result(out, headlines);
    }

    private Headline best(Cluster c, Map<String, Article> articles, Map<String, Timexes> timexes,
                          NameForms alone) {
        List<Headline> read = new ArrayList<>();
        List<Boolean> central = new ArrayList<>();
        Set<Span> centralSpans = central(c);
        for (Span m : read(c)) {
            Article a = articles.get(m.articleId());
            if (a == null) {
                continue;
            }
            read.add(headline(a, m, timexes.getOrDefault(a.id(), Timexes.NONE), alone));
            central.add(centralSpans.contains(m));
        }
        return best(read, central);
    }

    /** The statements an event's headline is read from: its first {@link #MENTIONS}. */
    public static List<Span> read(Cluster c) {
        List<Span> mentions = c.event().mentions();
        return mentions.subList(0, Math.min(MENTIONS, mentions.size()));
    }

    /** The mentions of the statements the clusterer found most central (those giving the event's label). */
    public static Set<Span> central(Cluster c) {
        String centralLabel = c.event().label();
        Set<Span> centralSpans = new HashSet<>();
        c.members().stream().filter(m -> m.label().equals(centralLabel)).forEach(m -> centralSpans.add(m.mention()));
        return centralSpans;
    }

    /**
     * The best of the headlines read from an event's statements, in their order, each with whether its statement is
     * central; {@link Headline#NONE} when none gave one.
     */
    public static Headline best(List<Headline> read, List<Boolean> central) {
        Map<String, Long> actors = read.stream().filter(h -> !h.actor().isEmpty())
                .collect(Collectors.groupingBy(Headline::actor, Collectors.counting()));
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < read.size(); i++) {
            Headline h = read.get(i);
            if (h.isEmpty()) {
                continue;
            }
            double score = h.quality() + 0.5 * (actors.getOrDefault(h.actor(), 1L) - 1) + (central.get(i) ? 0.25 : 0);
            if (best < 0 || score > bestScore + 1e-9
                    || Math.abs(score - bestScore) <= 1e-9 && h.text().length() < read.get(best).text().length()) {
                best = i;
                bestScore = score;
            }
        }
        return best < 0 ? Headline.NONE : read.get(best);
    }

    /**
     * The headline of statement {@code m} of article {@code a}, whose timexes are {@code timexes}: what the desktop
     * reads per statement, for the Spark job's executors (one instance per task: it caches tags).
     */
    public Headline read(Article a, List<TimeMention> timexes, Span m, NameForms alone) {
        return headline(a, m, Timexes.of(timexes.stream().map(Headlines::range).toList()), alone);
    }

    /** The headline of one statement; a bare "X said" is read with what its sentence says before it. */
    Headline headline(Article a, Span m, Timexes articleTimexes, NameForms alone) {
        String text = a.text();
        List<int[]> timexes = articleTimexes.overlapping(m.start(), m.end());
        int dateAt = timexes.stream().filter(t -> t[0] >= m.start() && t[1] <= m.end()).mapToInt(t -> t[0]).min()
                .orElse(-1);
        Headline h = HeadlineBuilder.of(TaggedWords.of(this::tags, text, m.start(), m.end(), timexes), alone, dateAt);
        if (!h.cue() || !h.isEmpty()) {
            return h;
        }
        Sentence s = sentenceOf(a, m.start());
        if (s == null || s.start() >= m.start()) {
            return h;
        }
        Headline said = HeadlineBuilder.of(TaggedWords.of(this::tags, text, s.start(), m.start(),
                articleTimexes.overlapping(s.start(), m.start())), alone);
        if (said.isEmpty() || said.cue()) {
            return h;
        }
        String both = h.nameActor() ? h.actor() + ": " + said.text() : said.text();
        return new Headline(both, said.actor(), said.nameActor(), false, said.names(), said.place(), said.complete());
    }

    /**
     * An article's timexes in text order, so that a statement looks at its own, not at every timex of a long article
     * once per word (the square of an article's length when it has many).
     */
    record Timexes(List<int[]> sorted, int longest) {
        static final Timexes NONE = new Timexes(List.of(), 0);

        static Timexes of(List<int[]> ranges) {
            List<int[]> sorted = new ArrayList<>(ranges);
            sorted.sort(java.util.Comparator.comparingInt((int[] t) -> t[0]).thenComparingInt(t -> t[1]));
            return new Timexes(sorted, sorted.stream().mapToInt(t -> t[1] - t[0]).max().orElse(0));
        }

        /** Those overlapping {@code [from, to)}, in text order. */
        List<int[]> overlapping(int from, int to) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) { // the first timex starting at or after `to`
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid)[0] < to) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            List<int[]> out = new ArrayList<>();
            for (int i = lo - 1; i >= 0 && sorted.get(i)[0] + longest > from; i--) { // none earlier can reach `from`
                if (from < sorted.get(i)[1]) {
                    out.add(sorted.get(i));
                }
            }
            java.util.Collections.reverse(out);
            return out;
        }
    }

    private String[] tags(String[] words) {
        return tagged.computeIfAbsent(List.of(words), k -> PartsOfSpeech.ofThisThread().tag(words)).clone();
    }

    private Sentence sentenceOf(Article a, int at) {
        List<Sentence> list = sentences.computeIfAbsent(a.id(), k -> SentenceSplitter.punctuation().split(a.text())
                .stream().map(s -> new Sentence(s.start(), s.end())).toList());
        for (Sentence s : list) {
            if (s.start() <= at && at < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static int[] range(TimeMention t) {
        return new int[] {t.span().start(), t.span().end()};
    }
}
