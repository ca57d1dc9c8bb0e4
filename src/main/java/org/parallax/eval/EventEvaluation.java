package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.compare.Comparison;
import org.parallax.compare.event.Words;
import org.parallax.extract.Extraction;
import org.parallax.extract.ExtractionProgress;
import org.parallax.extract.source.SourceInference;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.text.SentenceSplitter;

/**
 * Scores the app's cross-document event clustering against ECB+ gold coreference ({@link EcbReader}).
 *
 * <p>Each topic is one corpus, as a user would open a folder of articles about one subject: every document becomes
 * an {@link Article} (text rebuilt from its tokens, its URL kept, no date given), then the app's own
 * {@link SourceInference} (dates from URLs, datelines), {@link Extraction} and {@link Comparison} run on it; an
 * article still undated takes the day of a dateline among its first four lines ({@link #dateline}). The system's
 * answer is the corpus' coverages ({@link HappeningRows}, decision 0028): each gold {@code ACTION_*} mention is the
 * happening whose word lies in its span; a mention no happening holds is a singleton. The timeline's events are scored
 * too ({@code statements}): each mention is mapped to the event with the smallest mention span that covers it. The
 * scores ({@link EventScore}) compare a clustering with the gold clusters.
 *
 * <p>Two baselines run on the same mentions: every mention alone ({@code singletons}), and mentions of one topic with
 * the same head lemma together ({@code lemma}: the lemma of the mention's first word by the comparison's own
 * lemmatiser), a strong baseline on ECB+. A third row, {@code system × lemma}, splits each system event by the
 * mentions' head lemma: an event is a statement, which often holds several gold events ("struck ..., killing"), so
 * this row shows how well the statements line up across documents at the granularity of ECB+. The errors by cause
 * ({@link EventErrors}) say where the statements lose.
 */
public final class EventEvaluation {

    public record Result(Path root, int documents, int dated, int topics, int systemEvents, int covered,
                         int uncoveredInUndated, EventScore statements,
                         EventScore singletons, EventScore lemma, EventScore systemByLemma, List<String> warnings, long millis,
                         EventErrors errors, EventCeilings ceilings, HappeningRows.Scores happenings) {

        /** The app's answer: its coverages' happenings (decision 0028); {@link #statements} the timeline's events. */
        public EventScore system() {
            return happenings.coverages();
        }
    }

    private final SourceInference sources;
    private final Extraction extraction;
    private final ExtractionProgress progress;
    private final Comparison comparison;

    public EventEvaluation(SourceInference sources, Extraction extraction, Comparison comparison) {
        this(sources, extraction, comparison, ExtractionProgress.NONE);
    }

    /** As the other constructor, telling {@code progress} of each article analysed (for a terminal). */
    public EventEvaluation(SourceInference sources, Extraction extraction, Comparison comparison, ExtractionProgress progress) {
        this.progress = progress;
        this.sources = sources;
        this.extraction = extraction;
        this.comparison = comparison;
    }

    public static EventEvaluation standard() {
        return new EventEvaluation(new SourceInference(), Extraction.standard(), new Comparison());
    }

    public static EventEvaluation standard(ExtractionProgress progress) {
        return new EventEvaluation(new SourceInference(), Extraction.standard(), new Comparison(), progress);
    }

    /**
     * An article the app's source inference left undated takes the day of its first short line that states one
     * (ECB+ gives datelines as lines of their own: "August 10, 2011 -- Updated 0947 GMT"), read with the app's own
     * tagger; marked as read from the text.
     */
    static Article dateline(Article a) {
        if (a.isDated()) {
            return a;
        }
        int lines = 0;
        for (String line : a.text().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (++lines > 4) {
                break;
            }
            if (line.strip().split("\\s+").length <= 15) {
                java.time.LocalDate d = TimexEvaluation.dateOfText(line);
                if (d != null) {
                    return a.withPublished(d, org.parallax.model.DateSource.TEXT);
                }
            }
        }
        return a;
    }

    public Result run(Path root) throws IOException {
        return run(root, 0);
    }

    /** Scores the corpus under {@code root}, keeping {@code examples} examples of each error cause. */
    public Result run(Path root, int examples) throws IOException {
        long t0 = System.nanoTime();
        EcbReader.Result read = new EcbReader().read(root);
        Tally t = new Tally();
        Map<String, List<EcbReader.Doc>> topics = EcbReader.byTopic(read.documents());
        for (Map.Entry<String, List<EcbReader.Doc>> topic : topics.entrySet()) {
            score(topic.getKey(), topic.getValue(), t);
        }
        return new Result(root, read.documents().size(), t.dated, topics.size(), t.events, t.covered,
                t.uncoveredInUndated, EventScore.of(t.system),
                EventScore.of(t.singletons), EventScore.of(t.lemma), EventScore.of(t.byLemma), read.warnings(),
                (System.nanoTime() - t0) / 1_000_000, EventErrors.of(t.errors, examples), EventCeilings.of(t.units),
                t.happenings.scores());
    }

    /** What the topics add up to. */
    private static final class Tally {
        final List<EventScore.Item> system = new ArrayList<>();
        final List<EventScore.Item> singletons = new ArrayList<>();
        final List<EventScore.Item> lemma = new ArrayList<>();
        final List<EventScore.Item> byLemma = new ArrayList<>();
        final List<EventErrors.Item> errors = new ArrayList<>();
        final List<EventCeilings.Mention> units = new ArrayList<>();
        final HappeningRows happenings = new HappeningRows();
        int events;
        int dated;
        int uncoveredInUndated;
        int covered;
    }

    private void score(String topic, List<EcbReader.Doc> docs, Tally t) {
        List<Article> articles = new ArrayList<>();
        for (EcbReader.Doc d : docs) {
            articles.add(new Article(d.id(), d.file(), null, null, null, null, d.url(), d.text(), null));
        }
        Corpus inferred = sources.infer(Corpus.of(articles));
        inferred = inferred.withArticles(inferred.articles().stream().map(EventEvaluation::dateline).toList());
        Corpus compared = comparison.compare(extraction.extract(inferred, progress));
        t.events += compared.events().size();
        t.happenings.score(topic, compared, docs);
        t.dated += (int) compared.articles().stream().filter(Article::isDated).count();
        Map<String, List<Object[]>> spans = new HashMap<>();
        for (Event e : compared.events()) {
            for (Span s : e.mentions()) {
                spans.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(new Object[] {s, e});
            }
        }
        Map<String, Boolean> isDated = new HashMap<>();
        compared.articles().forEach(a -> isDated.put(a.id(), a.isDated()));
        for (EcbReader.Doc d : docs) {
            List<Object[]> inDoc = spans.getOrDefault(d.id(), List.of());
            List<org.parallax.text.Sentence> sentences = SentenceSplitter.punctuation().split(d.text());
            for (EcbReader.Mention m : d.mentions()) {
                Event best = null;
                Span bestSpan = null;
                for (Object[] o : inDoc) {
                    Span s = (Span) o[0];
                    if (s.start() <= m.start() && m.end() <= s.end() && (bestSpan == null || s.length() < bestSpan.length())) {
                        best = (Event) o[1];
                        bestSpan = s;
                    }
                }
                boolean dated = isDated.getOrDefault(d.id(), false);
                if (best != null) {
                    t.covered++;
                } else if (!dated) {
                    t.uncoveredInUndated++;
                }
                String gold = topic + ":" + m.cluster();
                String key = best == null ? null : "t" + topic + ":" + best.id();
                t.system.add(new EventScore.Item(d.id(), gold, key == null ? "m:" + m.id() : key));
                t.singletons.add(new EventScore.Item(d.id(), gold, "m:" + m.id()));
                String head = Words.lemma(m.words().split("\\s+")[0]);
                t.lemma.add(new EventScore.Item(d.id(), gold, topic + ":" + head));
                t.byLemma.add(new EventScore.Item(d.id(), gold, key == null ? "m:" + m.id() : key + ":" + head));
                org.parallax.text.Sentence in = sentences.stream()
                        .filter(s -> s.start() <= m.start() && m.start() < s.end()).findFirst().orElse(null);
                boolean eventInSentence = in != null && inDoc.stream().map(o -> (Span) o[0])
                        .anyMatch(s -> s.start() < in.end() && in.start() < s.end());
                String snippet = bestSpan != null ? d.text().substring(bestSpan.start(), bestSpan.end())
                        : in != null ? d.text().substring(in.start(), in.end()) : "";
                String spanKey = bestSpan == null ? null : bestSpan.articleId() + ":" + bestSpan.start() + "-" + bestSpan.end();
                t.errors.add(new EventErrors.Item(d.id(), m.words(), gold, key, spanKey, dated, eventInSentence, snippet));
                t.units.add(new EventCeilings.Mention(d.id(), m.id(), gold, spanKey,
                        d.id() + ":" + (in == null ? m.id() : in.start())));
            }
        }
    }
}
