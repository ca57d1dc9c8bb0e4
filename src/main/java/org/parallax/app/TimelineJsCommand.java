package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.parallax.export.ExportFilter;
import org.parallax.export.TimelineJsDocument;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;
import org.parallax.model.Corpus;

/**
 * {@code timelinejs FOLDER|MODEL.json|WORKSPACE.parallax [--story ID] [--from DATE] [--to DATE] [--title TEXT]
 * --out FILE.json}: the timeline as TimelineJS JSON ({@link TimelineJsDocument}), written atomically.
 */
final class TimelineJsCommand implements Command {

    @Override
    public int run(String[] arguments, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        Path input = null;
        Path output = null;
        String story = null;
        String title = null;
        LocalDate from = null;
        LocalDate to = null;
        ArgumentReader args = new ArgumentReader(arguments);
        while (args.hasNext()) {
            String a = args.next();
            switch (a) {
                case "--out", "-o" -> output = Path.of(args.valueNotOption("--out"));
                case "--story" -> story = args.valueNotOption(a);
                case "--title" -> title = args.valueNotOption(a);
                case "--from" -> from = ExportCommand.date(a, args.valueNotOption(a));
                case "--to" -> to = ExportCommand.date(a, args.valueNotOption(a));
                default -> {
                    if (a.startsWith("-")) {
                        throw ArgumentReader.unknownOption(a);
                    }
                    input = ArgumentReader.positional(input, a, "FOLDER");
                }
            }
        }
        ArgumentReader.required(input, "FOLDER");
        ArgumentReader.required(output, "--out FILE.json");
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        if (Files.isDirectory(output)) {
            throw new UsageException("--out " + output + " is a folder: give a file name, e.g. "
                    + output.resolve("timeline.json"));
        }
        if (!Files.exists(input)) {
            throw new CommandFailedException("no such folder or model file: " + input);
        }
        LoadResult result = Pipeline.standard().run(input);
        for (LoadWarning w : result.warnings()) {
            err.println("warning: " + w);
        }
        Corpus corpus = result.corpus();
        String storyId = story;
        if (storyId != null && corpus.stories().stream().noneMatch(s -> s.id().equals(storyId))) {
            throw new UsageException("unknown story '" + storyId + "'");
        }
        var document = TimelineJsDocument.of(corpus, new ExportFilter(story, from, to), title);
        try {
            TimelineJsDocument.write(document, output);
        } catch (IOException e) {
            throw new CommandFailedException("could not write " + output + ": " + e.getMessage(), e);
        }
        out.printf("timelinejs: wrote %s (%d slides, %d eras)%n", output, document.get("events").size(),
                document.get("eras").size());
        return Cli.OK;
    }
}
