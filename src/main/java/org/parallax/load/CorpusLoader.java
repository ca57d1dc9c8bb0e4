package org.parallax.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parallax.model.Article;
import org.parallax.model.Corpus;

/**
 * Reads articles from a folder or from single files into a {@link Corpus}. Never throws on bad input:
 * every file that cannot be read becomes a {@link LoadWarning} and the others still load.
 *
 * <p>INTERIM: reads plain UTF-8 .txt only, without cleaning; the real loader replaces the body of
 * this class, keeping its public methods.
 */
public final class CorpusLoader {

    /** Loads every article file in {@code folder} (not its sub-folders), guided by its corpus.json if present. */
    public LoadResult loadFolder(Path folder, LoadProgress progress) {
        if (!Files.isDirectory(folder)) {
            return new LoadResult(Corpus.EMPTY, List.of(LoadWarning.of(folder.toString(), "not a folder")));
        }
        try (Stream<Path> files = Files.list(folder)) {
            return loadFiles(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList(), progress);
        } catch (IOException e) {
            return new LoadResult(Corpus.EMPTY, List.of(LoadWarning.of(folder.toString(), e.getMessage())));
        }
    }

    /** Loads the given files; each is read on its own, so one bad file never stops the rest. */
    public LoadResult loadFiles(List<Path> files, LoadProgress progress) {
        List<Article> articles = new ArrayList<>();
        List<LoadWarning> warnings = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String id = name.replaceFirst("\\.[^.]+$", "");
                articles.add(new Article(id, name, null, "", null, null, "", text.strip(), List.of()));
            } catch (IOException | UncheckedIOException e) {
                warnings.add(LoadWarning.of(name, "could not be read: " + e.getMessage()));
            }
            progress.fileDone(++done, files.size(), name);
        }
        return new LoadResult(Corpus.of(articles), warnings);
    }

    /** Loads the sample corpus packed into the application (resources/corpus). */
    public LoadResult loadBundled(LoadProgress progress) {
        // INTERIM: lists the bundled files from the manifest with a regex; the real loader parses it.
        try (var in = CorpusLoader.class.getResourceAsStream("/corpus/corpus.json")) {
            String manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Article> articles = new ArrayList<>();
            var m = java.util.regex.Pattern.compile("\"file\"\\s*:\\s*\"([^\"]+)\"").matcher(manifest);
            while (m.find()) {
                try (var f = CorpusLoader.class.getResourceAsStream("/corpus/" + m.group(1))) {
                    String text = new String(f.readAllBytes(), StandardCharsets.UTF_8);
                    String id = m.group(1).replaceFirst("\\.[^.]+$", "");
                    articles.add(new Article(id, m.group(1), null, "", null, null, "", text.strip(), List.of()));
                }
            }
            return new LoadResult(Corpus.of(articles), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
