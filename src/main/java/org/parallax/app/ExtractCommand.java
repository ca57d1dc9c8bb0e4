package org.parallax.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;
import org.parallax.store.AtomicFiles;
import org.parallax.store.ModelJson;

/**
 * {@code extract FOLDER [--out FILE]}: loads a folder (or one article file), runs the pipeline and writes the
 * model JSON to FILE, or to standard output. Warnings go to standard error, one per line, so standard output
 * stays valid JSON.
 */
final class ExtractCommand implements Command {

    @Override
    public int run(String[] arguments, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        Path input = null;
        Path output = null;
        ArgumentReader args = new ArgumentReader(arguments);
        while (args.hasNext()) {
            String a = args.next();
            if (a.equals("--out") || a.equals("-o")) {
                output = Path.of(args.value("--out needs a file name"));
            } else if (ArgumentReader.joined(a, "--out") != null) {
                output = Path.of(ArgumentReader.joined(a, "--out"));
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw ArgumentReader.unknownOption(a);
            } else {
                input = ArgumentReader.positional(input, a, "FOLDER");
            }
        }
        ArgumentReader.required(input, "FOLDER");
        if (!Files.exists(input)) {
            throw new CommandFailedException("no such folder: " + input);
        }
        LoadResult result = Pipeline.standard().run(input);
        for (LoadWarning w : result.warnings()) {
            err.println("warning: " + w);
        }
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
