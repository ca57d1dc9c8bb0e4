package org.parallax.compare.figure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimePrecision;
import org.parallax.text.SentenceBounds;

/**
 * Lines up the same quantity across outlets and flags where the figures disagree. Computed on demand.
 *
 * <p>Two figures are compared only when they can disagree: when they are about the same thing at the same time in
 * different outlets. A folder of one outlet never shows a disagreement.
 *
 * <p><b>Same thing</b>: the same {@link org.parallax.model.ClaimKind kind} and the same unit after lower-casing and
 * making each word singular ("civilians" = "civilian", "lives" = "life"); then
 * <ul>
 *   <li>a <em>specific subject</em>, words beyond the unit on both sides that share one ("fighters <em>from the
 *       former Soviet Union</em>" and "fighters from the Soviet Union"), is enough on its own;</li>
 *   <li>otherwise the unit alone says too little ("3%", "$2 billion", "340 points", "120 people" fit any story), so
 *       both figures must be stated in the sentences of one {@link Event} — the same happening as the timeline
 *       merged it — and, when both sentences name someone or something before the figure (capitalised words that
 *       are not dates: "the <em>Dow</em> fell 3%", "the <em>Nasdaq</em> fell 2%"), they must name the same.</li>
 * </ul>
 * Subjects with words beyond the unit that share none never match ("fighters from Chechnya" vs "fighters of the
 * opposition").
 *
 * <p><b>Same time</b>: when both claims' sentences name dates, they share a year; otherwise the two articles were
 * published at most {@value #MAX_PUBLICATION_GAP_DAYS} days apart (or one is undated). Claims are put into the first
 * group of their kind and unit whose every member they are compatible with.
 *
 * <p><b>Output</b>: groups with claims from at least two outlets (an article of no known outlet counts as an outlet
 * of its own: it may be anyone). <b>Disagreement</b>: the {@link FigureRange}s the qualifiers allow do not all overlap
 * ("more than 250,000" vs "about 200,000"); "around 120" and "120" agree.
 */
public final class FigureComparison {

    public static final int MAX_PUBLICATION_GAP_DAYS = 180;

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'’.-]*");

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "from", "in", "on", "at", "to",
            "for", "and", "or", "with", "by", "who", "which", "that", "were", "was", "are", "is", "have", "has",
            "been", "their", "its", "his", "her", "some", "all");

    private static final Map<String, String> IRREGULAR = Map.of("lives", "life", "wives", "wife", "knives", "knife",
            "men", "man", "women", "woman", "children", "child", "people", "people", "feet", "foot", "teeth", "tooth");

    private FigureComparison() {
    }

    public static List<FigureGroup> compare(Corpus corpus) {
        Map<String, Article> articles = corpus.articlesById();
        Map<String, List<TimeMention>> timexesByArticle = new LinkedHashMap<>();
        for (TimeMention t : corpus.timexes()) {
            timexesByArticle.computeIfAbsent(t.span().articleId(), k -> new ArrayList<>()).add(t);
        }
        Map<String, List<Event>> eventsByArticle = new LinkedHashMap<>();
        for (Event e : corpus.events()) {
            e.mentions().stream().map(Span::articleId).distinct()
                    .forEach(id -> eventsByArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(e));
        }
        List<Claim> claims = new ArrayList<>(corpus.claims());
        claims.sort(Comparator.comparing(Claim::span));
        Map<String, List<List<Facts>>> byKey = new LinkedHashMap<>();
        for (Claim c : claims) {
            Facts f = facts(c, articles.get(c.articleId()), timexesByArticle.getOrDefault(c.articleId(), List.of()),
                    eventsByArticle.getOrDefault(c.articleId(), List.of()));
            List<List<Facts>> groups = byKey.computeIfAbsent(c.kind() + "\u0000" + f.unit, k -> new ArrayList<>());
            List<Facts> home = null;
            for (List<Facts> g : groups) {
                if (g.stream().allMatch(o -> compatible(o, f))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(f);
        }
        List<FigureGroup> out = new ArrayList<>();
        for (List<List<Facts>> groups : byKey.values()) {
            for (List<Facts> g : groups) {
                if (g.stream().map(Facts::outlet).distinct().count() >= 2) {
                    out.add(group(g));
                }
            }
        }
        return out;
    }

    /**
     * What a claim is about: its outlet, unit, subject words beyond the unit, the names before it in its sentence,
     * the years its sentence names, its article's day, and the events whose sentences hold it.
     */
    private record Facts(Claim claim, String outlet, String unit, Set<String> modifiers, List<List<String>> names,
                         Set<String> years, LocalDate published, Set<String> events) {
    }

    private static Facts facts(Claim c, Article article, List<TimeMention> timexes, List<Event> events) {
        String unit = singular(c.unit());
        Set<String> unitWords = new HashSet<>(List.of(unit.split(" ")));
        Set<String> modifiers = new HashSet<>();
        for (String w : words(c.subject())) {
            String s = singular(w);
            if (!FUNCTION_WORDS.contains(w) && !unitWords.contains(s)) {
                modifiers.add(s);
            }
        }
        Set<String> years = new HashSet<>();
        List<List<String>> names = List.of();
        LocalDate published = null;
        String outlet = "article:" + c.articleId();
        if (article != null) {
            published = article.published();
            if (article.outlet().isKnown()) {
                outlet = "outlet:" + article.outlet().name();
            }
            SentenceBounds sentence = SentenceBounds.around(article.text(), c.span().start(), c.span().end());
            List<TimeMention> inSentence = new ArrayList<>();
            for (TimeMention t : timexes) {
                if (t.span().start() >= sentence.start() && t.span().end() <= sentence.end()) {
                    inSentence.add(t);
                    TimePrecision p = t.precision();
                    if (p != TimePrecision.NONE && p.compareTo(TimePrecision.YEAR) >= 0 && t.value().length() >= 4) {
                        years.add(t.value().substring(0, 4));
                    }
                }
            }
            names = namesBefore(article.text(), sentence.start(), c.span().start(), inSentence);
        }
        Set<String> inEvents = new HashSet<>();
        for (Event e : events) {
            if (e.mentions().stream().anyMatch(m -> m.articleId().equals(c.articleId())
                    && m.start() <= c.span().start() && c.span().end() <= m.end())) {
                inEvents.add(e.id());
            }
        }
        return new Facts(c, outlet, unit, modifiers, names, years, published, inEvents);
    }

    /**
     * The names in a sentence before a figure, each a run of capitalised words (its first word and dates left out):
     * who or what the figure is said of ("the Dow Jones index fell 3%" → [dow, jones]).
     */
    private static List<List<String>> namesBefore(String text, int sentenceStart, int figureStart,
                                                  List<TimeMention> dates) {
        List<List<String>> names = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int runEnd = -1;
        Matcher m = CAPITALISED.matcher(text).region(sentenceStart, Math.max(sentenceStart, figureStart));
        while (m.find()) {
            int at = m.start();
            boolean sentenceInitial = text.substring(sentenceStart, at).isBlank();
            boolean date = dates.stream().anyMatch(t -> t.span().start() <= at && at < t.span().end());
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            if (sentenceInitial || date || !wordStart) {
                continue;
            }
            if (!run.isEmpty() && !text.substring(runEnd, at).isBlank()) {
                names.add(run);
                run = new ArrayList<>();
            }
            run.add(m.group().replaceAll("[.'’-]+$", "").toLowerCase(Locale.ROOT));
            runEnd = m.end();
        }
        if (!run.isEmpty()) {
            names.add(run);
        }
        return names;
    }

    /** Whether one name is the other or a part of it ("Dow" in "Dow Jones"; not "Composite" alone in two). */
    private static boolean sharesName(List<List<String>> a, List<List<String>> b) {
        for (List<String> x : a) {
            for (List<String> y : b) {
                List<String> shorter = x.size() <= y.size() ? x : y;
                List<String> longer = shorter == x ? y : x;
                if (java.util.Collections.indexOfSubList(longer, shorter) >= 0
                        && (shorter.size() > 1 || shorter.get(0).equals(longer.get(0)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean compatible(Facts a, Facts b) {
        boolean specific = !a.modifiers.isEmpty() && !b.modifiers.isEmpty();
        if (specific && !shares(a.modifiers, b.modifiers)) {
            return false;
        }
        if (!specific && (!shares(a.events, b.events)
                || !a.names.isEmpty() && !b.names.isEmpty() && !sharesName(a.names, b.names))) {
            return false;
        }
        if (!a.years.isEmpty() && !b.years.isEmpty()) {
            return shares(a.years, b.years);
        }
        if (a.published != null && b.published != null) {
            return Math.abs(ChronoUnit.DAYS.between(a.published, b.published)) <= MAX_PUBLICATION_GAP_DAYS;
        }
        return true;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static FigureGroup group(List<Facts> g) {
        List<Claim> members = g.stream().map(Facts::claim).toList();
        String subject = members.stream().map(Claim::subject).max(Comparator.comparingInt(String::length)
                .thenComparing(Comparator.reverseOrder())).orElse("");
        if (subject.isEmpty()) {
            subject = members.get(0).unit();
        }
        // ranges overlap pairwise iff they share a point: compare the highest low with the lowest high
        Claim highestLow = members.get(0);
        Claim lowestHigh = null;
        for (Claim c : members) {
            FigureRange r = FigureRange.of(c);
            if (r.lo().compareTo(FigureRange.of(highestLow).lo()) > 0) {
                highestLow = c;
            }
            if (r.hi() != null && (lowestHigh == null || r.hi().compareTo(FigureRange.of(lowestHigh).hi()) < 0)) {
                lowestHigh = c;
            }
        }
        boolean disagree = lowestHigh != null
                && !FigureRange.of(highestLow).overlaps(FigureRange.of(lowestHigh));
        String why;
        if (disagree) {
            why = "\"" + highestLow.text() + "\" (" + highestLow.articleId() + ": " + FigureRange.of(highestLow)
                    + ") vs \"" + lowestHigh.text() + "\" (" + lowestHigh.articleId() + ": "
                    + FigureRange.of(lowestHigh) + ")";
        } else {
            why = "the ranges overlap: " + String.join(", ", members.stream()
                    .map(c -> "\"" + c.text() + "\" " + FigureRange.of(c)).toList());
        }
        return new FigureGroup(subject, g.get(0).unit, members.get(0).kind(), members, disagree, why);
    }

    /** Each word singular: "civilians" → "civilian", "casualties" → "casualty", "lives" → "life". */
    public static String singular(String unit) {
        List<String> out = new ArrayList<>();
        for (String w : unit.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            out.add(singularWord(w));
        }
        return String.join(" ", out);
    }

    static String singularWord(String w) {
        if (IRREGULAR.containsKey(w)) {
            return IRREGULAR.get(w);
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
