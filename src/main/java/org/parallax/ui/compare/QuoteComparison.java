package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.compare.align.AlignedSegment;
import org.parallax.compare.align.ClusterAlignment;
import org.parallax.compare.align.WordAlignment;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.model.Verdict;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.SpeakerCredit;

/**
 * The comparison view's model of one quote cluster, without a toolkit: one {@link ComparisonColumn} per article (the
 * reference's first, then by publication date), each version's words marked against the base (the reference unless
 * another column is chosen), and the aligned {@link ComparisonRow}s: the base's words cut wherever some version's
 * alignment changes, so shared words of every version sit in the same row and a version without words there leaves
 * a gap. The alignments are {@link ClusterAlignment}'s (which version is the base, which member is a piece of the
 * utterance aligned against the part of the base it covers, which shares too little to be placed); this lays them out.
 */
public record QuoteComparison(QuoteCluster cluster, String speaker, List<ComparisonColumn> columns,
                              List<ComparisonRow> rows, int baseIndex, SpeakerCredit credit) {

    public QuoteComparison {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(credit, "credit");
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
        return of(cluster, CorpusLookup.of(corpus), baseArticleId);
    }

    /** As above, with the corpus's quotes and articles looked up once for every cluster. */
    static QuoteComparison of(QuoteCluster cluster, CorpusLookup corpus, String baseArticleId) {
        Map<String, Quote> quotes = corpus.quotes();
        ClusterAlignment alignment = ClusterAlignment.of(cluster, quotes, baseArticleId);
        String speaker = cluster.speaker() != null ? cluster.speaker().name() : SpeakerCredit.UNKNOWN;
        Map<String, Article> articles = corpus.articles();
        SpeakerCredit credit = SpeakerCredit.of(cluster, quotes, articles);
        if (alignment.isEmpty()) {
            return new QuoteComparison(cluster, speaker, List.of(), List.of(), -1, credit);
        }
        String ref = alignment.referenceArticleId();
        String base = alignment.baseArticleId();
        List<String> order = new ArrayList<>(alignment.quotesByArticle().keySet());
        order.sort(Comparator.comparing((String id) -> !id.equals(ref))
                .thenComparing(id -> articles.containsKey(id) ? articles.get(id).published() : null,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder()));
        List<ComparisonColumn> columns = new ArrayList<>();
        List<List<Placed>> placed = new ArrayList<>();
        for (String id : order) {
            List<Quote> qs = alignment.quotesByArticle().get(id);
            Article a = articles.get(id);
            List<Verdict> vs = qs.stream().map(alignment::verdict).distinct().toList();
            String who = qs.stream().map(Quote::speaker).filter(Objects::nonNull).map(s -> s.name()).findFirst()
                    .orElse(speaker);
            boolean isBase = id.equals(base);
            List<DiffRun> runs = new ArrayList<>();
            List<Placed> places = new ArrayList<>();
            for (Quote q : qs) {
                if (!runs.isEmpty()) {
                    runs.add(new DiffRun(Mark.SAME, ComparisonColumn.ELLIPSIS));
                }
                if (isBase) {
                    runs.add(new DiffRun(Mark.SAME, String.join(" ", WordAlignment.tokens(q.text()))));
                } else {
                    version(alignment.member(q), alignment.baseWords().size(), runs, places);
                }
            }
            columns.add(new ComparisonColumn(id, a == null ? Outlet.UNKNOWN : a.outlet(),
                    a == null ? null : a.published(), who, qs, vs, id.equals(ref), isBase, merge(runs),
                    a == null ? null : ArticleLabels.source(a)));
            placed.add(isBase ? null : places);
        }
        int baseIndex = order.indexOf(base);
        return new QuoteComparison(cluster, speaker, columns,
                rows(alignment.baseWords(), alignment.baseSpans(), placed, baseIndex), baseIndex, credit);
    }

    /** Adds a member's runs (its words marked) and its places on the base's words. */
    private static void version(ClusterAlignment.Member m, int baseWords, List<DiffRun> runs, List<Placed> places) {
        Quote q = m.quote();
        if (m.loose()) {
            // hardly a word in common: no place in the base, one changed run after it
            List<String> words = WordAlignment.tokens(q.text());
            runs.add(new DiffRun(Mark.CHANGED, String.join(" ", words), ""));
            places.add(new Placed(AlignedSegment.Kind.ADDED, baseWords, baseWords, words, List.of(), q.span(), true));
            return;
        }
        runs.addAll(runsOf(m.segments()));
        places.addAll(place(m.segments(), m.offset(), q.span()));
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
