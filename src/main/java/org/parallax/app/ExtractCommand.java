package org.parallax.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    public String name() {
        return "extract";
    }

    @Override
    public String usage() {
        return "extract FOLDER [--out FILE]";
    }

    @Override
    public String summary() {
        return "write the model JSON of a folder of articles";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        Path input = null;
        Path output = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String a = rest.remove(0);
            if (a.equals("--out") || a.equals("-o")) {
                if (rest.isEmpty()) {
                    throw new UsageException("--out needs a file name");
                }
                output = Path.of(rest.remove(0));
            } else if (a.startsWith("--out=")) {
                output = Path.of(a.substring("--out=".length()));
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new UsageException("unknown option " + a);
            } else if (input == null) {
                input = Path.of(a);
            } else {
                throw new UsageException("one FOLDER only (got also " + a + ")");
            }
        }
        if (input == null) {
            throw new UsageException("FOLDER is missing");
        }
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
