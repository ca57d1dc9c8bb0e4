package org.parallax.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.load.LoadResult;
import org.parallax.store.AtomicFiles;
import org.parallax.store.ModelJson;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code extract FOLDER [--out FILE]}: loads a folder (or one article file), runs the pipeline and writes the
 * model JSON to FILE, or to standard output. Warnings go to standard error, one per line, so standard output
 * stays valid JSON.
 */
@CommandLine.Command(name = "extract", sortOptions = false,
        description = "Write the model JSON of a folder of articles, or of a workspace with its corrections applied.")
final class ExtractCommand implements Command {

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FOLDER|WORKSPACE.parallax",
            description = "a folder of articles, one article file, or a workspace saved by the window")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "where to write the model JSON (its folder is made when missing); standard output without it")
    Path output;

    @Override
    public int run(PrintStream out, PrintStream err) throws CommandFailedException {
        if (!Files.exists(input)) {
            throw new CommandFailedException("no such folder: " + input);
        }
        LoadResult result = TerminalProgress.load(input, err);
        ModelJson json = new ModelJson();
        try {
            if (output == null) {
                json.write(result.corpus(), (OutputStream) out);
                out.flush();
            } else {
                writeAtomically(json, result, output);
            }
        } catch (IOException e) {
            throw new CommandFailedException("could not write " + (output == null ? "output" : output) + ": "
                    + e.getMessage(), e);
        }
        return Cli.OK;
    }

    /** Creates the folder when missing, then writes atomically: a reader never sees half a file. */
    private static void writeAtomically(ModelJson json, LoadResult result, Path output) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        AtomicFiles.write(output, o -> json.write(result.corpus(), o));
    }
}
