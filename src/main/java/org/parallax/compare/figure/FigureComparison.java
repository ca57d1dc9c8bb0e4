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
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Corpus;
import org.parallax.model.TimeMention;
import org.parallax.model.TimePrecision;

/**
 * Lines up the same quantity across articles and flags where the figures disagree. Computed on demand.
 *
 * <p><b>Same quantity</b>: the same {@link org.parallax.model.ClaimKind kind} and the same unit after lower-casing
 * and making each word singular ("civilians" = "civilian", "casualties" = "casualty", "lives" = "life"); and a
 * compatible subject: the subject's words beyond the unit (its modifiers, function words dropped: "fighters
 * <em>from the former Soviet Union</em>") either missing on one side or sharing a word; and a compatible time: when
 * both claims' sentences name dates, they share a year; when neither or only one does, the two articles were
 * published at most {@value #MAX_PUBLICATION_GAP_DAYS} days apart (or one is undated). Claims are put into the
 * first group of their kind and unit whose every member they are compatible with.
 *
 * <p><b>Output</b>: groups with claims from at least two articles. <b>Disagreement</b>: the {@link FigureRange}s the
 * qualifiers allow do not all overlap ("more than 250,000" vs "about 200,000"); "around 120" and "120" agree.
 */
public final class FigureComparison {

    public static final int MAX_PUBLICATION_GAP_DAYS = 180;

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
        List<Claim> claims = new ArrayList<>(corpus.claims());
        claims.sort(Comparator.comparing(Claim::span));
        Map<String, List<List<Facts>>> byKey = new LinkedHashMap<>();
        for (Claim c : claims) {
            Facts f = facts(c, articles.get(c.articleId()), timexesByArticle.getOrDefault(c.articleId(), List.of()));
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
                if (g.stream().map(f -> f.claim.articleId()).distinct().count() >= 2) {
                    out.add(group(g));
                }
            }
        }
        return out;
    }

    private record Facts(Claim claim, String unit, Set<String> modifiers, Set<String> years, LocalDate published) {
    }

    private static Facts facts(Claim c, Article article, List<TimeMention> timexes) {
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
        LocalDate published = null;
        if (article != null) {
            published = article.published();
            int[] sentence = sentence(article.text(), c.span().start(), c.span().end());
            for (TimeMention t : timexes) {
                TimePrecision p = t.precision();
                if (t.span().start() >= sentence[0] && t.span().end() <= sentence[1] && p != TimePrecision.NONE
                        && p.compareTo(TimePrecision.YEAR) >= 0 && t.value().length() >= 4) {
                    years.add(t.value().substring(0, 4));
                }
            }
        }
        return new Facts(c, unit, modifiers, years, published);
    }

    private static boolean compatible(Facts a, Facts b) {
        if (!a.modifiers.isEmpty() && !b.modifiers.isEmpty()) {
            Set<String> shared = new HashSet<>(a.modifiers);
            shared.retainAll(b.modifiers);
            if (shared.isEmpty()) {
                return false;
            }
        }
        if (!a.years.isEmpty() && !b.years.isEmpty()) {
            Set<String> shared = new HashSet<>(a.years);
            shared.retainAll(b.years);
            return !shared.isEmpty();
        }
        if (a.published != null && b.published != null) {
            return Math.abs(ChronoUnit.DAYS.between(a.published, b.published)) <= MAX_PUBLICATION_GAP_DAYS;
        }
        return true;
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

    /** [start, end) of the sentence around a span: from after the last ". " (or line break) before it. */
    private static int[] sentence(String t, int start, int end) {
        int s = Math.min(start, t.length());
        while (s > 0 && !boundary(t, s)) {
            s--;
        }
        int e = Math.min(end, t.length());
        while (e < t.length() && !boundary(t, e)) {
            e++;
        }
        return new int[] {s, e};
    }

    private static boolean boundary(String t, int i) {
        char c = t.charAt(i - 1);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && (i == t.length() || Character.isWhitespace(t.charAt(i)));
    }
}
