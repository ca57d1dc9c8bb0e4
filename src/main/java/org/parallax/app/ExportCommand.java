package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parallax.export.ChartKind;
import org.parallax.export.ExportFilter;
import org.parallax.export.ExportJob;
import org.parallax.export.ExportRequest;
import org.parallax.export.Extent;
import org.parallax.export.ImageFormat;
import org.parallax.export.PngRenderer;
import org.parallax.export.Rendered;
import org.parallax.load.LoadResult;
import org.parallax.load.LoadWarning;
import org.parallax.model.Corpus;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.ui.concurrent.HeadlessFx;

/**
 * {@code export FOLDER --chart timeline|coverage --format png|svg [--scale 1|2|4] [--story ID] [--from DATE --to DATE]
 * [--lanes outlet|story] [--true-scale] [--title TEXT] [--no-legend] --out FILE}: the whole chart of a folder of
 * articles as PNG or SVG, drawn headless (Monocle, software rendering) through the same {@link ExportJob} as the
 * window's export dialog.
 */
final class ExportCommand implements Command {

    /** The parsed arguments. */
    record Arguments(Path folder, ChartKind chart, ImageFormat format, int scale, String story, LocalDate from,
                     LocalDate to, String title, boolean legend, LaneMode lanes, boolean collapse, Path out) {
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        Arguments a = parse(args);
        if (!Files.exists(a.folder())) {
            throw new CommandFailedException("no such folder or model file: " + a.folder());
        }
        Path target = a.out().toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new CommandFailedException("cannot write " + a.out() + ": the folder " + target.getParent()
                    + " does not exist");
        }
        LoadResult result = Pipeline.standard().run(a.folder());
        for (LoadWarning w : result.warnings()) {
            err.println("warning: " + w);
        }
        Corpus corpus = result.corpus();
        if (corpus.articles().isEmpty()) {
            throw new CommandFailedException("no articles in " + a.folder());
        }
        if (a.story() != null && corpus.stories().stream().noneMatch(s -> s.id().equals(a.story()))) {
            String known = corpus.stories().stream().map(s -> s.id() + " (" + s.label() + ")")
                    .collect(Collectors.joining(", "));
            throw new UsageException("unknown story '" + a.story() + "'; known stories: "
                    + (known.isEmpty() ? "none" : known));
        }
        ExportRequest request = new ExportRequest(a.chart(), Extent.EVERYTHING, a.format(), a.scale(), a.legend(),
                a.title(), new ExportFilter(a.story(), a.from(), a.to()), a.lanes(), a.collapse());
        if (corpus.events().isEmpty()) {
            err.println("warning: no events in " + a.folder() + ": the chart is empty");
        } else if (!request.filter().isNone() && request.filter().apply(corpus).events().isEmpty()) {
            err.println("warning: the filters leave no events: " + request.filter().describe(corpus)
                    + "; the chart is empty");
        }
        Rendered rendered;
        try {
            rendered = HeadlessFx.call(new ExportJob(corpus, request)::render);
        } catch (PngRenderer.TooLargeException e) {
            throw new CommandFailedException("the " + a.chart().id() + " chart is too large: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new CommandFailedException("the " + a.chart().id() + " chart could not be drawn: " + e, e);
        }
        try {
            rendered.write(a.out());
        } catch (IOException e) {
            throw new CommandFailedException("could not write " + a.out() + ": " + e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "export: wrote %s (%s, %d×%d%s, %d %s)%n", a.out(),
                a.format().extension().toUpperCase(Locale.ROOT), rendered.width(), rendered.height(),
                a.format() == ImageFormat.PNG ? " px at " + a.scale() + "×" : "", rendered.marks(),
                a.chart() == ChartKind.COVERAGE ? "reports" : "event marks");
        return Cli.OK;
    }

    static Arguments parse(String[] args) throws UsageException {
        Parsed parsed = new Parsed();
        ArgumentReader rest = new ArgumentReader(args);
        while (rest.hasNext()) {
            String arg = rest.next();
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            parsed.take(arg, value, rest);
        }
        return parsed.arguments();
    }

    /** The arguments read so far, with their defaults. */
    private static final class Parsed {
        Path folder;
        ChartKind chart;
        ImageFormat format;
        int scale = 1;
        String story;
        LocalDate from;
        LocalDate to;
        String title;
        boolean legend = true;
        LaneMode lanes = LaneMode.OUTLET;
        boolean collapse = true;
        Path out;

        /** Takes one option ({@code value} when given as --option=value, else from {@code rest}) or the folder. */
        void take(String arg, String value, ArgumentReader rest) throws UsageException {
            switch (arg) {
                case "--chart" -> {
                    String v = value(arg, value, rest);
                    chart = ChartKind.byId(v).orElseThrow(() -> new UsageException("unknown chart '" + v
                            + "': use timeline or coverage"));
                }
                case "--format" -> {
                    String v = value(arg, value, rest);
                    format = ImageFormat.byExtension(v).orElseThrow(() -> new UsageException("unknown format '" + v
                            + "': use png or svg"));
                }
                case "--scale" -> scale = scale(value(arg, value, rest));
                case "--story" -> story = value(arg, value, rest);
                case "--from" -> from = date(arg, value(arg, value, rest));
                case "--to" -> to = date(arg, value(arg, value, rest));
                case "--title" -> title = value(arg, value, rest);
                case "--no-legend" -> legend = false;
                case "--true-scale" -> collapse = false;
                case "--lanes" -> lanes = lanes(value(arg, value, rest));
                case "--out", "-o" -> out = Path.of(value(arg, value, rest));
                default -> {
                    if (arg.startsWith("-")) {
                        throw ArgumentReader.unknownOption(arg);
                    }
                    folder = ArgumentReader.positional(folder, arg, "FOLDER");
                }
            }
        }

        /** What was read, checked whole: nothing missing, the file name and format agreeing, the dates in order. */
        Arguments arguments() throws UsageException {
            ArgumentReader.required(folder, "FOLDER");
            if (chart == null) {
                throw new UsageException("--chart is missing: timeline or coverage");
            }
            if (out == null) {
                throw new UsageException("--out FILE is missing");
            }
            ImageFormat checked = formatOf(out, format, chart);
            if (from != null && to != null && to.isBefore(from)) {
                throw new UsageException("--to " + to + " is before --from " + from);
            }
            return new Arguments(folder, chart, checked, scale, story, from, to, title, legend, lanes, collapse, out);
        }
    }

    private static int scale(String v) throws UsageException {
        int scale;
        try {
            scale = Integer.parseInt(v.endsWith("x") ? v.substring(0, v.length() - 1) : v);
        } catch (NumberFormatException e) {
            scale = -1;
        }
        if (!ExportRequest.SCALES.contains(scale)) {
            throw new UsageException("bad scale '" + v + "': use 1, 2 or 4");
        }
        return scale;
    }

    private static LaneMode lanes(String v) throws UsageException {
        return switch (v) {
            case "outlet", "outlets" -> LaneMode.OUTLET;
            case "story", "stories" -> LaneMode.STORY;
            default -> throw new UsageException("unknown lanes '" + v + "': use outlet or story");
        };
    }

    /**
     * The format of {@code out}: {@code format} when given, else the file's extension; a folder, an extension other
     * than .png or .svg, or one that disagrees with {@code format} is refused.
     */
    private static ImageFormat formatOf(Path out, ImageFormat format, ChartKind chart) throws UsageException {
        if (Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a folder: give a file name, e.g. " + out.resolve(
                    chart.id() + "." + (format == null ? "png" : format.extension())));
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot <= 0 ? null : name.substring(dot + 1);
        ImageFormat named = extension == null ? null : ImageFormat.byExtension(extension).orElse(null);
        if (extension != null && named == null) {
            throw new UsageException("--out " + name + " ends in ." + extension + ": use ."
                    + (format == null ? "png or .svg" : format.extension()) + " (or no extension)");
        }
        if (format != null && named != null && named != format) {
            throw new UsageException("--format " + format.extension() + " disagrees with --out " + name
                    + ": name the file ." + format.extension() + " or use --format " + named.extension());
        }
        if (format == null && named == null) {
            throw new UsageException("--format is missing: png or svg");
        }
        return format != null ? format : named;
    }

    private static String value(String option, String inline, ArgumentReader rest) throws UsageException {
        return inline != null ? inline : rest.valueNotOption(option);
    }

    static LocalDate date(String option, String value) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("bad date '" + value + "' for " + option + ": use YYYY-MM-DD, e.g. 2015-10-20");
        }
    }

}
