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
import org.parallax.extract.source.SourceInference;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Span;

/**
 * Scores the app's cross-document event clustering against ECB+ gold coreference ({@link EcbReader}).
 *
 * <p>Each topic is one corpus, as a user would open a folder of articles about one subject: every document becomes
 * an {@link Article} (text rebuilt from its tokens, its URL kept, no date given), then the app's own
 * {@link SourceInference} (dates from URLs, datelines), {@link Extraction} and {@link Comparison} run on it; an
 * article still undated takes the day of a dateline among its first four lines ({@link #dateline}). Each gold
 * {@code ACTION_*} mention is mapped to the system event with the smallest mention span that covers it; a mention no
 * event covers is a singleton. The scores ({@link EventScore}) compare that clustering with the gold clusters.
 *
 * <p>Two baselines run on the same mentions: every mention alone ({@code singletons}), and mentions of one topic with
 * the same head lemma together ({@code lemma}: the lemma of the mention's first word by the comparison's own
 * lemmatiser), a strong baseline on ECB+. A third row, {@code system × lemma}, splits each system event by the
 * mentions' head lemma: an event is a statement, which often holds several gold events ("struck ..., killing"), so
 * this row shows how well the statements line up across documents at the granularity of ECB+.
 */
public final class EventEvaluation {

    public record Result(Path root, int documents, int dated, int topics, int systemEvents, int covered,
                         int uncoveredInUndated, EventScore system,
                         EventScore singletons, EventScore lemma, EventScore systemByLemma, List<String> warnings, long millis) {
    }

    private final SourceInference sources;
    private final Extraction extraction;
    private final Comparison comparison;

    public EventEvaluation(SourceInference sources, Extraction extraction, Comparison comparison) {
        this.sources = sources;
        this.extraction = extraction;
        this.comparison = comparison;
    }

    public static EventEvaluation standard() {
        return new EventEvaluation(new SourceInference(), Extraction.standard(), new Comparison());
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
        long t0 = System.nanoTime();
        EcbReader.Result read = new EcbReader().read(root);
        List<EventScore.Item> system = new ArrayList<>();
        List<EventScore.Item> singletons = new ArrayList<>();
        List<EventScore.Item> lemma = new ArrayList<>();
        List<EventScore.Item> byLemma = new ArrayList<>();
        int events = 0;
        int dated = 0;
        int uncoveredInUndated = 0;
        int covered = 0;
        Map<String, List<EcbReader.Doc>> topics = EcbReader.byTopic(read.documents());
        for (Map.Entry<String, List<EcbReader.Doc>> topic : topics.entrySet()) {
            List<Article> articles = new ArrayList<>();
            for (EcbReader.Doc d : topic.getValue()) {
                articles.add(new Article(d.id(), d.file(), null, null, null, null, d.url(), d.text(), null));
            }
            Corpus inferred = sources.infer(Corpus.of(articles));
            inferred = inferred.withArticles(inferred.articles().stream().map(EventEvaluation::dateline).toList());
            Corpus compared = comparison.compare(extraction.extract(inferred));
            events += compared.events().size();
            dated += (int) compared.articles().stream().filter(Article::isDated).count();
            Map<String, List<Object[]>> spans = new HashMap<>();
            for (Event e : compared.events()) {
                for (Span s : e.mentions()) {
                    spans.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(new Object[] {s, e});
                }
            }
            Map<String, Boolean> isDated = new HashMap<>();
            compared.articles().forEach(a -> isDated.put(a.id(), a.isDated()));
            for (EcbReader.Doc d : topic.getValue()) {
                for (EcbReader.Mention m : d.mentions()) {
                    Event best = null;
                    int bestLength = Integer.MAX_VALUE;
                    for (Object[] o : spans.getOrDefault(d.id(), List.of())) {
                        Span s = (Span) o[0];
                        if (s.start() <= m.start() && m.end() <= s.end() && s.length() < bestLength) {
                            best = (Event) o[1];
                            bestLength = s.length();
                        }
                    }
                    if (best != null) {
                        covered++;
                    } else if (!isDated.getOrDefault(d.id(), false)) {
                        uncoveredInUndated++;
                    }
                    String gold = topic.getKey() + ":" + m.cluster();
                    system.add(new EventScore.Item(d.id(), gold,
                            best == null ? "m:" + m.id() : "t" + topic.getKey() + ":" + best.id()));
                    singletons.add(new EventScore.Item(d.id(), gold, "m:" + m.id()));
                    String head = m.words().split("\\s+")[0];
                    lemma.add(new EventScore.Item(d.id(), gold, topic.getKey() + ":" + Words.lemma(head)));
                    byLemma.add(new EventScore.Item(d.id(), gold, best == null ? "m:" + m.id()
                            : "t" + topic.getKey() + ":" + best.id() + ":" + Words.lemma(head)));
                }
            }
        }
        return new Result(root, read.documents().size(), dated, topics.size(), events, covered, uncoveredInUndated,
                EventScore.of(system),
                EventScore.of(singletons), EventScore.of(lemma), EventScore.of(byLemma), read.warnings(),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
