package org.parallax.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a corpus folder holds, one level deep: its article files in name order, its manifest, and a warning for
 * each other file. Hidden files and sub-folders are passed over silently (the user did not put them there as
 * articles); so are a folder's own notes (README, LICENSE, *.md), which are common and obviously not articles.
 *
 * @param articleFiles the file names of the article files, sorted
 * @param manifest     the manifest's file name, if the folder has one
 * @param lists        the file names of lists of stories ({@link StoryList}: .csv), sorted
 * @param skipped      one warning per file that is none of these
 */
record FolderContents(List<String> articleFiles, Optional<String> manifest, List<String> lists,
                      List<LoadWarning> skipped) {

    private static final System.Logger LOG = System.getLogger(FolderContents.class.getName());
    private static final Pattern NOTES = Pattern.compile("(?i)(readme|licen[cs]e|copying|notice)(\\..*)?|.*\\.md"
            + "|desktop\\.ini|thumbs\\.db");

    static FolderContents scan(Path folder) throws IOException {
        List<String> articles = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        List<LoadWarning> skipped = new ArrayList<>();
        Optional<String> manifest = Optional.empty();
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        Path realFolder = folder.toRealPath();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".") || Files.isHidden(p)) {
                LOG.log(System.Logger.Level.DEBUG, "hidden, skipped: {0}", p);
            } else if (Files.isDirectory(p)) {
                LOG.log(System.Logger.Level.DEBUG, "sub-folder, skipped: {0}", p);
            } else if (name.toLowerCase(Locale.ROOT).equals(Manifest.FILE_NAME)) {
                manifest = Optional.of(name);
            } else if (ArticleFormat.of(name).isPresent()) {
                if (p.toRealPath().startsWith(realFolder)) {
                    articles.add(name);
                } else { // the same rule as for the manifest: a corpus is what is inside its folder
                    skipped.add(LoadWarning.of(name, "a link to a file outside the folder; skipped"));
                }
            } else if (StoryList.isList(name) && p.toRealPath().startsWith(realFolder)) {
                lists.add(name);
            } else if (NOTES.matcher(name).matches()) {
                LOG.log(System.Logger.Level.DEBUG, "notes, skipped: {0}", p);
            } else {
                skipped.add(LoadWarning.of(name, ArticleFormat.notSupportedMessage() + "; skipped"));
            }
        }
        return new FolderContents(List.copyOf(articles), manifest, List.copyOf(lists), List.copyOf(skipped));
    }
}
