package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.export.TimelineJsDocument;
import org.parallax.load.LoadResult;
import org.parallax.model.Corpus;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code timelinejs FOLDER|MODEL.json|WORKSPACE.parallax [--story ID] [--from DATE] [--to DATE] [--title TEXT]
 * --out FILE.json}: the timeline as TimelineJS JSON ({@link TimelineJsDocument}), written atomically.
 */
@CommandLine.Command(name = "timelinejs", sortOptions = false,
        description = "Write the timeline as TimelineJS JSON, to publish it on the web with TimelineJS.")
final class TimelineJsCommand implements Command {

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FOLDER|MODEL.json|WORKSPACE.parallax",
            description = "a folder of articles, one article file, a model JSON written by extract, or a workspace")
    Path input;

    @Mixin
    FilterOptions filter;

    @Option(names = "--title", paramLabel = "TEXT", description = "the title slide's headline")
    String title;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.json",
            description = "where to write the TimelineJS JSON, safely")
    Path output;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        filter.check();
        if (Files.isDirectory(output)) {
            throw new UsageException("--out " + output + " is a folder: give a file name, e.g. "
                    + output.resolve("timeline.json"));
        }
        if (!Files.exists(input)) {
            throw new CommandFailedException("no such folder or model file: " + input);
        }
        LoadResult result = TerminalProgress.load(input, err);
        Corpus corpus = result.corpus();
        FilterOptions.checkStory(filter.story, corpus);
        var document = TimelineJsDocument.of(corpus, filter.exportFilter(), title);
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
