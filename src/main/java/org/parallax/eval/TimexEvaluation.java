package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.extract.Extraction;
import org.parallax.extract.ExtractionProgress;
import org.parallax.extract.time.TimexTagger;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;

/**
 * Runs the app's {@link Extraction} over a gold corpus and scores its temporal expressions.
 *
 * <p>Each gold document becomes an {@link Article} whose text is its tokens joined by spaces (sentences by line
 * breaks) and whose publication date is the document creation time. By default the creation-time timex
 * itself (MEANTIME anchors it on the dateline under the title) is left out of the score on both sides: it is
 * metadata the app is given, not something it has to find, and counting it would reward copying the DCT back.
 * {@code includeDct} scores it like any other mention.
 *
 * <p>For corpora without TIMEX3 in the text (SemEval-2015 Task 4 has only DCTs) it also checks the gold
 * timelines: for each dated event mention, whether a temporal expression in its sentence carries its date.
 */
public final class TimexEvaluation {

    /** Timeline anchors: dated event mentions and whether the sentence's timexes carry the date. */
    public record AnchorScore(int anchors, int inCorpus, int sameValue, int dctOnly, int otherValue, int noTimex,
                              Map<String, Integer> byGranularity, List<String> examples) {
    }

    public record Result(GoldCorpus corpus, TimexScore score, AnchorScore anchors, boolean includeDct,
                         int undated, long millis) {
    }

    private final Extraction extraction;
    private final ExtractionProgress progress;

    public TimexEvaluation(Extraction extraction) {
        this(extraction, ExtractionProgress.NONE);
    }

    /** As the other constructor, telling {@code progress} of each article analysed (for a terminal). */
    public TimexEvaluation(Extraction extraction, ExtractionProgress progress) {
        this.progress = progress;
        this.extraction = extraction;
    }

    public static TimexEvaluation standard() {
        return new TimexEvaluation(Extraction.standard());
    }

    public static TimexEvaluation standard(ExtractionProgress progress) {
        return new TimexEvaluation(Extraction.standard(), progress);
    }

    /** A day read from a short text ("February 03 , 2009") with the app's own tagger, for malformed DCTs. */
    public static LocalDate dateOfText(String words) {
        Article a = new Article("dct", "dct", null, null, null, null, null, words, null);
        for (TimeMention m : new TimexTagger().tag(a)) {
            if (m.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(m.value().substring(0, 10));
            }
        }
        return null;
    }

    public Result run(Path root, boolean includeDct) throws IOException {
        long t0 = System.nanoTime();
        GoldCorpus gc = GoldCorpus.read(root, TimexEvaluation::dateOfText);
        List<Article> articles = new ArrayList<>();
        int undated = 0;
        for (GoldDocument d : gc.documents()) {
            if (d.dct() == null) {
                undated++;
            }
            articles.add(new Article(d.id(), d.file(), null, null, d.dct(), d.dct() == null ? DateSource.UNKNOWN
                    : DateSource.MANIFEST, null, d.text(), null));
        }
        Corpus extracted = extraction.extract(Corpus.of(articles), progress);
        Map<String, List<TimeMention>> byDoc = new HashMap<>();
        for (TimeMention m : extracted.timexes()) {
            byDoc.computeIfAbsent(m.span().articleId(), k -> new ArrayList<>()).add(m);
        }
        TimexScore score = new TimexScore();
        for (GoldDocument d : gc.documents()) {
            List<TimeMention> sys = byDoc.getOrDefault(d.id(), List.of());
            sys = sys.stream().filter(m -> m.span().start() < d.annotatedEnd()).toList();
            List<GoldTimex> gold = d.timexes();
            if (!includeDct) {
                List<GoldTimex> dcts = gold.stream().filter(GoldTimex::creationTime).toList();
                gold = gold.stream().filter(g -> !g.creationTime()).toList();
                sys = sys.stream().filter(m -> dcts.stream().noneMatch(g -> g.overlaps(m.span().start(), m.span().end())))
                        .toList();
            }
            score.add(d.id(), d.text(), gold, sys);
        }
        AnchorScore anchors = anchors(root, gc, byDoc);
        return new Result(gc, score, anchors, includeDct, undated, (System.nanoTime() - t0) / 1_000_000);
    }

    private static AnchorScore anchors(Path root, GoldCorpus gc, Map<String, List<TimeMention>> byDoc)
            throws IOException {
        List<Timelines.Anchor> all = Timelines.read(root);
        if (all.isEmpty()) {
            return null;
        }
        Map<String, GoldDocument> docs = new HashMap<>();
        for (GoldDocument d : gc.documents()) {
            docs.put(d.id(), d);
        }
        int in = 0;
        int same = 0;
        int dct = 0;
        int other = 0;
        int none = 0;
        Map<String, Integer> gran = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (Timelines.Anchor a : all) {
            GoldDocument d = docs.get(a.doc());
            int[] sent = d == null ? null : d.sentences().get(a.sentence());
            if (sent == null) {
                continue;
            }
            in++;
            Span s = new Span(d.id(), sent[0], sent[1]);
            List<TimeMention> inSentence = byDoc.getOrDefault(d.id(), List.of()).stream()
                    .filter(m -> s.contains(m.span())).toList();
            String date = a.date().replaceAll("(-XX)+$", ""); // "2003-XX-XX" is the year 2003
            String g = date.length() == 10 ? "day" : date.length() == 7 ? "month" : "year";
            if (inSentence.stream().anyMatch(m -> dayPart(m.value()).equals(date))) {
                same++;
                gran.merge(g + " found", 1, Integer::sum);
            } else if (d.dct() != null && d.dct().toString().equals(date)) {
                dct++;
                gran.merge(g + " dct", 1, Integer::sum);
            } else if (!inSentence.isEmpty()) {
                other++;
                gran.merge(g + " other value", 1, Integer::sum);
                examples.add(a.doc() + "-" + a.sentence() + " " + a.word() + " gold " + date + ", sentence has "
                        + inSentence.stream().map(m -> "'" + m.text() + "' " + m.value()).toList());
            } else {
                none++;
                gran.merge(g + " no timex", 1, Integer::sum);
            }
        }
        return new AnchorScore(all.size(), in, same, dct, other, none, gran, examples);
    }

    /** The calendar part of a value at day precision: "2015-10-20TEV" → "2015-10-20". */
    private static String dayPart(String v) {
        int t = v.indexOf('T');
        return t > 0 ? v.substring(0, t) : v;
    }
}
