package org.parallax.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Corpus;

/**
 * Reads articles from a folder, from single files or from the sample corpus packed into the application, into a
 * {@link Corpus}. Never throws on bad input: every file that cannot be read becomes a {@link LoadWarning} and
 * the others still load.
 *
 * <p>Order: the files a {@code corpus.json} manifest names, in its order, then the folder's other article files
 * by name, then the rows of the folder's lists of stories that hold their text ({@link StoryList}: a Media Cloud or
 * spreadsheet CSV). What the manifest, or a list without text, says about a file (outlet, date, url, title) wins over
 * what the file says.
 */
public final class CorpusLoader {

    /** Larger files are refused: no news article is that big, and reading one would only exhaust the memory. */
    static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(CorpusLoader.class.getName());
    private static final String BUNDLED_PREFIX = "/corpus/";

    private final long maxFileBytes;
    private final ArticleFileLoader fileLoader;

    public CorpusLoader() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    /** With another size limit (tests use a small one). */
    CorpusLoader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
        this.fileLoader = new ArticleFileLoader(maxFileBytes);
    }

    /** One file to load, with what the manifest says about it, if anything. */
    private record Job(SourceFile source, Optional<ManifestEntry> entry) {
    }

    /** Loads every article file in {@code folder} (not its sub-folders), guided by its corpus.json if present. */
    public LoadResult loadFolder(Path folder, LoadProgress progress) {
        String shown = folder.toString();
        if (!Files.exists(folder)) {
            return nothing(LoadWarning.of(shown, "folder does not exist; nothing loaded"));
        }
        if (!Files.isDirectory(folder)) {
            return nothing(LoadWarning.of(shown, "not a folder; nothing loaded"));
        }
        FolderContents contents;
        try {
            contents = FolderContents.scan(folder);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list " + folder, e);
            return nothing(LoadWarning.of(shown, "folder could not be read: " + ReadFailure.inWords(e) + "; nothing loaded"));
        }
        List<LoadWarning> warnings = new ArrayList<>();
        CorpusRoot root = new CorpusRoot.Folder(folder);
        List<Job> jobs = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        if (contents.manifest().isPresent()) {
            String name = contents.manifest().get();
            Manifest manifest = readManifest(root.source(name));
            for (ManifestFiles.Resolved r : ManifestFiles.resolve(manifest, root, name, warnings)) {
                jobs.add(new Job(r.source(), Optional.of(r.entry())));
                listed.add(r.key());
            }
        }
        for (String file : contents.articleFiles()) {
            if (listed.add(root.key(file))) {
                jobs.add(new Job(root.source(file), Optional.empty()));
            }
        }
        warnings.addAll(contents.skipped());
        List<StoryList> lists = new ArrayList<>();
        for (String name : contents.lists()) {
            lists.add(readList(root.source(name), warnings));
        }
        List<ArticleFileLoader.Result> rows = new ArrayList<>();
        lists.stream().filter(StoryList::holdsText).forEach(l -> rows.addAll(l.articles()));
        LoadResult result = run(jobs, rows, warnings, progress);
        for (StoryList l : lists) {
            if (!l.holdsText()) {
                List<Article> described = l.describe(result.corpus().articles(), warnings);
                result = new LoadResult(result.corpus().withArticles(described), warnings);
            }
        }
        LOG.log(System.Logger.Level.DEBUG, "{0}: {1} articles, {2} warnings", folder,
                result.corpus().articles().size(), result.warnings().size());
        return result;
    }

    /**
     * Loads the given files; each is read on its own, so one bad file never stops the rest. A corpus.json beside a
     * file still gives that file's outlet, date, url and title.
     */
    public LoadResult loadFiles(List<Path> files, LoadProgress progress) {
        List<LoadWarning> warnings = new ArrayList<>();
        Map<Path, Map<String, ManifestEntry>> manifests = new HashMap<>();
        Set<Path> seen = new HashSet<>();
        List<Job> jobs = new ArrayList<>();
        List<ArticleFileLoader.Result> rows = new ArrayList<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!seen.add(absolute)) {
                continue;
            }
            String name = String.valueOf(absolute.getFileName());
            if (Files.isDirectory(absolute)) {
                warnings.add(LoadWarning.of(name, "is a folder, not an article file; open it as a folder to load it"));
            } else if (name.equalsIgnoreCase(Manifest.FILE_NAME)) {
                warnings.add(LoadWarning.of(name, "is the corpus manifest, not an article; open its folder to load "
                        + "the articles it names"));
            } else if (StoryList.isList(name)) {
                StoryList list = readList(SourceFile.of(absolute, name), warnings);
                if (list.holdsText()) {
                    rows.addAll(list.articles());
                } else if (!list.rows().isEmpty()) {
                    warnings.add(LoadWarning.of(name, "lists stories without their text; open its folder to load "
                            + "the article files it describes"));
                }
            } else {
                Path parent = absolute.getParent();
                Map<String, ManifestEntry> entries = manifests.computeIfAbsent(parent,
                        p -> manifestEntriesBeside(p, warnings));
                CorpusRoot root = new CorpusRoot.Folder(parent);
                jobs.add(new Job(SourceFile.of(absolute, name), Optional.ofNullable(entries.get(root.key(name)))));
            }
        }
        return run(jobs, rows, warnings, progress);
    }

    /** Loads the sample corpus packed into the application: the files its manifest names, in that order. */
    public LoadResult loadBundled(LoadProgress progress) {
        CorpusRoot root = new CorpusRoot.ClassPath(BUNDLED_PREFIX);
        String name = Manifest.FILE_NAME;
        List<LoadWarning> warnings = new ArrayList<>();
        if (CorpusLoader.class.getResource(BUNDLED_PREFIX + name) == null) {
            return nothing(LoadWarning.of(name, "the bundled sample corpus is missing from this build; nothing loaded"));
        }
        Manifest manifest = readManifest(root.source(name));
        List<Job> jobs = new ArrayList<>();
        for (ManifestFiles.Resolved r : ManifestFiles.resolve(manifest, root, name, warnings)) {
            jobs.add(new Job(r.source(), Optional.of(r.entry())));
        }
        return run(jobs, warnings, progress);
    }

    /** The entries of the manifest in {@code folder}, by file key; its parse warnings go to {@code warnings}. */
    private Map<String, ManifestEntry> manifestEntriesBeside(Path folder, List<LoadWarning> warnings) {
        Path manifestPath = folder.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestPath)) {
            return Map.of();
        }
        CorpusRoot root = new CorpusRoot.Folder(folder);
        Manifest manifest = readManifest(root.source(Manifest.FILE_NAME));
        warnings.addAll(manifest.warnings());
        // Problems with entries for files the user did not choose are not theirs to see here.
        List<LoadWarning> unrelated = new ArrayList<>();
        Map<String, ManifestEntry> byKey = new HashMap<>();
        for (ManifestFiles.Resolved r : ManifestFiles.resolve(manifest, root, Manifest.FILE_NAME, unrelated)) {
            byKey.put(r.key(), r.entry());
        }
        return byKey;
    }

    private Manifest readManifest(SourceFile source) {
        try {
            return new ManifestParser().parse(source.read(maxFileBytes), source.name());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read manifest " + source.name(), e);
            return new Manifest(List.of(), List.of(LoadWarning.of(source.name(),
                    "could not be read: " + ReadFailure.inWords(e) + "; loaded the folder without it")));
        }
    }

    /** A list of stories beside the articles ({@link StoryList}); its warnings go to {@code warnings}. */
    private StoryList readList(SourceFile source, List<LoadWarning> warnings) {
        StoryList list;
        try {
            DecodedText decoded = new TextDecoder().decode(source.read(maxFileBytes), source.name());
            list = decoded.isRefused() ? StoryList.parse("", source.name()) : StoryList.parse(decoded.text(),
                    source.name());
            warnings.addAll(decoded.warnings());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read list " + source.name(), e);
            warnings.add(LoadWarning.of(source.name(), "could not be read: " + ReadFailure.inWords(e) + "; skipped"));
            return StoryList.parse("", source.name());
        }
        warnings.addAll(list.warnings());
        return list;
    }

    private LoadResult run(List<Job> jobs, List<LoadWarning> warnings, LoadProgress progress) {
        return run(jobs, List.of(), warnings, progress);
    }

    /** Loads the files of {@code jobs}, then takes the articles already read from lists ({@code rows}). */
    private LoadResult run(List<Job> jobs, List<ArticleFileLoader.Result> rows, List<LoadWarning> warnings,
                           LoadProgress progress) {
        List<ArticleFileLoader.Result> results = OrderedWork.map(jobs,
                job -> fileLoader.load(job.source(), job.entry()),
                (job, failure) -> {
                    LOG.log(System.Logger.Level.ERROR, "failed on " + job.source().name(), failure);
                    return new ArticleFileLoader.Result(Optional.empty(), List.of(LoadWarning.of(job.source().name(),
                            "could not be read: " + ReadFailure.inWords(failure) + "; skipped")));
                },
                (i, job) -> progress.fileDone(i + 1, jobs.size(), job.source().name()));
        if (results.size() < jobs.size()) {
            warnings.add(LoadWarning.of(jobs.get(results.size()).source().name(), "loading was interrupted before this "
                    + "file; " + (jobs.size() - results.size()) + " files were not read"));
        }
        ArticleIds ids = new ArticleIds();
        List<Article> articles = new ArrayList<>();
        List<ArticleFileLoader.Result> all = new ArrayList<>(results);
        all.addAll(rows);
        for (ArticleFileLoader.Result r : all) {
            warnings.addAll(r.warnings());
            r.draft().ifPresent(d -> articles.add(d.toArticle(ids.next(d.file()))));
        }
        return new LoadResult(Corpus.of(articles), warnings);
    }

    private static LoadResult nothing(LoadWarning why) {
        return new LoadResult(Corpus.EMPTY, List.of(why));
    }
}
