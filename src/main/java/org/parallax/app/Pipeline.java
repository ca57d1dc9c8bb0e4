package org.parallax.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.Optional;
import org.parallax.compare.Comparison;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.TimeMention;
import org.parallax.model.Corpus;
import org.parallax.store.ExtractionCache;
import org.parallax.store.ModelFormatException;
import org.parallax.store.ModelJson;
import org.parallax.store.Overlay;
import org.parallax.store.TwoStageOverlay;
import org.parallax.store.WorkspaceJson;

/**
 * Files to corpus, the one way (a model JSON file opens as it is): load, infer what the manifest left out (outlet, publication date: relative dates
 * resolve against it), extract, and compare across outlets (events, stories, quote clusters). The command line and the
 * window both go through it, so they always agree. Thread-safe; it runs off the FX thread.
 */
final class Pipeline {

    private final CorpusLoader loader;
    private final SourceInference sources;
    /** Made on first use: its models take seconds, and an opening read whole from the cache never needs them. */
    private final Supplier<Extraction> extraction;
    private final Comparison comparison;
    private final ModelJson models = new ModelJson();
    private final Optional<ExtractionCache> cache;

    Pipeline(CorpusLoader loader, SourceInference sources, Extraction extraction, Comparison comparison) {
        this(loader, sources, extraction, comparison, Optional.empty());
    }

    /** With {@code cache}, what was extracted before from the same articles is read back instead. */
    Pipeline(CorpusLoader loader, SourceInference sources, Extraction extraction, Comparison comparison,
             Optional<ExtractionCache> cache) {
        this(loader, sources, () -> extraction, comparison, cache);
    }

    /** As above, the extraction made when first needed. */
    Pipeline(CorpusLoader loader, SourceInference sources, Supplier<Extraction> extraction,
             Comparison comparison, Optional<ExtractionCache> cache) {
        this.loader = loader;
        this.sources = sources;
        this.extraction = once(extraction);
        this.comparison = comparison;
        this.cache = cache;
    }

    /** {@code make}'s value, made by the first caller; thread-safe. */
    static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    /** The standard stages with the extraction cache in the user's cache folder. */
    static Pipeline standard() {
        return standard(Optional.of(ExtractionCache.standard()));
    }

    /** The extraction cache this pipeline reads through, if any. */
    Optional<ExtractionCache> cache() {
        return cache;
    }

    static Pipeline standard(Optional<ExtractionCache> cache) {
        return new Pipeline(new CorpusLoader(), new SourceInference(), Extraction::standard, new Comparison(), cache);
    }

    /** The standard stages, extracting every time (to measure or watch extraction itself). */
    static Pipeline uncached() {
        return standard(Optional.empty());
    }

    LoadResult run(Path folderOrFile) {
        return run(folderOrFile, LoadProgress.NONE);
    }

    /** A folder, or a single article file. */
    LoadResult run(Path folderOrFile, LoadProgress progress) {
        return Files.isDirectory(folderOrFile)
                ? loadFolder(folderOrFile, progress)
                : loadFiles(List.of(folderOrFile), progress);
    }

    LoadResult loadFolder(Path folder, LoadProgress progress) {
        Phases phases = new Phases(progress);
        return extract(loader.loadFolder(folder, phases::fileLoaded), phases);
    }

    /** Article files; or one model JSON file (what {@code extract} writes), opened as it is, without extracting. */
    LoadResult loadFiles(List<Path> files, LoadProgress progress) {
        if (files.size() == 1 && models.isModelFile(files.get(0))) {
            return openModel(files.get(0), progress);
        }
        if (files.size() == 1 && String.valueOf(files.get(0).getFileName()).endsWith(WorkspaceJson.EXTENSION)) {
            return openWorkspace(files.get(0));
        }
        Phases phases = new Phases(progress);
        return extract(loader.loadFiles(files, phases::fileLoaded), phases);
    }

    /** A workspace file as the user left it: its model with their corrections applied. */
    private LoadResult openWorkspace(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            WorkspaceJson.Loaded read = new WorkspaceJson().read(file);
            List<LoadWarning> warnings = new java.util.ArrayList<>(read.problems().stream()
                    .map(p -> new LoadWarning(name, p.line(), p.column(), p.message())).toList());
            Overlay.Result corrected = new TwoStageOverlay(this::reextract)
                    .apply(read.workspace().extracted(), read.workspace().corrections());
            corrected.orphans().forEach(c -> warnings.add(LoadWarning.of(name,
                    "a correction whose words are no longer found was not applied: " + c.describe())));
            return new LoadResult(corrected.corpus(), warnings);
        } catch (ModelFormatException e) {
            return new LoadResult(Corpus.EMPTY, List.of(new LoadWarning(name, e.line(), e.column(),
                    "cannot open this workspace: " + e.getMessage())));
        } catch (IOException e) {
            return new LoadResult(Corpus.EMPTY, List.of(LoadWarning.of(name, "cannot read this workspace: " + e.getMessage())));
        }
    }

    /**
     * Stage one of the overlay ({@link TwoStageOverlay}): the {@code changed} articles (re-dated by the user) go through
     * the article extractors again, their relative dates resolving against the new date, and the whole corpus is
     * compared anew. Quotes stay: they are found across the corpus and read no dates.
     */
    Corpus reextract(Corpus corpus, Set<String> changed) {
        Map<String, Extraction.Findings> again = corpus.articles().parallelStream()
                .filter(a -> changed.contains(a.id()))
                .collect(Collectors.toMap(Article::id, extraction.get()::extract));
        Map<String, List<TimeMention>> timexes = corpus.timexes().stream()
                .collect(Collectors.groupingBy(t -> t.span().articleId()));
        Map<String, List<Claim>> claims = corpus.claims().stream().collect(Collectors.groupingBy(Claim::articleId));
        List<TimeMention> allTimexes = new ArrayList<>();
        List<Claim> allClaims = new ArrayList<>();
        for (Article a : corpus.articles()) { // in article order, as extraction leaves them
            Extraction.Findings f = again.get(a.id());
            allTimexes.addAll(f != null ? f.timexes() : timexes.getOrDefault(a.id(), List.of()));
            allClaims.addAll(f != null ? f.claims() : claims.getOrDefault(a.id(), List.of()));
        }
        return comparison.compare(corpus.withTimexes(allTimexes).withClaims(allClaims));
    }

    /** The model's articles carry their texts, so the original files need not exist. */
    private LoadResult openModel(Path file, LoadProgress progress) {
        String name = String.valueOf(file.getFileName());
        progress.fileDone(0, 1, "reading " + name);
        LoadResult result;
        try {
            result = new LoadResult(models.read(file), List.of());
        } catch (ModelFormatException e) {
            result = new LoadResult(Corpus.EMPTY, List.of(new LoadWarning(name, e.line(), e.column(),
                    "cannot open this model: " + e.getMessage())));
        } catch (IOException e) {
            result = new LoadResult(Corpus.EMPTY, List.of(LoadWarning.of(name, "cannot read this model: " + e.getMessage())));
        }
        progress.fileDone(1, 1, "read " + name);
        return result;
    }

    LoadResult loadBundled(LoadProgress progress) {
        Phases phases = new Phases(progress);
        return extract(loader.loadBundled(phases::fileLoaded), phases);
    }

    /**
     * Infers, extracts and compares; with a cache, an unchanged set of articles is read back whole (the comparison
     * costs as much as extraction), and otherwise only the articles not seen before go through the article
     * extractors. Quotes always run over every article: a speaker's name resolves across the corpus.
     */
    private LoadResult extract(LoadResult loaded, Phases phases) {
        List<Article> articles = loaded.corpus().articles();
        if (cache.isEmpty() || articles.isEmpty()) {
            var extracted = extraction.get().extract(sources.infer(loaded.corpus(), phases::inferring),
                    phases::articleAnalysed);
            return compared(compare(extracted, phases), loaded, phases);
        }
        ExtractionCache kept = cache.get();
        String key = kept.corpusKey(articles);
        Optional<Corpus> whole = kept.corpus(key, articles.stream().map(Article::id).toList());
        if (whole.isPresent()) {
            return compared(whole.get(), loaded, phases);
        }
        var extracted = extraction.get().extract(sources.infer(loaded.corpus(), phases::inferring),
                phases::articleAnalysed, new CachedFindings(kept));
        Corpus done = compare(extracted, phases);
        phases.comparing(); // a cancelled opening keeps nothing in the cache
        kept.put(key, done);
        return compared(done, loaded, phases);
    }

    /** The comparison's two steps, telling progress before each, so a cancelled opening stops between them. */
    private Corpus compare(Corpus extracted, Phases phases) {
        phases.comparing();
        Corpus withEvents = comparison.withCoverages(comparison.withEvents(extracted));
        phases.comparing();
        return comparison.withQuoteClusters(withEvents);
    }

    private static LoadResult compared(Corpus corpus, LoadResult loaded, Phases phases) {
        LoadResult result = new LoadResult(corpus, loaded.warnings());
        phases.compared();
        return result;
    }

    /**
     * One progress bar over the three phases: each file read, each article analysed and the comparison count one
     * step, so extraction (most of the time) moves the bar too. Until loading ends, as many articles as files are
     * assumed.
     */
    private static final class Phases {
        private static final int INFER_STEP = 256;
        private final LoadProgress progress;
        private volatile int files;
        private volatile int articles = -1;
        private final AtomicInteger inferred = new AtomicInteger();

        Phases(LoadProgress progress) {
            this.progress = progress;
        }

        void fileLoaded(int done, int total, String file) {
            files = total;
            progress.fileDone(done, 2 * total + 1, "reading " + file);
        }

        /**
         * While outlets and dates are read from the articles' words (after the files, before extraction): the bar
         * stays where reading ended, and every {@value #INFER_STEP} articles the callback is told, so a cancel is seen
         * within moments even in a folder of 100,000 files.
         */
        void inferring() {
            if (inferred.incrementAndGet() % INFER_STEP == 0) {
                progress.fileDone(files, 2 * files + 1, "reading outlets and dates");
            }
        }

        void articleAnalysed(int done, int total, String file) {
            articles = total;
            progress.fileDone(files + done, files + total + 1, "analysing " + file);
        }

        /** Tells the bar the comparison runs (one step short of full): where a cancel is seen during it. */
        void comparing() {
            int steps = files + Math.max(articles, 0) + 1;
            progress.fileDone(steps - 1, steps, "comparing outlets");
        }

        void compared() {
            int steps = files + Math.max(articles, 0) + 1;
            progress.fileDone(steps, steps, "comparing outlets");
        }
    }
}
