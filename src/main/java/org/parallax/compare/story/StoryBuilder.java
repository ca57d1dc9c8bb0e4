package org.parallax.compare.story;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.parallax.compare.event.Candidate;
import org.parallax.compare.event.EventClusterer.Cluster;
import org.parallax.compare.event.EventRules;
import org.parallax.compare.event.Headline;
import org.parallax.compare.event.Headlines;
import org.parallax.compare.event.Words;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.Story;
import org.parallax.model.TimePrecision;
import org.parallax.model.TimexValue;

/**
 * Groups events into stories (episodes) by time and content.
 *
 * <p>Reported (not background) events are taken in date order. An event joins the current story when it starts at
 * most {@link #GAP_DAYS} days after the story's last day and shares an article or a name (participant, place) with
 * it; or, up to {@link #LINKED_GAP_DAYS} days after, when at least half of the articles that state it also state the
 * story. Otherwise it starts a new story. A story needs at least two events; an event left alone, and every
 * background event, belongs to no story.
 *
 * <p>The label names the story's place, what happened when half its events share a predicate head, and its month
 * (its year or decade when its events give no finer date): "Sochi talks, November 2017", "Moscow, October 2015". The place is the capitalised phrase most
 * often written after "in", "to", "at", "from", "into", "of", "visit(ed)" in the story's statements, each use
 * weighted by how rare the phrase is across the corpus's articles ({@code ln(1 + articles / articles naming it)},
 * an article naming it when one of its dated statements has the phrase's last word), so "Sochi" beats "Russia" in
 * a corpus where every article names Russia. Linear: the counts come from the statements' terms, not the texts. Without a place,
 * the name its events' headlines give most, as they write it; without one, the headline of its most reported event.
 * The span runs from the first event's date to the last one's.
 */
public final class StoryBuilder {

    public static final int GAP_DAYS = 14;
    public static final int LINKED_GAP_DAYS = 45;

    /** The words a place is written after ("in Moscow", "visited the Kremlin"). */
    private static final List<String> PLACE_WORDS = List.of("in", "to", "at", "from", "into", "of", "visit", "visited",
            "visiting", "near", "outside");
    static final Pattern PLACE = Pattern.compile(
            "\\b(?:" + String.join("|", PLACE_WORDS) + ")\\s+(?:the\\s+)?"
                    + "((?:\\p{Lu}[\\p{L}'’\\-]++)(?:\\s+\\p{Lu}[\\p{L}'’\\-]++)*+)"); // possessive: linear
    /** Whether two ASCII chars ({@code first << 7 | second}) begin one of {@link #PLACE_WORDS}: where a match starts. */
    private static final boolean[] PLACE_WORD_STARTS = new boolean[1 << 14];

    static {
        for (String w : PLACE_WORDS) {
            PLACE_WORD_STARTS[w.charAt(0) << 7 | w.charAt(1)] = true;
        }
    }

    /** The stories and the events with their story set. */
    public record Result(List<Story> stories, List<Event> events) {
    }

    public Result build(Corpus corpus, List<Cluster> clusters) {
        return build(corpus, clusters, Map.of());
    }

    /**
     * @param headlines the events' headlines by event id ({@link Headlines}): the story's main actor comes from them
     */
    public Result build(Corpus corpus, List<Cluster> clusters, Map<String, Headline> headlines) {
        return build(corpus, corpus.articlesById(), clusters, headlines);
    }

    /** As above, the corpus' articles by id ({@link Corpus#articlesById}) read already. */
    public Result build(Corpus corpus, Map<String, Article> articles, List<Cluster> clusters,
                        Map<String, Headline> headlines) {
        return build(s -> {
            Article a = articles.get(s.articleId());
            return a == null ? null : a.textOf(s);
        }, corpus.articles().size(), clusters, headlines);
    }

    /**
     * The same from what the stories read of the corpus: the text of a mention ({@code null} when its article is not
     * known) and how many articles it holds. The Spark job, which holds no corpus on its driver, gives the mentions'
     * texts it gathered. {@code texts} is asked from several threads at once (stories are labelled on every core).
     */
    public Result build(Function<Span, String> texts, int articles, List<Cluster> clusters,
                        Map<String, Headline> headlines) {
        List<Cluster> reported = clusters.stream().filter(c -> !c.event().background())
                .sorted(Comparator.comparing((Cluster c) -> first(c)).thenComparing(c -> c.event().id())).toList();
        // what each event gives a story (its articles, names and days) read on every core, then the events taken in
        // date order on one thread: reading them there, twice each, was half of grouping
        List<Reading> read = reported.parallelStream().map(Reading::of).toList();
        List<List<Cluster>> groups = new ArrayList<>();
        List<Cluster> current = null;
        LocalDate lastDay = null;
        Set<String> storyArticles = new HashSet<>();
        Set<String> storyNames = new HashSet<>();
        for (int k = 0; k < reported.size(); k++) {
            Cluster c = reported.get(k);
            Reading r = read.get(k);
            boolean joins = false;
            if (current != null) {
                long gap = r.first().toEpochDay() - lastDay.toEpochDay();
                Set<String> arts = r.articles();
                long shared = arts.stream().filter(storyArticles::contains).count();
                boolean sharesName = r.names().stream().anyMatch(storyNames::contains);
                joins = gap <= GAP_DAYS && (shared > 0 || sharesName)
                        || gap <= LINKED_GAP_DAYS && 2 * shared >= arts.size() && shared > 0;
            }
            if (!joins) {
                current = new ArrayList<>();
                groups.add(current);
                storyArticles = new HashSet<>();
                storyNames = new HashSet<>();
                lastDay = null;
            }
            current.add(c);
            storyArticles.addAll(r.articles());
            storyNames.addAll(r.names());
            LocalDate last = r.last();
            lastDay = lastDay == null || last.isAfter(lastDay) ? last : lastDay;
        }
        List<Story> stories = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        // each story's places and label read on every core (it reads its own events alone), numbered in order on one
        // thread; the rarity of only the places' terms counted between, on every core
        List<List<Cluster>> kept = groups.stream().filter(g -> g.size() >= 2).toList();
        List<List<Place>> places = kept.parallelStream().map(g -> places(g, texts)).toList();
        Map<String, Integer> naming = articlesNaming(clusters, places);
        List<String> labels = IntStream.range(0, kept.size()).parallel()
                .mapToObj(k -> label(kept.get(k), places.get(k), texts, articles, naming, headlines)).toList();
        int id = 1;
        for (int k = 0; k < kept.size(); k++) {
            List<Cluster> g = kept.get(k);
            String sid = "s" + id++;
            Cluster firstEvent = g.stream().min(Comparator.comparing(StoryBuilder::first)).orElseThrow();
            Cluster lastEvent = g.stream().max(Comparator.comparing(StoryBuilder::last)).orElseThrow();
            String label = labels.get(k);
            stories.add(new Story(sid, label, firstEvent.event().date(), lastDate(lastEvent.event())));
            for (Cluster c : g) {
                storyOf.put(c.event().id(), sid);
            }
        }
        List<Event> events = clusters.stream().map(c -> c.event().withStory(storyOf.get(c.event().id()))).toList();
        return new Result(stories, events);
    }

    /** What an event gives the story it joins: its articles, its names, its first and last days. */
    private record Reading(Set<String> articles, Set<String> names, LocalDate first, LocalDate last) {
        static Reading of(Cluster c) {
            return new Reading(articlesOf(c), namesOf(c), StoryBuilder.first(c), StoryBuilder.last(c));
        }
    }

    /** The last date of an event: a range's end, else its date. */
    private static String lastDate(Event e) {
        return e.end() != null ? e.end() : e.date();
    }

    private static LocalDate last(Cluster c) {
        return TimexValue.parse(lastDate(c.event())).orElseThrow().last();
    }

    private static LocalDate first(Cluster c) {
        return TimexValue.parse(c.event().date()).orElseThrow().first();
    }

    private static Set<String> articlesOf(Cluster c) {
        Set<String> out = new HashSet<>();
        for (Span s : c.event().mentions()) {
            out.add(s.articleId());
        }
        return out;
    }

    private static Set<String> namesOf(Cluster c) {
        Set<String> out = new HashSet<>();
        for (Candidate m : c.members()) {
            m.terms().forEach((t, w) -> {
                if (w == EventRules.NAME_WEIGHT) {
                    out.add(t);
                }
            });
        }
        return out;
    }

    /** A place a story's statements name, how often, and the term whose rarity weighs it (its last word's lemma). */
    record Place(String phrase, int uses, String term) {
    }

    /** The places written after "in", "to", "at", ... in a story's mentions, in the order first met. */
    private static List<Place> places(List<Cluster> g, Function<Span, String> texts) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Cluster c : g) {
            for (Span s : c.event().mentions()) {
                String text = texts.apply(s);
                if (text == null) {
                    continue;
                }
                for (String found : placesWritten(text)) {
                    String place = trimPlace(found);
                    if (!place.isEmpty()) {
                        uses.merge(place, 1, Integer::sum);
                    }
                }
            }
        }
        List<Place> out = new ArrayList<>(uses.size());
        uses.forEach((place, n) -> {
            String[] words = place.split("\\s+");
            out.add(new Place(place, n, Words.lemma(words[words.length - 1])));
        });
        return out;
    }

    /**
     * The phrases {@link #PLACE} finds in {@code text} (its group 1), in order. The pattern is tried only where one of
     * its words can start (its first two letters: "in", "to", "at", "fr", "of", "vi", "ne", "ou"), anchored there with
     * the text around it in view (its {@code \b} reads the char before): what {@code find} gives, where {@code find}
     * tried the word boundary and eleven words at every char of every statement of every story.
     */
    static List<String> placesWritten(String text) {
        List<String> out = new ArrayList<>();
        char[] chars = text.toCharArray();
        Matcher m = PLACE.matcher(text).useTransparentBounds(true);
        int at = placeWordAt(chars, 0);
        while (at >= 0) {
            m.region(at, chars.length);
            if (m.lookingAt()) {
                out.add(m.group(1));
                at = placeWordAt(chars, m.end());
            } else {
                at = placeWordAt(chars, at + 1);
            }
        }
        return out;
    }

    /**
     * The first index from {@code from} where a word of {@link #PLACE} can start (by its first two letters, as written:
     * the pattern is case-sensitive), or -1.
     */
    private static int placeWordAt(char[] chars, int from) {
        for (int i = from; i + 1 < chars.length; i++) {
            char c = chars[i];
            char next = chars[i + 1];
            if (c < 128 && next < 128 && PLACE_WORD_STARTS[c << 7 | next]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * How many articles name each place term of {@code places}: an article names a term when one of its dated
     * statements (of any event, background too) has it. Only these counts are ever read: a table of every term's
     * articles, made on one thread, was most of building the stories.
     */
    static Map<String, Integer> articlesNaming(List<Cluster> clusters, List<List<Place>> places) {
        Set<String> asked = new HashSet<>();
        places.forEach(ps -> ps.forEach(p -> asked.add(p.term())));
        Map<String, Set<String>> naming = new ConcurrentHashMap<>();
        if (!asked.isEmpty()) {
            clusters.parallelStream().forEach(c -> {
                for (Candidate m : c.members()) {
                    // forEach walks the terms' arrays in the map's order: its key set made an entry per term
                    m.terms().forEach((t, w) -> {
                        if (asked.contains(t)) {
                            naming.computeIfAbsent(t, k -> ConcurrentHashMap.newKeySet()).add(m.articleId());
                        }
                    });
                }
            });
        }
        Map<String, Integer> out = new HashMap<>();
        naming.forEach((t, articles) -> out.put(t, articles.size()));
        return out;
    }

    private static String label(List<Cluster> g, List<Place> places, Function<Span, String> texts, int total,
                                Map<String, Integer> articlesNaming, Map<String, Headline> headlines) {
        String best = null;
        double bestScore = 0;
        for (Place p : places) {
            int df = articlesNaming.getOrDefault(p.term(), 0);
            double score = p.uses() * Math.log(1.0 + (double) total / Math.max(1, df));
            if (score > bestScore || score == bestScore && best != null && p.phrase().compareTo(best) < 0) {
                best = p.phrase();
                bestScore = score;
            }
        }
        String when = when(g);
        String what = happening(g);
        if (best == null) {
            // no place: a name as the story writes it (never a lemma: "Jeffs", not "Jeff"); with none, the headline
            // of the story's most reported event
            String name = name(g, texts, headlines);
            return (name.isEmpty() ? mainEvent(g).event().label() : name + (what.isEmpty() ? "" : " " + what))
                    + ", " + when;
        }
        String actor = StoryActor.of(g, headlines, best);
        if (!actor.isEmpty()) {
            return actor + " in " + best + ", " + when;
        }
        return best + (what.isEmpty() ? "" : " " + what) + ", " + when;
    }

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*+)*+");

    /**
     * The name the story's headlines give most ({@link StoryActor#mainName}); else its statements' most frequent name
     * term, written as the capitalised run that holds it most often in their text ("Alan Greenspan" for "alan");
     * empty when they name nobody.
     */
    private static String name(List<Cluster> g, Function<Span, String> texts, Map<String, Headline> headlines) {
        String named = StoryActor.mainName(g, headlines);
        if (!named.isEmpty()) {
            return named;
        }
        Map<String, Integer> terms = new LinkedHashMap<>();
        g.forEach(c -> namesOf(c).forEach(n -> terms.merge(n, 1, Integer::sum)));
        String term = terms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
        if (term == null) {
            return "";
        }
        Map<String, Integer> runs = new LinkedHashMap<>();
        for (Cluster c : g) {
            for (Span s : c.event().mentions()) {
                String text = texts.apply(s);
                Matcher m = CAPITALISED_RUN.matcher(text == null ? "" : text);
                while (m.find()) {
                    String r = trimStopWords(m.group().replaceAll("\\.$", ""));
                    if (Stream.of(r.split("\\s+")).anyMatch(w -> Words.lemma(w).equals(term))) {
                        runs.merge(r, 1, Integer::sum);
                    }
                }
            }
        }
        String run = runs.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().length())).map(Map.Entry::getKey).orElse(""); // not "Fed Chairman …"
        return run.isEmpty() ? Character.toUpperCase(term.charAt(0)) + term.substring(1) : run;
    }

    /**
     * When the story happened as its label says it, at the precision of its finest events (the earliest of them):
     * "October 2015" for days or months, "2015" when its events give a year at best, "the 1990s" for decades; a
     * story of day events with one dated "2015" is not labelled "January 2015".
     */
    static String when(List<Cluster> g) {
        TimexValue finest = g.stream().map(c -> TimexValue.parse(c.event().date()).orElseThrow())
                .filter(v -> v.precision() != TimePrecision.NONE)
                .max(Comparator.comparing(TimexValue::precision).thenComparing(TimexValue::first,
                        Comparator.reverseOrder()))
                .orElseThrow();
        LocalDate d = finest.first();
        if (finest.precision().compareTo(TimePrecision.YEAR) < 0) {
            return "the " + d.getYear() + "s";
        }
        if (finest.precision().compareTo(TimePrecision.MONTH) < 0) {
            return Integer.toString(d.getYear());
        }
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    /** The event most statements report, the earliest on a tie. */
    private static Cluster mainEvent(List<Cluster> g) {
        return g.stream().max(Comparator.comparingInt((Cluster c) -> c.members().size())
                .thenComparing(StoryBuilder::first, Comparator.reverseOrder())).orElseThrow();
    }

    /** Predicate heads that name an episode, as the noun a headline would use. */
    private static final Map<String, String> EPISODE_NOUNS = Map.ofEntries(Map.entry("visit", "visit"),
            Map.entry("meet", "talks"), Map.entry("strike", "strikes"), Map.entry("quake", "earthquake"),
            Map.entry("arrest", "arrest"), Map.entry("kill", "killings"), Map.entry("announce", "announcement"),
            Map.entry("charge", "charges"), Map.entry("fight", "fighting"), Map.entry("sell", "sale"),
            Map.entry("cast", "casting"), Map.entry("replace", "succession"));

    /**
     * The noun of the predicate head most of the story's events share ("talks" when at least half of them have
     * "meet"), empty when none is shared by half; ties go to the head met first.
     */
    private static String happening(List<Cluster> g) {
        Map<String, Integer> events = new LinkedHashMap<>();
        for (Cluster c : g) {
            Set<String> heads = new HashSet<>();
            for (Candidate m : c.members()) {
                m.terms().forEach((t, w) -> {
                    if (EPISODE_NOUNS.containsKey(t)) {
                        heads.add(t);
                    }
                });
            }
            heads.forEach(h -> events.merge(h, 1, Integer::sum));
        }
        return events.entrySet().stream().filter(e -> 2 * e.getValue() >= g.size())
                .max(Map.Entry.comparingByValue()).map(e -> EPISODE_NOUNS.get(e.getKey())).orElse("");
    }

    /** Drops function and calendar words at the ends of a name ("The", "On"), keeping every name word ("Brian"). */
    private static String trimStopWords(String phrase) {
        List<String> words = new ArrayList<>(List.of(phrase.strip().split("\\s+")));
        while (!words.isEmpty() && Words.isStopWord(words.get(0))) {
            words.remove(0);
        }
        while (!words.isEmpty() && Words.isStopWord(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).replaceAll("['’]s$", "");
    }

    /** Drops function and calendar words at the ends, and demonyms ("Russian", "Syrian") that lead a phrase. */
    private static String trimPlace(String phrase) {
        List<String> words = new ArrayList<>(List.of(phrase.split("\\s+")));
        while (!words.isEmpty() && (Words.isStopWord(words.get(0)) || isDemonym(words.get(0)))) {
            words.remove(0);
        }
        return trimStopWords(String.join(" ", words));
    }

    private static boolean isDemonym(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("ian") || l.endsWith("ese") || l.endsWith("ish");
    }
}
