package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.compare.align.AlignedSegment;
import org.parallax.compare.align.WordAlignment;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/**
 * The comparison view's model of one quote cluster, without a toolkit: one {@link ComparisonColumn} per article (the
 * reference's first, then by publication date), each version's words marked against the base (the reference unless
 * another column is chosen), and the aligned {@link ComparisonRow}s: the base's words cut wherever some version's
 * alignment changes, so shared words of every version sit in the same row and a version without words there leaves
 * a gap. Alignments come from {@link WordAlignment} (java-diff-utils); a piece of the utterance (a trimmed or partial
 * version, one of two quotes an outlet split it into) is aligned against the part of the base it covers.
 */
public record QuoteComparison(QuoteCluster cluster, String speaker, List<ComparisonColumn> columns,
                              List<ComparisonRow> rows, int baseIndex) {

    private static final Set<Verdict> PIECE_VERDICTS =
            EnumSet.of(Verdict.TRIMMED, Verdict.PARTIAL, Verdict.ALTERED, Verdict.PARAPHRASE);

    public QuoteComparison {
        Objects.requireNonNull(cluster, "cluster");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Against the cluster's reference. */
    public static QuoteComparison of(QuoteCluster cluster, Corpus corpus) {
        return of(cluster, corpus, null);
    }

    /**
     * @param baseArticleId the article whose version the others are marked against; the reference's when
     *                      {@code null} or not in the cluster
     */
    public static QuoteComparison of(QuoteCluster cluster, Corpus corpus, String baseArticleId) {
        Map<String, Quote> quotes = corpus.quotes().stream()
                .collect(Collectors.toMap(Quote::id, Function.identity(), (a, b) -> a));
        Map<String, Article> articles = corpus.articlesById();
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        Map<String, List<Quote>> byArticle = new LinkedHashMap<>();
        String referenceArticle = null;
        for (Variant v : cluster.members()) {
            Quote q = quotes.get(v.quoteId());
            if (q == null) {
                continue;
            }
            verdicts.put(q.id(), v.verdict());
            byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
            if (v.verdict() == Verdict.REFERENCE && referenceArticle == null) {
                referenceArticle = q.articleId();
            }
        }
        String speaker = cluster.speaker() != null ? cluster.speaker().name() : "Unknown speaker";
        if (byArticle.isEmpty()) {
            return new QuoteComparison(cluster, speaker, List.of(), List.of(), -1);
        }
        String ref = referenceArticle != null ? referenceArticle : byArticle.keySet().iterator().next();
        String base = baseArticleId != null && byArticle.containsKey(baseArticleId) ? baseArticleId : ref;
        List<String> order = new ArrayList<>(byArticle.keySet());
        order.sort(Comparator.comparing((String id) -> !id.equals(ref))
                .thenComparing(id -> articles.containsKey(id) ? articles.get(id).published() : null,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder()));
        for (List<Quote> qs : byArticle.values()) {
            qs.sort(Comparator.comparing(Quote::span));
        }

        List<Quote> baseQuotes = byArticle.get(base);
        List<String> baseTokens = new ArrayList<>();
        List<Span> baseSpanOf = new ArrayList<>();
        for (Quote q : baseQuotes) {
            for (String t : WordAlignment.tokens(q.text())) {
                baseTokens.add(t);
                baseSpanOf.add(q.span());
            }
        }
        String baseText = String.join(" ", baseTokens);

        List<ComparisonColumn> columns = new ArrayList<>();
        List<List<Placed>> placed = new ArrayList<>();
        for (String id : order) {
            List<Quote> qs = byArticle.get(id);
            Article a = articles.get(id);
            List<Verdict> vs = qs.stream().map(q -> verdicts.get(q.id())).distinct().toList();
            String who = qs.stream().map(Quote::speaker).filter(Objects::nonNull).map(s -> s.name()).findFirst()
                    .orElse(speaker);
            List<DiffRun> runs = new ArrayList<>();
            List<Placed> places = new ArrayList<>();
            boolean isBase = id.equals(base);
            for (Quote q : qs) {
                if (!runs.isEmpty()) {
                    runs.add(new DiffRun(Mark.SAME, ComparisonColumn.ELLIPSIS));
                }
                if (isBase) {
                    runs.add(new DiffRun(Mark.SAME, String.join(" ", WordAlignment.tokens(q.text()))));
                    continue;
                }
                int size = WordAlignment.tokens(q.text()).size();
                boolean piece = size < baseTokens.size()
                        && (qs.size() > 1 || PIECE_VERDICTS.contains(verdicts.get(q.id())));
                List<AlignedSegment> segments = piece ? WordAlignment.ofPart(baseText, q.text())
                        : WordAlignment.of(baseText, q.text());
                int offset = piece ? offset(baseTokens, segments) : 0;
                if (offset < 0) {
                    segments = WordAlignment.of(baseText, q.text());
                    offset = 0;
                }
                if (loose(segments, size)) {
                    // hardly a word in common: no place in the base, one changed run after it
                    String words = String.join(" ", WordAlignment.tokens(q.text()));
                    runs.add(new DiffRun(Mark.CHANGED, words, ""));
                    places.add(new Placed(AlignedSegment.Kind.ADDED, baseTokens.size(), baseTokens.size(),
                            WordAlignment.tokens(q.text()), List.of(), q.span(), true));
                    continue;
                }
                runs.addAll(runsOf(segments));
                places.addAll(place(segments, offset, q.span()));
            }
            columns.add(new ComparisonColumn(id, a == null ? Outlet.UNKNOWN : a.outlet(),
                    a == null ? null : a.published(), who, qs, vs, id.equals(ref), isBase, merge(runs)));
            placed.add(isBase ? null : places);
        }
        int baseIndex = order.indexOf(base);
        return new QuoteComparison(cluster, speaker, columns, rows(baseTokens, baseSpanOf, placed, baseIndex),
                baseIndex);
    }

    public ComparisonColumn base() {
        return columns.get(baseIndex);
    }

    public Optional<ComparisonColumn> column(String articleId) {
        return columns.stream().filter(c -> c.articleId().equals(articleId)).findFirst();
    }

    /** How many distinct outlets carry the quote (articles of an unknown outlet count one each). */
    public int outletCount() {
        return (int) columns.stream().map(c -> c.outlet().isKnown() ? c.outlet().name() : "\u0000" + c.articleId())
                .distinct().count();
    }

    /**
     * How much the versions differ from the base: the share of the words of all other columns (and of the base words
     * they leave out) that are marked, 0 (all the same) to 1.
     */
    public double difference() {
        int marked = 0;
        int all = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (i == baseIndex) {
                continue;
            }
            for (DiffRun r : columns.get(i).runs()) {
                if (r.text().equals(ComparisonColumn.ELLIPSIS)) {
                    continue;
                }
                int w = r.words();
                all += w;
                if (r.mark().differs()) {
                    marked += w;
                }
            }
        }
        return all == 0 ? 0 : marked / (double) all;
    }

    // ---- alignment helpers

    /** A segment placed on the base's words: [baseStart, baseEnd); an insertion has baseStart == baseEnd. */
    private record Placed(AlignedSegment.Kind kind, int baseStart, int baseEnd, List<String> memberWords,
                          List<String> baseWords, Span span, boolean loose) {
    }

    /**
     * Whether an alignment shares too little to place the member in the base: no shared run of two words and under
     * half the member's words shared (a fragment of another translation that meets the base on an "and").
     */
    static boolean loose(List<AlignedSegment> segments, int memberWords) {
        int shared = 0;
        int longest = 0;
        for (AlignedSegment s : segments) {
            if (s.kind() == AlignedSegment.Kind.SHARED) {
                shared += s.memberWords().size();
                longest = Math.max(longest, s.memberWords().size());
            }
        }
        return memberWords > 0 && longest < 2 && shared * 2 < memberWords;
    }

    /** Where a part alignment's base words start in the base, or -1. */
    private static int offset(List<String> baseTokens, List<AlignedSegment> segments) {
        List<String> words = new ArrayList<>();
        for (AlignedSegment s : segments) {
            words.addAll(s.referenceWords());
        }
        if (words.isEmpty()) {
            return 0;
        }
        for (int i = 0; i + words.size() <= baseTokens.size(); i++) {
            if (baseTokens.subList(i, i + words.size()).equals(words)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Placed> place(List<AlignedSegment> segments, int offset, Span span) {
        List<Placed> out = new ArrayList<>();
        int r = offset;
        for (AlignedSegment s : segments) {
            int end = r + s.referenceWords().size();
            out.add(new Placed(s.kind(), r, end, s.memberWords(), s.referenceWords(), span, false));
            r = end;
        }
        return out;
    }

    private static List<DiffRun> runsOf(List<AlignedSegment> segments) {
        List<DiffRun> out = new ArrayList<>();
        for (AlignedSegment s : segments) {
            out.add(switch (s.kind()) {
                case SHARED -> new DiffRun(Mark.SAME, s.memberText());
                case ADDED -> new DiffRun(Mark.ADDED, s.memberText());
                case MISSING -> new DiffRun(Mark.MISSING, s.referenceText());
                case CHANGED -> new DiffRun(Mark.CHANGED, s.memberText(), s.referenceText());
            });
        }
        return out;
    }

    /** Joins neighbouring runs of the same mark (not across an ellipsis). */
    static List<DiffRun> merge(List<DiffRun> runs) {
        List<DiffRun> out = new ArrayList<>();
        for (DiffRun r : runs) {
            if (r.text().isEmpty()) {
                continue;
            }
            DiffRun last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean ellipsis = r.text().equals(ComparisonColumn.ELLIPSIS)
                    || last != null && last.text().endsWith(ComparisonColumn.ELLIPSIS);
            if (last != null && last.mark() == r.mark() && !ellipsis) {
                out.set(out.size() - 1, new DiffRun(r.mark(), last.text() + " " + r.text(),
                        (last.baseText() + " " + r.baseText()).strip()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    // ---- rows

    private enum State { GAP, SAME, MISSING, CHANGED, CONTINUED, ADDED, BASE }

    private record Slot(int from, int to, boolean insertion) {
    }

    private record Built(ComparisonCell cell, State state) {
    }

    private static List<ComparisonRow> rows(List<String> baseTokens, List<Span> baseSpanOf, List<List<Placed>> placed,
                                            int baseIndex) {
        int n = baseTokens.size();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
        Set<Integer> insertions = new TreeSet<>();
        for (int i = 1; i < n; i++) {
            if (!baseSpanOf.get(i).equals(baseSpanOf.get(i - 1))) {
                cuts.add(i);
            }
        }
        for (List<Placed> ps : placed) {
            if (ps == null) {
                continue;
            }
            for (Placed p : ps) {
                cuts.add(p.baseStart);
                cuts.add(p.baseEnd);
                if (p.kind == AlignedSegment.Kind.ADDED) {
                    insertions.add(p.baseStart);
                }
            }
        }
        List<Slot> slots = new ArrayList<>();
        for (int p : cuts) {
            if (insertions.contains(p)) {
                slots.add(new Slot(p, p, true));
            }
            if (p < n) {
                slots.add(new Slot(p, cuts.higher(p), false));
            }
        }
        List<List<Built>> built = new ArrayList<>();
        for (Slot s : slots) {
            List<Built> row = new ArrayList<>();
            for (int c = 0; c < placed.size(); c++) {
                row.add(c == baseIndex ? baseCell(s, baseTokens, baseSpanOf) : cell(s, placed.get(c), baseTokens));
            }
            built.add(row);
        }
        // merge neighbouring slots where no column changes state
        List<ComparisonRow> out = new ArrayList<>();
        List<Built> current = null;
        boolean currentInsertion = false;
        for (int i = 0; i < built.size(); i++) {
            List<Built> row = built.get(i);
            boolean insertion = slots.get(i).insertion;
            if (current != null && !insertion && !currentInsertion && mergeable(current, row)) {
                List<Built> merged = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    merged.add(join(current.get(c), row.get(c)));
                }
                current = merged;
                continue;
            }
            if (current != null) {
                out.add(toRow(current, currentInsertion));
            }
            current = row;
            currentInsertion = insertion;
        }
        if (current != null) {
            out.add(toRow(current, currentInsertion));
        }
        return out;
    }

    private static ComparisonRow toRow(List<Built> row, boolean insertion) {
        return new ComparisonRow(row.stream().map(Built::cell).toList(), insertion);
    }

    private static boolean mergeable(List<Built> a, List<Built> b) {
        for (int c = 0; c < a.size(); c++) {
            State x = a.get(c).state;
            State y = b.get(c).state;
            boolean ok = x == y && x != State.ADDED
                    || (x == State.CHANGED || x == State.CONTINUED) && y == State.CONTINUED;
            if (!ok || !Objects.equals(a.get(c).cell.span(), b.get(c).cell.span()) && y != State.CONTINUED
                    && y != State.GAP) {
                return false;
            }
        }
        return true;
    }

    private static Built join(Built a, Built b) {
        if (b.state == State.GAP || b.state == State.CONTINUED) {
            return a;
        }
        List<DiffRun> runs = new ArrayList<>(a.cell.runs());
        runs.addAll(b.cell.runs());
        return new Built(new ComparisonCell(merge(runs), a.cell.span()), a.state);
    }

    private static Built baseCell(Slot s, List<String> baseTokens, List<Span> baseSpanOf) {
        if (s.insertion) {
            return new Built(ComparisonCell.GAP, State.GAP);
        }
        return new Built(new ComparisonCell(List.of(new DiffRun(Mark.SAME,
                String.join(" ", baseTokens.subList(s.from, s.to)))), baseSpanOf.get(s.from)), State.BASE);
    }

    private static Built cell(Slot s, List<Placed> ps, List<String> baseTokens) {
        if (s.insertion) {
            List<DiffRun> runs = new ArrayList<>();
            Span span = null;
            for (Placed p : ps) {
                if (p.kind == AlignedSegment.Kind.ADDED && p.baseStart == s.from) {
                    runs.add(new DiffRun(p.loose ? Mark.CHANGED : Mark.ADDED, String.join(" ", p.memberWords)));
                    span = p.span;
                }
            }
            return runs.isEmpty() ? new Built(ComparisonCell.GAP, State.GAP)
                    : new Built(new ComparisonCell(merge(runs), span), State.ADDED);
        }
        for (Placed p : ps) {
            if (p.kind == AlignedSegment.Kind.ADDED || s.from < p.baseStart || s.from >= p.baseEnd) {
                continue;
            }
            int from = s.from - p.baseStart;
            int to = s.to - p.baseStart;
            return switch (p.kind) {
                case SHARED -> new Built(new ComparisonCell(List.of(new DiffRun(Mark.SAME,
                        String.join(" ", p.memberWords.subList(from, to)))), p.span), State.SAME);
                case MISSING -> new Built(new ComparisonCell(List.of(new DiffRun(Mark.MISSING,
                        String.join(" ", baseTokens.subList(s.from, s.to)))), p.span), State.MISSING);
                case CHANGED -> from == 0
                        ? new Built(new ComparisonCell(List.of(new DiffRun(Mark.CHANGED,
                        String.join(" ", p.memberWords), String.join(" ", p.baseWords))), p.span), State.CHANGED)
                        : new Built(ComparisonCell.GAP, State.CONTINUED);
                default -> new Built(ComparisonCell.GAP, State.GAP);
            };
        }
        return new Built(ComparisonCell.GAP, State.GAP);
    }
}
