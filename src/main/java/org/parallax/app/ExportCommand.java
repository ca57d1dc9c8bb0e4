package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.parallax.export.ChartKind;
import org.parallax.export.ExportFilter;
import org.parallax.export.ExportJob;
import org.parallax.export.ExportRequest;
import org.parallax.export.Extent;
import org.parallax.export.ImageFormat;
import org.parallax.export.PngRenderer;
import org.parallax.export.Rendered;
import org.parallax.load.LoadResult;
import org.parallax.model.Corpus;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.ui.concurrent.HeadlessFx;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export FOLDER --chart timeline|coverage --format png|svg [--scale 1|2|4] [--story ID] [--from DATE --to DATE]
 * [--lanes outlet|story] [--true-scale] [--title TEXT] [--no-legend] --out FILE}: the whole chart of a folder of
 * articles as PNG or SVG, drawn headless (Monocle, software rendering) through the same {@link ExportJob} as the
 * window's export dialog.
 */
@CommandLine.Command(name = "export", sortOptions = false,
        description = "Draw a chart of a folder of articles (or a model JSON) as PNG or SVG, headless.")
final class ExportCommand implements Command {

    /** The parsed arguments. */
    record Arguments(Path folder, ChartKind chart, ImageFormat format, int scale, String story, LocalDate from,
                     LocalDate to, String title, boolean legend, LaneMode lanes, boolean collapse, Path out) {
    }

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FOLDER|MODEL.json",
            description = "a folder of articles, one article file, or a model JSON written by extract")
    Path folder;

    @Option(names = "--chart", required = true, paramLabel = "timeline|coverage", converter = Converters.Chart.class,
            description = "the timeline of events by outlet or story, or the coverage grid of who reported what, when")
    ChartKind chart;

    @Option(names = "--format", paramLabel = "png|svg", converter = Converters.Format.class,
            description = "the image format; by default the --out file's extension")
    ImageFormat format;

    @Option(names = "--scale", paramLabel = "1|2|4", converter = Converters.Scale.class,
            description = "PNG pixels per point, for sharp prints and high-density screens (default: 1)")
    int scale = 1;

    @Mixin
    FilterOptions filter;

    @Option(names = "--lanes", paramLabel = "outlet|story", converter = Converters.Lanes.class,
            description = "the timeline's lanes: one per outlet, or one per story (default: outlet)")
    LaneMode lanes = LaneMode.OUTLET;

    @Option(names = "--true-scale", description = "keep the timeline's empty stretches instead of collapsing them")
    boolean trueScale;

    @Option(names = "--title", paramLabel = "TEXT", description = "the chart's title instead of the default one")
    String title;

    @Option(names = "--no-legend", description = "leave the legend out")
    boolean noLegend;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "where to write the image, safely; a .png or .svg name gives the format")
    Path outFile;

    @Override
    public int run(PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        Arguments a = arguments();
        if (!Files.exists(a.folder())) {
            throw new CommandFailedException("no such folder or model file: " + a.folder());
        }
        Path target = a.out().toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new CommandFailedException("cannot write " + a.out() + ": the folder " + target.getParent()
                    + " does not exist");
        }
        LoadResult result = TerminalProgress.load(a.folder(), err);
        Corpus corpus = result.corpus();
        if (corpus.articles().isEmpty()) {
            throw new CommandFailedException("no articles in " + a.folder());
        }
        FilterOptions.checkStory(a.story(), corpus);
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

    /** The arguments of a command line, for tests: parsed and checked as {@link Cli} does. */
    static Arguments parse(String[] args) throws UsageException {
        ExportCommand command = new ExportCommand();
        new CommandLine(command).parseArgs(args);
        return command.arguments();
    }

    /** The options checked whole: the file name and format agreeing, the dates in order. */
    Arguments arguments() throws UsageException {
        ImageFormat checked = formatOf(outFile, format, chart);
        filter.check();
        return new Arguments(folder, chart, checked, scale, filter.story, filter.from, filter.to, title, !noLegend, lanes, !trueScale, outFile);
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

}
