package org.parallax.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.parallax.export.CsvTable;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;

/**
 * {@code table FOLDER|MODEL.json|WORKSPACE.parallax --table articles|events|quotes|figures|coverage [--out FILE.csv]}:
 * one table of the corpus as CSV ({@link CsvTable}), written atomically, or to standard output without {@code --out}.
 */
final class TableCommand implements Command {

    private static final String TABLES = Arrays.stream(CsvTable.values()).map(CsvTable::id)
            .collect(Collectors.joining(", "));

    @Override
    public int run(String[] arguments, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        Path input = null;
        Path output = null;
        CsvTable table = null;
        ArgumentReader args = new ArgumentReader(arguments);
        while (args.hasNext()) {
            String a = args.next();
            switch (a) {
                case "--out", "-o" -> output = Path.of(args.valueNotOption("--out"));
                case "--table" -> {
                    String v = args.valueNotOption(a);
                    table = CsvTable.byId(v).orElseThrow(() -> new UsageException("unknown table '" + v + "': use "
                            + TABLES));
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw ArgumentReader.unknownOption(a);
                    }
                    input = ArgumentReader.positional(input, a, "FOLDER");
                }
            }
        }
        ArgumentReader.required(input, "FOLDER");
        if (table == null) {
            throw new UsageException("--table is missing: " + TABLES);
        }
        if (output != null && Files.isDirectory(output)) {
            throw new UsageException("--out " + output + " is a folder: give a file name, e.g. "
                    + output.resolve(table.id() + ".csv"));
        }
        if (!Files.exists(input)) {
            throw new CommandFailedException("no such folder or model file: " + input);
        }
        LoadResult result = Pipeline.standard().run(input);
        for (LoadWarning w : result.warnings()) {
            err.println("warning: " + w);
        }
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
