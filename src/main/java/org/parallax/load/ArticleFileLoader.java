package org.parallax.load;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.DateSource;

/**
 * Loads one file start to end: read the bytes, let the format's reader make sense of them, clean the text,
 * and let the manifest's values win over the file's. Whatever goes wrong stays with this file: it becomes a
 * warning, never an exception, so the other files still load. Safe to call from several threads at once.
 */
final class ArticleFileLoader {

    private static final System.Logger LOG = System.getLogger(ArticleFileLoader.class.getName());

    /** What loading one file gave: maybe an article, and the warnings about the file. */
    record Result(Optional<ArticleDraft> draft, List<LoadWarning> warnings) {
        Result {
            warnings = List.copyOf(warnings);
        }
    }

    private final long maxFileBytes;

    ArticleFileLoader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    Result load(SourceFile source, Optional<ManifestEntry> entry) {
        String name = source.name();
        try {
            Optional<ArticleFormat> format = ArticleFormat.of(name);
            if (format.isEmpty()) {
                return skipped(name, ArticleFormat.notSupportedMessage() + "; skipped");
            }
            byte[] bytes = source.read(maxFileBytes);
            ReadOutcome read = format.get().newReader().read(bytes, name, source.baseUri());
            if (read.article().isEmpty()) {
                return new Result(Optional.empty(), read.warnings());
            }
            return assemble(name, read.article().get(), entry, read.warnings());
        } catch (SourceFile.TooLargeException e) {
            return skipped(name, tooLarge(e.size(), maxFileBytes));
        } catch (NoSuchFileException e) {
            return skipped(name, "does not exist; skipped");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read " + name, e);
            return skipped(name, "could not be read: " + ReadFailure.inWords(e) + "; skipped");
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug or a pathological file (jsoup on absurd nesting) must not cost the user the others.
            LOG.log(System.Logger.Level.ERROR, "failed on " + name, e);
            return skipped(name, "could not be read: " + ReadFailure.inWords(e) + "; skipped");
        }
    }

    /** Why a file over the size limit is skipped; {@code size} negative when not known. */
    static String tooLarge(long size, long maxFileBytes) {
        String actual = size < 0 ? "" : ByteSizes.describe(size) + ", ";
        return "too large (" + actual + "over the " + ByteSizes.describe(maxFileBytes) + " limit); skipped";
    }

    /** A read article cleaned and given what its manifest entry says; {@code name} names it in warnings. */
    static Result assemble(String name, RawArticle raw, Optional<ManifestEntry> entry,
                                   List<LoadWarning> readWarnings) {
        List<LoadWarning> warnings = new ArrayList<>(readWarnings);
        String manifestTitle = entry.map(ManifestEntry::title).orElse("");
        String knownTitle = firstNonBlank(manifestTitle, raw.title());
        CleanedText cleaned = new ArticleCleaner().clean(raw.body(), knownTitle);
        if (cleaned.text().isBlank()) {
            warnings.add(LoadWarning.of(name, "no article text left after removing page furniture; skipped"));
            return new Result(Optional.empty(), warnings);
        }
        LocalDate published = entry.map(ManifestEntry::published).orElse(null);
        DateSource from = DateSource.MANIFEST;
        if (published == null) {
            published = raw.published();
            from = published == null ? DateSource.UNKNOWN : DateSource.TEXT;
        }
        ArticleDraft draft = new ArticleDraft(name,
                firstNonBlank(entry.map(ManifestEntry::outlet).orElse(""), raw.outlet()),
                firstNonBlank(knownTitle, cleaned.title()),
                published, from,
                firstNonBlank(entry.map(ManifestEntry::url).orElse(""), raw.url()),
                cleaned.text(), cleaned.removedLines());
        return new Result(Optional.of(draft), warnings);
    }

    private static Result skipped(String name, String message) {
        return new Result(Optional.empty(), List.of(LoadWarning.of(name, message)));
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : (b == null ? "" : b.strip());
    }
}
