package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.parallax.eval.EventEvaluation;
import org.parallax.eval.EventReport;
import org.parallax.eval.QuoteEvaluation;
import org.parallax.eval.QuoteReport;
import org.parallax.eval.SpeakerEvaluation;
import org.parallax.eval.SpeakerReport;
import org.parallax.eval.TimelineEvaluation;
import org.parallax.eval.TimelineReport;
import org.parallax.eval.TimexEvaluation;
import org.parallax.eval.TimexReport;
import org.parallax.extract.ExtractionProgress;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
 *   <li>{@code eval timeline DIR [--json] [--errors N]} (SemEval-2015 Task 4: Track A TimeML and gold timelines): the
 *       app's events as one timeline per target entity, scored with the task's temporal awareness F1 per corpus and
 *       over all, beside the best system of the task; see {@link TimelineEvaluation}.</li>
 * </ul>
 */
@CommandLine.Command(name = "eval", sortOptions = false,
        description = "Score timexes, speakers (MEANTIME), events, quotes (ECB+) or timelines (SemEval-2015 Task 4).",
        subcommands = {EvalCommand.Timex.class, EvalCommand.Speakers.class, EvalCommand.Events.class,
            EvalCommand.Timeline.class, EvalCommand.Quotes.class})
final class EvalCommand {

    @Mixin
    HelpOption help;

    /** What every evaluation takes: the gold folder, the output's form and how many examples of errors. */
    abstract static class Evaluating implements Command {

        @Mixin
        HelpOption help;

        @Parameters(paramLabel = "DIR", description = "the folder of gold documents")
        Path dir;

        @Option(names = "--json", description = "print one flat JSON object of the figures")
        boolean json;

        @Option(names = "--errors", paramLabel = "N", converter = Converters.Count.class,
                description = "list N examples of each kind of error (default: 0)")
        int errors;

        @Override
        public int run(PrintStream out, PrintStream err) throws CommandFailedException {
            ExtractionProgress progress = TerminalProgress.analysing(err);
            try {
                return evaluate(folder(dir), new Output(json, out, err, progress));
            } finally {
                TerminalProgress.done(progress); // when it failed before printing
            }
        }

        abstract int evaluate(Path folder, Output print) throws CommandFailedException;
    }

    @CommandLine.Command(name = "timex", sortOptions = false, description = "Timex spans and values against MEANTIME XML or "
            + "TimeML (.tml): precision, recall and F1, strict and relaxed, with errors by category.")
    static final class Timex extends Evaluating {

        @Option(names = "--include-dct", description = "score the documents' creation times too")
        boolean includeDct;

        @Override
        int evaluate(Path folder, Output print) throws CommandFailedException {
            return timex(folder, includeDct, errors, print);
        }
    }

    @CommandLine.Command(name = "speakers", sortOptions = false,
            description = "Speaker accuracy on MEANTIME's speech events that have a named speaker.")
    static final class Speakers extends Evaluating {
        @Override
        int evaluate(Path folder, Output print) throws CommandFailedException {
            return speakers(folder, errors, print);
        }
    }

    @CommandLine.Command(name = "events", sortOptions = false, description = "Cross-document event clustering of each ECB+ "
            + "topic against the gold coreference (B³ and pairwise), beside two baselines.")
    static final class Events extends Evaluating {
        @Override
        int evaluate(Path folder, Output print) throws CommandFailedException {
            return events(folder, errors, print);
        }
    }

    @CommandLine.Command(name = "timeline", sortOptions = false, description = "SemEval-2015 Task 4 timelines: temporal "
            + "awareness F1 per corpus and over all, beside the task's best system.")
    static final class Timeline extends Evaluating {
        @Override
        int evaluate(Path folder, Output print) throws CommandFailedException {
            return timeline(folder, errors, print);
        }
    }

    @CommandLine.Command(name = "quotes", sortOptions = false,
            description = "The share of ECB+ direct quotes shared verbatim that land in one quote cluster.")
    static final class Quotes extends Evaluating {
        @Override
        int evaluate(Path folder, Output print) throws CommandFailedException {
            return quotes(folder, errors, print);
        }
    }

    /** Where a result goes: one JSON line (the reader's warnings to standard error) or the table for people. */
    private record Output(boolean json, PrintStream out, PrintStream err, ExtractionProgress progress) {

        int print(Supplier<String> jsonLine, Supplier<String> table, List<String> warnings) {
            TerminalProgress.done(progress); // the progress line goes before the figures
            if (json) {
                out.println(jsonLine.get());
                for (String w : warnings) {
                    err.println("warning: " + w);
                }
            } else {
                out.print(table.get());
            }
            out.flush();
            return Cli.OK;
        }
    }

    /** An evaluation over a folder of gold documents. */
    @FunctionalInterface
    private interface Evaluation<R> {
        R run(Path dir) throws IOException;
    }

    private static <R> R evaluate(Path dir, Evaluation<R> evaluation) throws CommandFailedException {
        try {
            return evaluation.run(dir);
        } catch (IOException e) {
            throw new CommandFailedException("could not read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path folder(Path dir) throws CommandFailedException {
        if (!Files.isDirectory(dir)) {
            throw new CommandFailedException("no such folder: " + dir);
        }
        return dir;
    }

    private static int timex(Path dir, boolean includeDct, int errors, Output print) throws CommandFailedException {
        TimexEvaluation.Result r = evaluate(dir, d -> TimexEvaluation.standard(print.progress()).run(d, includeDct));
        if (r.score().documents() == 0) {
            throw new CommandFailedException("no gold documents (MEANTIME .xml or TimeML .tml) under " + dir);
        }
        if (r.score().gold() == 0 && r.anchors() == null) {
            throw new CommandFailedException("no gold TIMEX3 in the " + r.score().documents() + " " + r.corpus().format()
                    + " documents under " + dir + " and no gold timelines: nothing to score");
        }
        return print.print(() -> TimexReport.json(r), () -> TimexReport.text(r, errors), r.corpus().warnings());
    }

    private static int speakers(Path dir, int errors, Output print) throws CommandFailedException {
        SpeakerEvaluation.Result r = evaluate(dir, SpeakerEvaluation.standard(print.progress())::run);
        if (r.score().documents() == 0) {
            throw new CommandFailedException("no gold documents (MEANTIME .xml) under " + dir);
        }
        if (r.score().events() == 0) {
            throw new CommandFailedException("no gold speech events under " + dir
                    + " (speakers are scored on MEANTIME's SPEECH_COGNITIVE events)");
        }
        return print.print(() -> SpeakerReport.json(r), () -> SpeakerReport.text(r, errors), r.corpus().warnings());
    }

    /**
     * {@code eval quotes DIR [--json] [--errors N]} (ECB+ XML): the share of verbatim-shared direct quotes that land
     * in one quote cluster ({@code verbatim_together_rate}); see {@code QuoteEvaluation}.
     */
    private static int quotes(Path dir, int examples, Output print) throws CommandFailedException {
        QuoteEvaluation.Result r = evaluate(dir, QuoteEvaluation.standard(print.progress())::run);
        if (r.documents() == 0) {
            throw new CommandFailedException("no ECB+ documents (NN_*.xml) under " + dir);
        }
        return print.print(() -> QuoteReport.json(r), () -> QuoteReport.text(r, examples), List.of());
    }

    /** {@code eval events DIR}: ECB+ cross-document event clustering, see {@link EventEvaluation}. */
    private static int events(Path dir, int examples, Output print) throws CommandFailedException {
        EventEvaluation.Result r = evaluate(dir, d -> EventEvaluation.standard(print.progress()).run(d, examples));
        if (r.documents() == 0) {
            throw new CommandFailedException("no ECB+ documents (.xml) under " + dir);
        }
        return print.print(() -> EventReport.json(r), () -> EventReport.text(r), r.warnings());
    }

    /** {@code eval timeline DIR}: SemEval-2015 Task 4 timelines, see {@link TimelineEvaluation}. */
    private static int timeline(Path dir, int errors, Output print) throws CommandFailedException {
        TimelineEvaluation.Result r = evaluate(dir, TimelineEvaluation.standard(print.progress())::run);
        if (r.corpora().isEmpty()) {
            throw new CommandFailedException("no SemEval-2015 Task 4 corpus (a corpus_trackA_TimeML folder beside a "
                    + "TimeLines_Gold_Standard folder) under " + dir);
        }
        return print.print(() -> TimelineReport.json(r), () -> TimelineReport.text(r, errors), r.warnings());
    }
}
