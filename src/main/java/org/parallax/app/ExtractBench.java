package org.parallax.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.parallax.compare.Comparison;
import org.parallax.extract.Extraction;
import org.parallax.extract.StageTimes;
import org.parallax.model.Article;
import org.parallax.model.Corpus;

/**
 * The work of {@code bench extract}: the pipeline from articles to a compared corpus (extraction, then events and
 * quote clusters) over generated corpora of a sixteenth, a quarter and all of the size asked, with the CPU time of
 * every stage, its share, and how each stage grows with the corpus (the exponent k of time ∝ articles^k between
 * two sizes; 1 is linear). With {@code --floor}, what this machine can do at best on the same texts: read them
 * from files and run one regular expression over them, on every core.
 */
final class ExtractBench {

    /** The one regular expression of the floor: a year or a quotation mark, as cheap a scan as extraction needs. */
    private static final Pattern FLOOR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b|[\"“”]");

    private final List<Article> seeds;
    private final Comparison comparison = new Comparison();

    ExtractBench(List<Article> seeds) {
        this.seeds = seeds;
    }

    /**
     * One corpus size: its articles and bytes, wall time, heap ({@link HeapWatch}), CPU nanoseconds per stage, and
     * the phases run one after another with the cores each kept busy.
     */
    record Run(int articles, long bytes, long nanos, long extractNanos, HeapWatch.Figures heap,
               Map<String, Long> stages, List<Phase> phases, long compileMillis) {
        double mb() {
            return bytes / 1e6;
        }

        double seconds() {
            return nanos / 1e9;
        }

        double mbPerSecond() {
            return mb() / seconds();
        }

        double extractMbPerSecond() {
            return mb() / (extractNanos / 1e9);
        }

        double articlesPerSecond() {
            return articles / seconds();
        }

        /** Peak live heap above what was live before (models, seeds), per article, in KB. */
        double heapKbPerArticle() {
            return heap.peakAfterGcAboveBase() / 1024.0 / articles;
        }

        long cpuNanos() {
            return stages.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A part of the pipeline that runs alone (the articles' own stages together, then each corpus-wide step), with
     * its wall time and the process's CPU time over it, compilation and collection included.
     */
    record Phase(String name, long wallNanos, long cpuNanos) {
        /** The cores it kept busy on average: 2.0 on two cores is both, all the time. */
        double busyCores() {
            return wallNanos <= 0 ? Double.NaN : (double) cpuNanos / wallNanos;
        }
    }

    /** The phase of the article extractors, run on every core one article at a time. */
    static final String PER_ARTICLE = "per article";

    /** A sixteenth, a quarter and all of {@code articles}. */
    static List<Integer> sizes(int articles) {
        return List.of(Math.max(1, articles / 16), Math.max(1, articles / 4), articles);
    }

    /**
     * Runs the pipeline at each of {@code sizes} (ascending), each from a full collection, in {@code rounds} rounds
     * (every size once a round, so a machine that drifts meets every size alike), and prints each size's figures,
     * each the {@linkplain #median median} of its rounds'.
     */
    int run(List<Integer> sizes, int rounds, boolean json, boolean floor, PrintStream out)
            throws CommandFailedException {
        Extraction extraction = Extraction.standard();
        int largest = sizes.get(sizes.size() - 1);
        comparison.compare(extraction.extract(Corpus.of(BenchCommand.replicate(seeds, Math.min(largest, 300)))));
        List<List<Run>> bySize = new ArrayList<>();
        sizes.forEach(size -> bySize.add(new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < sizes.size(); i++) {
                bySize.get(i).add(measure(extraction, BenchCommand.replicate(seeds, sizes.get(i))));
            }
        }
        List<Run> runs = bySize.stream().map(ExtractBench::median).toList();
        Run full = runs.get(runs.size() - 1);
        double floorMbPerSecond = floor ? floor(BenchCommand.replicate(seeds, largest)) : Double.NaN;
        if (json) {
            out.println(json(runs, rounds, full, floorMbPerSecond));
        } else {
            table(runs, rounds, floorMbPerSecond, out);
        }
        return Cli.OK;
    }

    /**
     * One size's runs as one: every figure (each stage's CPU, each phase's wall and CPU, the heap's, the wall and
     * compile times) the median of the rounds' own, the mean of the middle two for an even count. One run on a shared
     * machine can put a stage's growth exponent anywhere from 0.7 to 1.2 (profiling.md's twenty-first look); the
     * medians of a few rounds are steadier.
     */
    static Run median(List<Run> rounds) {
        if (rounds.size() == 1) {
            return rounds.get(0);
        }
        Run first = rounds.get(0);
        Map<String, Long> stages = new LinkedHashMap<>();
        for (String stage : first.stages.keySet()) {
            stages.put(stage, median(rounds, r -> r.stages.getOrDefault(stage, 0L)));
        }
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < first.phases.size(); i++) {
            int at = i;
            phases.add(new Phase(first.phases.get(i).name(), median(rounds, r -> r.phases.get(at).wallNanos()),
                    median(rounds, r -> r.phases.get(at).cpuNanos())));
        }
        HeapWatch.Figures heap = new HeapWatch.Figures(median(rounds, r -> r.heap.baseBytes()),
                median(rounds, r -> r.heap.peakUsedBytes()), median(rounds, r -> r.heap.peakAfterGcBytes()),
                median(rounds, r -> r.heap.retainedBytes()));
        return new Run(first.articles, first.bytes, median(rounds, Run::nanos), median(rounds, Run::extractNanos),
                heap, stages, phases, median(rounds, Run::compileMillis));
    }

    private static long median(List<Run> rounds, ToLongFunction<Run> figure) {
        long[] values = rounds.stream().mapToLong(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private Run measure(Extraction extraction, List<Article> articles) {
        Corpus corpus = Corpus.of(articles);
        long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        HeapWatch watch = new HeapWatch();
        StageTimes times = new StageTimes(ExtractBench::processCpu);
        long cpuStart = processCpu();
        long compileStart = compileMillis();
        long start = System.nanoTime();
        Corpus extracted = extraction.timed(times).extract(corpus);
        long extractNanos = System.nanoTime() - start;
        long extractCpu = processCpu() - cpuStart;
        Map<String, Long> corpusStepsOfExtraction = times.walls();
        Corpus withEvents = times.timeAlone("events", () -> comparison.withEvents(extracted));
        Corpus covered = times.timeAlone("coverages", () -> comparison.withCoverages(withEvents));
        Corpus done = times.timeAlone("quote clusters", () -> comparison.withQuoteClusters(covered));
        long nanos = System.nanoTime() - start;
        long compiling = compileMillis() - compileStart;
        HeapWatch.Figures heap = watch.figures(); // the result still held: it counts as live
        watch.close();
        if (done.articles().size() != articles.size()) {
            throw new IllegalStateException("extraction lost articles");
        }
        Map<String, Long> stages = times.snapshot();
        return new Run(articles.size(), bytes, nanos, extractNanos, heap, stages,
                phases(extractNanos, extractCpu, corpusStepsOfExtraction.keySet(), times.walls(), stages), compiling);
    }

    /**
     * The phases of a run: the articles' own stages (the extraction's wall and CPU less its corpus-wide steps'), then
     * every step timed alone, in order.
     */
    static List<Phase> phases(long extractNanos, long extractCpu, Set<String> stepsOfExtraction,
                              Map<String, Long> walls, Map<String, Long> cpu) {
        long stepsWall = stepsOfExtraction.stream().mapToLong(walls::get).sum();
        long stepsCpu = stepsOfExtraction.stream().mapToLong(s -> cpu.getOrDefault(s, 0L)).sum();
        List<Phase> out = new ArrayList<>();
        out.add(new Phase(PER_ARTICLE, Math.max(0, extractNanos - stepsWall), Math.max(0, extractCpu - stepsCpu)));
        walls.forEach((step, wall) -> out.add(new Phase(step, wall, cpu.getOrDefault(step, 0L))));
        return out;
    }

    /** The CPU time of the whole process, garbage collection and compilation included. */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The compilers' time so far (milliseconds, all compiler threads), or 0 where the JVM does not say. */
    static long compileMillis() {
        var compilers = ManagementFactory.getCompilationMXBean();
        return compilers != null && compilers.isCompilationTimeMonitoringSupported()
                ? compilers.getTotalCompilationTime() : 0;
    }

    /**
     * The JIT compilers this JVM runs: the app runs C1 alone (decision 0066), a JVM started with other options may
     * not, and a run's figures differ by half between them.
     */
    static String compilers() {
        Optional<String> level = vmOption("TieredStopAtLevel");
        Optional<String> tiered = vmOption("TieredCompilation");
        if (level.isEmpty() || tiered.isEmpty()) {
            return "unknown";
        }
        if (System.getProperty("java.vm.info", "").contains("interpreted") || Integer.parseInt(level.get()) == 0) {
            return "none (interpreter)";
        }
        if (!Boolean.parseBoolean(tiered.get())) {
            return "C2 only";
        }
        return Integer.parseInt(level.get()) < 4 ? "C1 only" : "C1 and C2";
    }

    /** A HotSpot option's value; none where this JVM is not HotSpot or has no such option (Linux's own, say). */
    private static Optional<String> vmOption(String name) {
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Optional.of(hotspot.getVMOption(name).getValue());
        } catch (RuntimeException notHotSpotOrNoSuchOption) {
            return Optional.empty();
        }
    }

    /**
     * Whether the heap was to lie in transparent huge pages (decision 0110: at 4,000 articles an eighth less CPU here,
     * at 16,000 a fifth to a third), from the JVM's ask and the kernel's mode: {@code transparent (asked, kernel
     * madvise)}; {@code none (not asked, kernel madvise)}. Asked: the option is on, or was given last on the command
     * line (Java turns it off where the kernel gives none, and says so).
     */
    static String hugePages() {
        boolean asked = false;
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.equals("-XX:+UseTransparentHugePages") || option.equals("-XX:-UseTransparentHugePages")) {
                asked = option.charAt(4) == '+'; // the last one given wins, as in the JVM
            }
        }
        asked |= vmOption("UseTransparentHugePages").map(Boolean::parseBoolean).orElse(false);
        String kernel;
        try {
            kernel = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
        } catch (IOException | RuntimeException noSuchFile) {
            kernel = "";
        }
        return hugePages(asked, kernel);
    }

    /**
     * The huge pages' line for the JVM's ask and the kernel's {@code enabled} file ({@code always [madvise] never}:
     * the mode in brackets; empty where there is none): pages come in huge pages always, or on madvise when asked.
     */
    static String hugePages(boolean asked, String kernelEnabled) {
        Matcher mode = Pattern.compile("\\[(\\w+)]").matcher(kernelEnabled);
        String kernel = mode.find() ? mode.group(1) : "none";
        boolean used = kernel.equals("always") || kernel.equals("madvise") && asked;
        return (used ? "transparent" : "none") + " (" + (asked ? "asked" : "not asked") + ", kernel " + kernel + ")";
    }

    /** MB/s of reading the articles' files and running {@link #FLOOR} over them, on every core. */
    private static double floor(List<Article> articles) throws CommandFailedException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("parallax-floor");
            Path folder = dir;
            for (int i = 0; i < articles.size(); i++) {
                Files.writeString(folder.resolve(i + ".txt"), articles.get(i).text());
            }
            long best = Long.MAX_VALUE;
            long bytes = 0;
            for (int round = 0; round < 3; round++) { // the first round warms the JIT and the file cache
                long start = System.nanoTime();
                bytes = IntStream.range(0, articles.size()).parallel()
                        .mapToLong(i -> scan(folder.resolve(i + ".txt"))).sum();
                best = Math.min(best, System.nanoTime() - start);
            }
            return bytes / 1e6 / (best / 1e9);
        } catch (IOException | UncheckedIOException e) {
            throw new CommandFailedException("bench: the floor could not write or read its files: " + e.getMessage(), e);
        } finally {
            FolderArticles.deleteQuietly(dir);
        }
    }

    private static long scan(Path file) {
        try {
            byte[] raw = Files.readAllBytes(file);
            Matcher m = FLOOR.matcher(new String(raw, StandardCharsets.UTF_8));
            int hits = 0;
            while (m.find()) {
                hits++;
            }
            return hits >= 0 ? raw.length : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Time ∝ articles^k between two runs: k = log(t2 / t1) / log(n2 / n1). */
    static double exponent(double n1, double t1, double n2, double t2) {
        return t1 <= 0 || t2 <= 0 || n1 == n2 ? Double.NaN : Math.log(t2 / t1) / Math.log(n2 / n1);
    }

    private static String json(List<Run> runs, int rounds, Run full, double floorMbPerSecond) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("articles", full.articles);
        f.put("rounds", rounds);
        f.put("mb", round(full.mb(), 3));
        f.put("seconds", round(full.seconds(), 3));
        f.put("mb_per_s", round(full.mbPerSecond(), 3));
        f.put("extraction_mb_per_s", round(full.extractMbPerSecond(), 3));
        f.put("articles_per_s", round(full.articlesPerSecond(), 1));
        f.put("mb_per_cpu_s", round(full.mb() / (full.cpuNanos() / 1e9), 3));
        f.put("heap_mb", round(mb(full.heap.peakAfterGcBytes()), 1));
        f.put("heap_kb_per_article", round(full.heapKbPerArticle(), 1));
        f.put("cores", Runtime.getRuntime().availableProcessors());
        f.put("jit", '"' + compilers() + '"');
        f.put("huge_pages", '"' + hugePages() + '"');
        if (!Double.isNaN(floorMbPerSecond)) {
            f.put("floor_mb_per_s", round(floorMbPerSecond, 1));
        }
        for (Phase p : full.phases) {
            f.put(key(p.name()) + "_wall_s", round(p.wallNanos() / 1e9, 3));
            f.put(key(p.name()) + "_busy_cores", round(p.busyCores(), 2));
        }
        for (Run r : runs) {
            f.put("heap_base_mb_" + r.articles, round(mb(r.heap.baseBytes()), 1));
            f.put("heap_peak_used_mb_" + r.articles, round(mb(r.heap.peakUsedBytes()), 1));
            f.put("heap_after_gc_mb_" + r.articles, round(mb(r.heap.peakAfterGcBytes()), 1));
            f.put("heap_retained_mb_" + r.articles, round(mb(r.heap.retainedBytes()), 1));
            f.put("cpu_s_" + r.articles, round(r.cpuNanos() / 1e9, 3));
            f.put("compile_s_" + r.articles, round(r.compileMillis / 1e3, 3));
            for (Map.Entry<String, Long> e : r.stages.entrySet()) {
                f.put(key(e.getKey()) + "_cpu_s_" + r.articles, round(e.getValue() / 1e9, 3));
            }
        }
        for (Map.Entry<String, Long> e : full.stages.entrySet()) {
            f.put(key(e.getKey()) + "_share", round((double) e.getValue() / full.cpuNanos(), 4));
        }
        for (int i = 1; i < runs.size(); i++) {
            Run a = runs.get(i - 1);
            Run b = runs.get(i);
            String span = a.articles + "_" + b.articles;
            f.put("exponent_" + span, round(exponent(a.articles, a.cpuNanos(), b.articles, b.cpuNanos()), 2));
            f.put("heap_exponent_" + span, round(exponent(a.articles, a.heap.peakAfterGcAboveBase(), b.articles,
                    b.heap.peakAfterGcAboveBase()), 2));
            for (String stage : b.stages.keySet()) {
                f.put(key(stage) + "_exponent_" + span, round(exponent(a.articles, a.stages.getOrDefault(stage, 0L),
                        b.articles, b.stages.get(stage)), 2));
            }
        }
        StringBuilder sb = new StringBuilder("{");
        f.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                .append(v instanceof Double d && d.isNaN() ? "null" : String.valueOf(v)));
        return sb.append('}').toString();
    }

    private void table(List<Run> runs, int rounds, double floorMbPerSecond, PrintStream out) {
        out.printf(Locale.ROOT, "bench extract: %d seed articles (sample + gold corpora), %d cores, max heap %d MB, "
                + "JIT %s, huge pages %s%s%n", seeds.size(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1 << 20), compilers(), hugePages(),
                rounds > 1 ? ", each figure the median of " + rounds + " rounds" : "");
        out.printf(Locale.ROOT, "%9s %8s %8s %8s %10s %11s %10s%n", "articles", "MB", "seconds", "MB/s",
                "extract/s", "articles/s", "compile s");
        for (Run r : runs) {
            out.printf(Locale.ROOT, "%9d %8.2f %8.2f %8.2f %10.2f %11.1f %10.2f%n", r.articles, r.mb(),
                    r.seconds(), r.mbPerSecond(), r.extractMbPerSecond(), r.articlesPerSecond(),
                    r.compileMillis / 1e3);
        }
        out.println();
        heapTable(runs, out);
        if (!Double.isNaN(floorMbPerSecond)) {
            out.printf(Locale.ROOT, "floor (read the files + one regular expression, every core): %.1f MB/s%n",
                    floorMbPerSecond);
        }
        out.println();
        out.println("CPU seconds per stage (share of the largest run; growth exponent between sizes, 1 = linear)");
        Run full = runs.get(runs.size() - 1);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-15s", "stage"));
        runs.forEach(r -> head.append(String.format(Locale.ROOT, " %9d", r.articles)));
        head.append(String.format(Locale.ROOT, " %7s", "share"));
        for (int i = 1; i < runs.size(); i++) {
            head.append(String.format(Locale.ROOT, " %11s", "k " + runs.get(i - 1).articles + "-" + runs.get(i).articles));
        }
        out.println(head);
        List<String> stages = new ArrayList<>(full.stages.keySet());
        stages.add("all");
        for (String stage : stages) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-15s", stage));
            for (Run r : runs) {
                row.append(String.format(Locale.ROOT, " %9.2f", cpu(r, stage) / 1e9));
            }
            row.append(String.format(Locale.ROOT, " %6.1f%%", 100.0 * cpu(full, stage) / full.cpuNanos()));
            for (int i = 1; i < runs.size(); i++) {
                Run a = runs.get(i - 1);
                Run b = runs.get(i);
                row.append(String.format(Locale.ROOT, " %11.2f", exponent(a.articles, cpu(a, stage), b.articles,
                        cpu(b, stage))));
            }
            out.println(row);
        }
        out.println();
        phaseTable(full, out);
    }

    /**
     * The largest run's phases, one after another: wall seconds and the cores each kept busy (its CPU over its wall
     * time), where a step on one core leaves the others idle.
     */
    private static void phaseTable(Run run, PrintStream out) {
        out.printf(Locale.ROOT, "Phases of the %d-article run, one after another (busy: cores kept busy, CPU s / wall s)%n",
                run.articles);
        out.printf(Locale.ROOT, "%-15s %9s %9s %7s%n", "phase", "wall s", "CPU s", "busy");
        for (Phase p : run.phases) {
            out.printf(Locale.ROOT, "%-15s %9.2f %9.2f %7.2f%n", p.name(), p.wallNanos() / 1e9, p.cpuNanos() / 1e9,
                    p.busyCores());
        }
    }

    /** The heap of each run ({@link HeapWatch}) and how the live peak grows. */
    private static void heapTable(List<Run> runs, PrintStream out) {
        out.println("Heap MB (base: live before; peak used: garbage included; after GC: the most any collection left "
                + "during the run; retained: live at the end, result held)");
        out.printf(Locale.ROOT, "%9s %9s %10s %9s %9s %14s %9s%n", "articles", "base", "peak used", "after GC",
                "retained", "KB/art >base", "k");
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            HeapWatch.Figures h = r.heap;
            double k = i == 0 ? Double.NaN : exponent(runs.get(i - 1).articles,
                    runs.get(i - 1).heap.peakAfterGcAboveBase(), r.articles, h.peakAfterGcAboveBase());
            out.printf(Locale.ROOT, "%9d %9.1f %10.1f %9.1f %9.1f %14.1f %9.2f%n", r.articles, mb(h.baseBytes()),
                    mb(h.peakUsedBytes()), mb(h.peakAfterGcBytes()), mb(h.retainedBytes()), r.heapKbPerArticle(), k);
        }
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static long cpu(Run r, String stage) {
        return stage.equals("all") ? r.cpuNanos() : r.stages.getOrDefault(stage, 0L);
    }

    private static String key(String stage) {
        return stage.replace(' ', '_');
    }

    private static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Double.isNaN(v) || Double.isInfinite(v) ? Double.NaN : Math.round(v * scale) / scale;
    }
}
