package org.parallax.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.parallax.compare.Comparison;
import org.parallax.extract.Extraction;
import org.parallax.extract.ExtractionProgress;
import org.parallax.extract.source.SourceInference;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;

/**
 * Scores the app's events against the gold timelines of SemEval-2015 Task 4 (TimeLine: cross-document event
 * ordering), Track A: from the raw texts.
 *
 * <p>Each corpus (a folder with a {@code corpus_trackA_TimeML} folder of 30 articles and a
 * {@code TimeLines_Gold_Standard} folder) is opened as a user would open a folder of articles: every document becomes
 * an {@link Article} (its tokens joined, its creation time as the publication date, as the task gives it), then the
 * app's own {@link SourceInference}, {@link Extraction} and {@link Comparison} run on it. {@link SystemTimelines}
 * turns the events into one timeline per target entity, and {@link TemporalAwareness} scores each against its gold
 * timeline, micro-averaged per corpus and over all.
 */
public final class TimelineEvaluation {

    /** The F1 of the best Track A system of the task (Minard et al. 2015), the reference to beat. */
    public static final double BEST_SYSTEM_F1 = 7.85;

    /** The score of one corpus, its timelines' counts and its errors by cause. */
    /**
     * @param score         every predicate of an event's sentence that names the entity (see {@link SystemTimelines})
     * @param mainPredicate each statement's main predicate only
     */
    public record CorpusResult(String name, int documents, int events, int timelines, int goldMentions,
                               int systemMentions, TemporalAwareness score, TemporalAwareness mainPredicate,
                               Map<String, Integer> causes, Map<String, List<String>> examples) {
    }

    public record Result(Path root, List<CorpusResult> corpora, List<String> warnings, long millis) {

        public TemporalAwareness score() {
            return corpora.stream().map(CorpusResult::score).reduce(TemporalAwareness.NONE, TemporalAwareness::plus);
        }

        public TemporalAwareness mainPredicate() {
            return corpora.stream().map(CorpusResult::mainPredicate)
                    .reduce(TemporalAwareness.NONE, TemporalAwareness::plus);
        }

        public int sum(java.util.function.ToIntFunction<CorpusResult> count) {
            return corpora.stream().mapToInt(count).sum();
        }

        /** The errors by cause over all corpora. */
        public Map<String, Integer> causes() {
            Map<String, Integer> out = new LinkedHashMap<>();
            corpora.forEach(c -> c.causes().forEach((k, v) -> out.merge(k, v, Integer::sum)));
            return out;
        }
    }

    private final SourceInference sources;
    private final Extraction extraction;
    private final ExtractionProgress progress;
    private final Comparison comparison;

    public TimelineEvaluation(SourceInference sources, Extraction extraction, Comparison comparison) {
        this(sources, extraction, comparison, ExtractionProgress.NONE);
    }

    /** As the other constructor, telling {@code progress} of each article analysed (for a terminal). */
    public TimelineEvaluation(SourceInference sources, Extraction extraction, Comparison comparison, ExtractionProgress progress) {
        this.progress = progress;
        this.sources = sources;
        this.extraction = extraction;
        this.comparison = comparison;
    }

    public static TimelineEvaluation standard() {
        return new TimelineEvaluation(new SourceInference(), Extraction.standard(), new Comparison());
    }

    public static TimelineEvaluation standard(ExtractionProgress progress) {
        return new TimelineEvaluation(new SourceInference(), Extraction.standard(), new Comparison(), progress);
    }

    public Result run(Path root) throws IOException {
        long t0 = System.nanoTime();
        List<CorpusResult> out = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        for (Path dir : corpora(root)) {
            out.add(corpus(dir, warnings));
        }
        return new Result(root, out, new ArrayList<>(warnings), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The folders under {@code root} that hold a Track A TimeML folder and a gold timelines folder. */
    static List<Path> corpora(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isDirectory).filter(d -> child(d, "TimeLines") != null && trackA(d) != null)
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Path trackA(Path dir) {
        return child(dir, "corpus_trackA");
    }

    private static Path child(Path dir, String prefix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                            .startsWith(prefix.toLowerCase(Locale.ROOT)))
                    .sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private CorpusResult corpus(Path dir, Set<String> warnings) throws IOException {
        GoldCorpus gc = GoldCorpus.read(trackA(dir), TimexEvaluation::dateOfText);
        warnings.addAll(gc.warnings());
        List<Article> articles = new ArrayList<>();
        for (GoldDocument d : gc.documents()) {
            LocalDate published = published(d, warnings);
            articles.add(new Article(d.id(), d.file(), null, null, published, published == null ? DateSource.UNKNOWN
                    : DateSource.MANIFEST, null, d.text(), null));
        }
        Corpus compared = comparison.compare(extraction.extract(sources.infer(Corpus.of(articles)), progress));
        List<Timelines.Timeline> gold = new ArrayList<>();
        Set<String> entities = new LinkedHashSet<>();
        for (Timelines.Timeline t : Timelines.readFolder(child(dir, "TimeLines"))) {
            if (entities.add(t.entity())) {
                gold.add(t);
            } else {
                warnings.add(dir.getFileName() + ": a second gold timeline of '" + t.entity() + "' left out");
            }
        }
        SystemTimelines.Result system = new SystemTimelines(gc.documents(), List.copyOf(entities), true)
                .build(compared);
        SystemTimelines.Result main = new SystemTimelines(gc.documents(), List.copyOf(entities), false)
                .build(compared);
        TemporalAwareness score = TemporalAwareness.NONE;
        TemporalAwareness mainScore = TemporalAwareness.NONE;
        TimelineErrors errors = new TimelineErrors(system);
        int goldMentions = 0;
        int systemMentions = 0;
        for (Timelines.Timeline g : gold) {
            Timelines.Timeline s = timelineOf(system, g.entity());
            score = score.plus(TemporalAwareness.of(g, s));
            mainScore = mainScore.plus(TemporalAwareness.of(g, timelineOf(main, g.entity())));
            goldMentions += g.anchoredMentions();
            systemMentions += s.anchoredMentions();
            errors.add(g, s);
        }
        return new CorpusResult(dir.getFileName().toString(), gc.documents().size(), compared.events().size(),
                gold.size(), goldMentions, systemMentions, score, mainScore, errors.causes(), errors.examples());
    }

    /**
     * The day the article says it was published: its dateline (the line under the title, "February 20 , 2009"), as a
     * reader sees it, else the creation time the corpus gives. A few creation times contradict their article's own
     * dateline (2009-01-20 over "February 20 , 2009"), and the gold timelines follow the dateline.
     */
    static LocalDate published(GoldDocument d, Set<String> warnings) {
        int[] line = d.sentences().get("1");
        LocalDate dateline = line == null ? null : TimexEvaluation.dateOfText(d.text().substring(line[0], line[1]));
        if (dateline != null && d.dct() != null && !dateline.equals(d.dct())) {
            warnings.add(d.id() + ": creation time " + d.dct() + ", dateline " + dateline + ": dated by its dateline");
        }
        return dateline != null ? dateline : d.dct();
    }

    private static Timelines.Timeline timelineOf(SystemTimelines.Result r, String entity) {
        return r.byEntity().getOrDefault(entity, new Timelines.Timeline(entity, List.of()));
    }
}
