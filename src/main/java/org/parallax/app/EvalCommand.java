package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.app.eval.TimexEvaluation;
import org.parallax.app.eval.TimexReport;

/**
 * {@code eval timex DIR [--json] [--errors N] [--include-dct]}: scores the app's extraction against gold corpora
 * as they are on disk (MEANTIME XML, TimeML such as SemEval-2015 Task 4) and prints precision, recall and F1 of
 * timex spans (strict and relaxed) and values (TempEval-3 style), with errors by category. {@code eval speakers}
 * comes with the speaker extraction.
 */
final class EvalCommand implements Command {

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String usage() {
        return "eval timex DIR [--json] [--errors N] [--include-dct]";
    }

    @Override
    public String summary() {
        return "score extraction against a gold corpus";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty()) {
            throw new UsageException("what to evaluate is missing (timex)");
        }
        String what = rest.remove(0);
        if (what.equals("speakers")) {
            throw new CommandFailedException("eval speakers is not available yet: speaker extraction is not built");
        }
        if (!what.equals("timex")) {
            throw new UsageException("unknown evaluation '" + what + "' (timex)");
        }
        Path dir = null;
        boolean json = false;
        boolean includeDct = false;
        int errors = 0;
        while (!rest.isEmpty()) {
            String a = rest.remove(0);
            switch (a) {
                case "--json" -> json = true;
                case "--include-dct" -> includeDct = true;
                case "--errors" -> {
                    if (rest.isEmpty()) {
                        throw new UsageException("--errors needs a number");
                    }
                    errors = count(rest.remove(0));
                }
                default -> {
                    if (a.startsWith("--errors=")) {
                        errors = count(a.substring("--errors=".length()));
                    } else if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a);
                    } else if (dir == null) {
                        dir = Path.of(a);
                    } else {
                        throw new UsageException("one DIR only (got also " + a + ")");
                    }
                }
            }
        }
        if (dir == null) {
            throw new UsageException("DIR is missing");
        }
        if (!Files.isDirectory(dir)) {
            throw new CommandFailedException("no such folder: " + dir);
        }
        TimexEvaluation.Result r;
        try {
            r = TimexEvaluation.standard().run(dir, includeDct);
        } catch (IOException e) {
            throw new CommandFailedException("could not read " + dir + ": " + e.getMessage(), e);
        }
        if (r.score().documents() == 0) {
            throw new CommandFailedException("no gold documents (MEANTIME .xml or TimeML .tml) under " + dir);
        }
        if (json) {
            out.println(TimexReport.json(r));
            for (String w : r.corpus().warnings()) {
                err.println("warning: " + w);
            }
        } else {
            out.print(TimexReport.text(r, errors));
        }
        out.flush();
        return Cli.OK;
    }

    private static int count(String s) throws UsageException {
        try {
            int n = Integer.parseInt(s);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--errors needs a number, not '" + s + "'");
        }
    }
}
