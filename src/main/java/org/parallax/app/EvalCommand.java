package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.eval.EventEvaluation;
import org.parallax.eval.EventReport;
import org.parallax.eval.SpeakerEvaluation;
import org.parallax.eval.SpeakerReport;
import org.parallax.eval.TimexEvaluation;
import org.parallax.eval.TimexReport;

/**
 * Scores the app's extraction against gold corpora as they are on disk; {@code --json} prints one flat JSON object
 * of the figures, {@code --errors N} lists N examples per error category.
 *
 * <ul>
 *   <li>{@code eval timex DIR [--json] [--errors N] [--include-dct]} (MEANTIME XML, TimeML such as SemEval-2015
 *       Task 4): precision, recall and F1 of timex spans (strict and relaxed) and values (TempEval-3 style), with
 *       errors by category.</li>
 *   <li>{@code eval speakers DIR [--json] [--errors N]} (MEANTIME XML): speaker accuracy on MEANTIME's speech
 *       events that have a speaker. The gold events are the event mentions of class {@code SPEECH_COGNITIVE}
 *       whose {@code Arg0} participant refers to a person or organisation with a name (a DBpedia link or a
 *       mention tagged NAM); for each, the system quote is the one nearest the event's cue word among the quotes
 *       in the cue's sentence that do not contain the cue, and the event is correct when that quote's speaker
 *       names the gold entity (its descriptor, DBpedia label or NAM mentions, each up to its first comma or bracket;
 *       case, accents, punctuation, honorifics and company suffixes ignored): equal names; the same surname with the
 *       same given name, or either one a bare surname; for an organisation the same last word with every word of
 *       one in the other, a leading part of its name, or its initials. Speaker accuracy is
 *       correct / gold events; coverage (gold events with a system quote) and accuracy on the covered ones are
 *       printed beside it ({@code speaker_accuracy}, {@code speaker_coverage}, {@code speaker_accuracy_covered}),
 *       with the errors by category: not covered, covered with no speaker, covered with a wrong speaker.</li>
 *   <li>{@code eval events DIR [--json]} (ECB+ CROMER XML): cross-document event clustering of each topic as one
 *       corpus against the gold coreference, B³ and pairwise precision, recall and F1 with two baselines (all
 *       singletons, same head lemma); see {@link EventEvaluation}.</li>
 * </ul>
 */
final class EvalCommand implements Command {

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String usage() {
        return "eval timex|speakers|events|quotes DIR [--json] [--errors N] [--include-dct]";
    }

    @Override
    public String summary() {
        return "score timexes, speakers (MEANTIME), events or quotes (ECB+) against gold corpora";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty()) {
            throw new UsageException("what to evaluate is missing (timex, speakers, events or quotes)");
        }
        String what = rest.remove(0);
        if (what.equals("quotes")) {
            return quotes(rest, out);
        }
        if (!what.equals("timex") && !what.equals("speakers") && !what.equals("events")) {
            throw new UsageException("unknown evaluation '" + what + "' (timex, speakers, events or quotes)");
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
        if (includeDct && what.equals("speakers")) {
            throw new UsageException("--include-dct is an option of eval timex");
        }
        if (!Files.isDirectory(dir)) {
            throw new CommandFailedException("no such folder: " + dir);
        }
        if (what.equals("speakers")) {
            return speakers(dir, json, errors, out, err);
        }
        if (what.equals("events")) {
            return events(dir, json, out, err);
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

    private static int speakers(Path dir, boolean json, int errors, PrintStream out, PrintStream err)
            throws CommandFailedException {
        SpeakerEvaluation.Result r;
        try {
            r = SpeakerEvaluation.standard().run(dir);
        } catch (IOException e) {
            throw new CommandFailedException("could not read " + dir + ": " + e.getMessage(), e);
        }
        if (r.score().documents() == 0) {
            throw new CommandFailedException("no gold documents (MEANTIME .xml) under " + dir);
        }
        if (r.score().events() == 0) {
            throw new CommandFailedException("no gold speech events under " + dir
                    + " (speakers are scored on MEANTIME's SPEECH_COGNITIVE events)");
        }
        if (json) {
            out.println(SpeakerReport.json(r));
            for (String w : r.corpus().warnings()) {
                err.println("warning: " + w);
            }
        } else {
            out.print(SpeakerReport.text(r, errors));
        }
        out.flush();
        return Cli.OK;
    }

    /**
     * {@code eval quotes DIR [--json] [--errors N]} (ECB+ XML): the share of verbatim-shared direct quotes that land
     * in one quote cluster ({@code verbatim_together_rate}); see {@code QuoteEvaluation}.
     */
    private static int quotes(List<String> rest, PrintStream out) throws UsageException, CommandFailedException {
        Path dir = null;
        boolean json = false;
        int errors = 0;
        while (!rest.isEmpty()) {
            String a = rest.remove(0);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--errors") && !rest.isEmpty()) {
                errors = count(rest.remove(0));
            } else if (a.startsWith("--errors=")) {
                errors = count(a.substring("--errors=".length()));
            } else if (a.startsWith("-") || dir != null) {
                throw new UsageException("eval quotes DIR [--json] [--errors N]: unexpected " + a);
            } else {
                dir = Path.of(a);
            }
        }
        if (dir == null) {
            throw new UsageException("eval quotes DIR [--json] [--errors N]: DIR is missing");
        }
        if (!Files.isDirectory(dir)) {
            throw new CommandFailedException("no such folder: " + dir);
        }
        org.parallax.eval.QuoteEvaluation.Result r;
        try {
            r = org.parallax.eval.QuoteEvaluation.standard().run(dir);
        } catch (IOException e) {
            throw new CommandFailedException("could not read " + dir + ": " + e.getMessage(), e);
        }
        if (r.documents() == 0) {
            throw new CommandFailedException("no ECB+ documents (NN_*.xml) under " + dir);
        }
        out.print(json ? org.parallax.eval.QuoteReport.json(r) + System.lineSeparator()
                : org.parallax.eval.QuoteReport.text(r, errors));
        out.flush();
        return Cli.OK;
    }

    /** {@code eval events DIR}: ECB+ cross-document event clustering, see {@link EventEvaluation}. */
    private static int events(Path dir, boolean json, PrintStream out, PrintStream err) throws CommandFailedException {
        EventEvaluation.Result r;
        try {
            r = EventEvaluation.standard().run(dir);
        } catch (IOException e) {
            throw new CommandFailedException("could not read " + dir + ": " + e.getMessage(), e);
        }
        if (r.documents() == 0) {
            throw new CommandFailedException("no ECB+ documents (.xml) under " + dir);
        }
        if (json) {
            out.println(EventReport.json(r));
            r.warnings().forEach(w -> err.println("warning: " + w));
        } else {
            out.print(EventReport.text(r));
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
