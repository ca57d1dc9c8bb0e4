package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code parallax export}: bad arguments say what is wrong with exit code 2; good ones write the chart. */
class ExportCommandTest {

    private static final String CORPUS = "resources/corpus";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--chart pie --format png --out X     | unknown chart 'pie': use timeline or coverage",
        "--chart timeline --format gif --out X | unknown format 'gif': use png or svg",
        "--chart timeline --format png --scale 3 --out X | bad scale '3': use 1, 2 or 4",
        "--chart timeline --format png --scale big --out X | bad scale 'big': use 1, 2 or 4",
        "--chart timeline --format png --from 2015-13-01 --out X | Invalid value for option '--from': bad date '2015-13-01': use YYYY-MM-DD",
        "--chart timeline --format png --from 2016-01-01 --to 2015-01-01 --out X | --to 2015-01-01 is before --from 2016-01-01",
        "--chart timeline --format png | Missing required option: '--out=FILE'",
        "--format png --out X | Missing required option: '--chart=timeline",
        "--chart timeline --out X | --format is missing: png or svg",
        "--chart timeline --format png --out X --sideways | Unknown option: '--sideways'",
        "--chart timeline --format png --story | Missing required parameter for option '--story' (ID)",
        "--chart timeline --format png --lanes publisher --out X | unknown lanes 'publisher': use outlet or story",
    })
    void badArgumentsExitWithUsageAndAClearMessage(String args, String message, @TempDir Path dir) {
        String[] parts = (CORPUS + " " + args.strip()).split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("X")) {
                parts[i] = dir.resolve("x.png").toString().replace("x.png", "x");
            }
        }
        String[] full = new String[parts.length + 1];
        full[0] = "export";
        System.arraycopy(parts, 0, full, 1, parts.length);
        assertThat(run(full)).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("parallax export: ").contains(message).contains("Usage: parallax export ")
                .contains("FOLDER|MODEL.json");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aMissingFolderFails(@TempDir Path dir) {
        assertThat(run("export", dir.resolve("nowhere").toString(), "--chart", "timeline", "--format", "png", "--out",
                dir.resolve("a.png").toString())).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("parallax export: no such folder or model file: ");
    }

    @Test
    void anUnknownStoryListsTheKnownOnes(@TempDir Path dir) {
        assertThat(run("export", CORPUS, "--chart", "timeline", "--format", "png", "--story", "s99", "--out",
                dir.resolve("a.png").toString())).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown story 's99'; known stories: s1 (").contains("s2 (");
    }

    @Test
    void writesTheCoverageChartAsSvgAndPng(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("c.svg");
        assertThat(run("export", CORPUS, "--chart", "coverage", "--format", "svg", "--out", svg.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("export: wrote " + svg).contains(" reports)");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Files.readString(svg)).contains(">Who reported what, when</text>").contains(">Sputnik</text>")
                .contains(">same day</text>").contains(">not reported</text>");

        Path png = dir.resolve("moscow.png");
        assertThat(run("export", CORPUS, "--chart", "coverage", "--story", "s1", "--scale", "2", "--title",
                "Moscow, October 2015", "--out", png.toString())).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(1000).isEven();
        assertThat(image.getHeight()).isEven();
    }

    @Test
    void writesAPngAtTheScaleAndAnSvgOfOneStory(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("timeline.png");
        assertThat(run("export", CORPUS, "--chart", "timeline", "--format", "png", "--scale", "2", "--out",
                png.toString())).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(2000).isEven();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("px at 2×");

        Path svg = dir.resolve("moscow.svg");
        assertThat(run("export", CORPUS, "--chart=timeline", "--story", "s1", "--title", "Moscow & Sochi",
                "--out", svg.toString())).isZero(); // format from the file name
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Files.readString(svg)).contains(">Moscow &amp; Sochi</text>").contains("filtered: ");

        Path stories = dir.resolve("stories.svg");
        assertThat(run("export", CORPUS, "--chart", "timeline", "--lanes", "story", "--out", stories.toString()))
                .isZero();
        assertThat(Files.readString(stories)).contains(">one per story, with a mark for each of its events</text>")
                .contains(">Sochi talks, November 2017</text>");
    }

    @Test
    void trueScaleDrawsEmptyTimeToScaleSoTheChartIsWider(@TempDir Path dir) throws Exception {
        Path collapsed = dir.resolve("collapsed.svg");
        Path trueScale = dir.resolve("true.svg");
        assertThat(run("export", CORPUS, "--chart", "timeline", "--out", collapsed.toString())).isZero();
        assertThat(run("export", CORPUS, "--chart", "timeline", "--true-scale", "--out", trueScale.toString())).isZero();
        assertThat(ExportCommand.parse(new String[] {CORPUS, "--chart", "timeline", "--out", "a.svg"}).collapse())
                .isTrue();
        double collapsedWidth = svgWidth(collapsed);
        double trueWidth = svgWidth(trueScale);
        assertThat(trueWidth).isGreaterThan(collapsedWidth * 1.5);
    }

    private static double svgWidth(Path svg) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        return Double.parseDouble(doc.getDocumentElement().getAttribute("width").replace("px", ""));
    }

    @Test
    void anEmptyFolderOrOneWithoutArticlesFails(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path out = dir.resolve("a.svg");
        assertThat(run("export", empty.toString(), "--chart", "timeline", "--out", out.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains("parallax export: no articles in " + empty);
        assertThat(out).doesNotExist();

        Path pictures = Files.createDirectory(dir.resolve("pictures"));
        Files.write(pictures.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0});
        Files.write(pictures.resolve("data.bin"), new byte[] {1, 2, 3});
        assertThat(run("export", pictures.toString(), "--chart", "coverage", "--out", out.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains("parallax export: no articles in " + pictures);
        assertThat(out).doesNotExist();
    }

    @Test
    void filtersThatLeaveNoEventsWarnButStillWriteTheSameChartEveryDay(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("empty.svg");
        assertThat(run("export", CORPUS, "--chart", "timeline", "--from", "1990-01-01", "--to", "1990-01-31",
                "--out", out.toString())).isZero();
        assertThat(err()).contains("warning: the filters leave no events: 1990-01-01 to 1990-01-31");
        assertThat(Files.readString(out)).contains("1990").doesNotContain(String.valueOf(java.time.LocalDate.now()
                .getYear()) + "<");
        Path coverage = dir.resolve("coverage.svg");
        assertThat(run("export", CORPUS, "--chart", "coverage", "--from", "1990-01-01", "--to", "1990-01-31",
                "--out", coverage.toString())).isZero();
        assertThat(Files.readString(coverage)).contains("the filters (1990-01-01 to 1990-01-31) leave none")
                .doesNotContain("no article here is dated");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--format svg --out x.png | --format svg disagrees with --out x.png: name the file .svg or use --format png",
        "--format png --out x.SVG | --format png disagrees with --out x.SVG: name the file .png or use --format svg",
        "--format png --out x.jpg | --out x.jpg ends in .jpg: use .png (or no extension)",
        "--out x.gif | --out x.gif ends in .gif: use .png or .svg (or no extension)",
    })
    void anExtensionThatDisagreesWithTheFormatIsAUsageError(String args, String message, @TempDir Path dir) {
        String[] parts = ("export " + CORPUS + " --chart timeline " + args.strip()).split("\\s+");
        parts[parts.length - 1] = dir.resolve(parts[parts.length - 1]).toString();
        assertThat(run(parts)).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("parallax export: " + message);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void anyCaseAndNoExtensionAreFine(@TempDir Path dir) throws Exception {
        Path upper = dir.resolve("CHART.SVG");
        assertThat(run("export", CORPUS, "--chart", "coverage", "--format", "svg", "--out", upper.toString())).isZero();
        assertThat(upper).exists();
        Path bare = dir.resolve("chart");
        assertThat(run("export", CORPUS, "--chart", "coverage", "--format", "svg", "--out", bare.toString())).isZero();
        assertThat(Files.readString(bare)).startsWith("<");
    }

    @Test
    void anOutThatIsAFolderIsAUsageErrorBeforeLoading(@TempDir Path dir) {
        assertThat(run("export", dir.resolve("no-such-corpus").toString(), "--chart", "timeline", "--format", "png",
                "--out", dir.toString())).as("refused before the folder is even looked at").isEqualTo(Cli.USAGE);
        assertThat(err()).contains("parallax export: --out " + dir + " is a folder: give a file name, e.g. "
                + dir.resolve("timeline.png"));
    }
}
