package org.parallax.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.export.CsvTable;
import org.parallax.load.LoadResult;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code table FOLDER|MODEL.json|WORKSPACE.parallax --table articles|events|quotes|figures|coverage [--out FILE.csv]}:
 * one table of the corpus as CSV ({@link CsvTable}), written atomically, or to standard output without {@code --out}.
 */
@CommandLine.Command(name = "table", sortOptions = false,
        description = "Write one table as CSV (UTF-8, a header row) for a spreadsheet or Datawrapper.")
final class TableCommand implements Command {

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FOLDER|MODEL.json|WORKSPACE.parallax",
            description = "a folder of articles, one article file, a model JSON written by extract, or a workspace")
    Path input;

    @Option(names = "--table", required = true, paramLabel = "articles|events|quotes|figures|coverage",
            converter = Converters.Table.class, description = "which table: one row per article, event mention, "
            + "quote version, figure, or outlet's report of an event (with its lag)")
    CsvTable table;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.csv",
            description = "where to write the table, safely; standard output without it")
    Path output;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        if (output != null && Files.isDirectory(output)) {
            throw new UsageException("--out " + output + " is a folder: give a file name, e.g. "
                    + output.resolve(table.id() + ".csv"));
        }
        if (!Files.exists(input)) {
            throw new CommandFailedException("no such folder or model file: " + input);
        }
        LoadResult result = TerminalProgress.load(input, err);
        try {
            if (output == null) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                table.write(result.corpus(), w);
                w.flush();
            } else {
                int rows = table.write(result.corpus(), output);
                err.printf("table: wrote %s (%d rows of %s)%n", output, rows, table.id());
            }
        } catch (IOException e) {
            throw new CommandFailedException("could not write " + (output == null ? "the table" : output) + ": "
                    + e.getMessage(), e);
        }
        return Cli.OK;
    }
}
