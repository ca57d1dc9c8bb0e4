package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The package rules of design.md, each with its reason. */
class ArchitectureTest {

    private static final String[] PIPELINE = {
        "org.parallax.model..", "org.parallax.text..", "org.parallax.load..", "org.parallax.extract..", "org.parallax.compare..",
        "org.parallax.store..", "org.parallax.work.."};

    /** The ui packages by feature; {@code ui.shell} wires them, {@code ui.common} and {@code ui.concurrent} carry them. */
    private static final List<String> UI_FEATURES = List.of("article", "search", "timeline", "compare", "export");

    /**
     * The one arrow from a feature back into the shell, while it lasts: {@code ui.timeline.EventDetail} names the
     * date disagreement, which is on its way from {@code ui.shell} to {@code compare}. Drop this once it has moved.
     */

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parallax");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void rulesSeeTheRealCode() {
        // guards against an import that silently finds nothing, which would make every rule pass
        org.assertj.core.api.Assertions.assertThat(classes.stream().map(c -> c.getPackageName()).distinct())
                .contains("org.parallax.model", "org.parallax.text", "org.parallax.load", "org.parallax.store", "org.parallax.app",
                        "org.parallax.spark", "org.parallax.work");
    }

    @Test
    void pipelineHasNoToolkit() {
        check(noClasses().that().resideInAnyPackage(PIPELINE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "com.sun.javafx..", "org.controlsfx..")
                .because("the whole pipeline runs headless and could run inside a batch engine"));
    }

    @Test
    void modelUsesTheJdkOnly() {
        check(classes().that().resideInAPackage("org.parallax.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..")
                .because("the model is plain immutable records every layer shares"));
    }

    @Test
    void workUsesTheJdkOnly() {
        check(classes().that().resideInAPackage("org.parallax.work..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.work..")
                .because("the pipeline's work split over the cores (EveryCore, ForkedTask) is what load, extract and"
                        + " compare share, so it may stand on nothing of theirs"));
    }

    @Test
    void tasksAreForkedOnlyInWork() {
        check(noClasses().that().resideOutsideOfPackage("org.parallax.work..")
                .should().callMethodWhere(target(owner(assignableTo(ForkJoinTask.class)))
                        .and(target(nameMatching("fork|invokeAll"))))
                .orShould().callMethodWhere(target(owner(assignableTo(ForkJoinPool.class)))
                        .and(target(nameMatching("submit|execute|invoke|invokeAll|invokeAny"))))
                .because("a task forked bare is orphaned when its caller throws before joining it (it runs on, holding"
                        + " its inputs and a worker, its exception lost) and a helper queued bare can hold the"
                        + " caller's data after the call: work.ForkedTask and work.EveryCore are the one way to fork"
                        + " (decisions 0100, 0102)"));
    }

    @Test
    void textUsesModelAndOpenNlpOnly() {
        check(classes().that().resideInAPackage("org.parallax.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..",
                        "org.parallax.text..", "opennlp..")
                .because("the text kernel (sentences, data files, accent folding) is what load, extract and compare"
                        + " share, so it may stand on nothing of theirs, only on the model and OpenNLP's models"));
    }

    @Test
    void loadUsesModelTextJacksonJsoupAndCommonsCsv() {
        check(classes().that().resideInAPackage("org.parallax.load..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..",
                        "org.parallax.text..", "org.parallax.load..", "com.fasterxml.jackson..", "org.jsoup..",
                        "org.apache.commons.csv..", "org.parallax.work..")
                .because("reading files needs the model, the text kernel's data-file reader, Jackson for JSON,"
                        + " jsoup for HTML, Commons CSV for lists of stories and the work split over the cores,"
                        + " nothing else"));
    }

    @Test
    void extractUsesModelTextAndOpenNlp() {
        check(classes().that().resideInAPackage("org.parallax.extract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..",
                        "org.parallax.text..", "org.parallax.extract..", "opennlp..", "org.parallax.work..")
                .because("extraction works on the model with the text kernel's sentences and OpenNLP's models, on"
                        + " every core through the one work split"));
    }

    @Test
    void compareUsesModelTextAndDiffUtils() {
        check(classes().that().resideInAPackage("org.parallax.compare..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..",
                        "org.parallax.text..", "org.parallax.compare..", "com.github.difflib..", "org.parallax.work..")
                .because("comparison works on the extracted model with the text kernel's sentences and words and"
                        + " java-diff-utils alignments, on every core through the one work split"));
    }

    @Test
    void compareReadsTextWithoutTheExtractionsModels() {
        check(noClasses().that().resideInAPackage("org.parallax.compare..")
                .should().callMethod(org.parallax.text.SentenceSplitter.class, "model")
                .orShould().dependOnClassesThat().belongToAnyOf(org.parallax.text.TextAnalyser.class,
                        org.parallax.text.AnalysedText.class)
                .because("comparison reads the model's text on punctuation alone: it needs none of OpenNLP's sentence"
                        + " models, and its events were tuned on those sentences"));
        check(noClasses().that().resideInAPackage("org.parallax.compare..")
                .and().doNotHaveSimpleName("Headlines").and().doNotHaveSimpleName("TaggedWords")
                .and().doNotHaveSimpleName("HappeningWords").and().doNotHaveSimpleName("HappeningLexicon")
                .should().dependOnClassesThat().belongToAnyOf(org.parallax.text.PartsOfSpeech.class,
                        org.parallax.text.KeptFeatures.class)
                .because("parts of speech only word the events' headlines (compare.event.Headlines tags, TaggedWords"
                        + " holds the tags) and find the happening words of a coverage (compare.happening"
                        + ".HappeningWords, decision 0028; HappeningLexicon keeps their features): what merges into a"
                        + " timeline event and its date never depend on the tagger"));
    }

    @Test
    void storeUsesModelAndJackson() {
        check(classes().that().resideInAPackage("org.parallax.store..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..",
                        "org.parallax.store..", "com.fasterxml.jackson..", "org.parallax.compare.quote..",
                        "org.parallax.text..")
                .because("the model JSON format is the model written with Jackson; a quote cluster the user"
                        + " regrouped is formed again by compare.quote's one rule for verdicts and speakers; a broken"
                        + " file is told in the text kernel's one wording of JSON errors, as load tells it"));
    }

    @Test
    void exportUsesModelChartAndStoreOnly() {
        check(classes().that().resideInAPackage("org.parallax.export..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.imageio..", "javafx..",
                        "org.parallax.model..", "org.parallax.chart..", "org.parallax.store..", "org.parallax.export..",
                        "com.fasterxml.jackson..", "org.apache.commons.csv..")
                .because("export draws the model through the chart painters (a Canvas for PNG, hand-written SVG),"
                        + " writes the field's formats (TimelineJS JSON with Jackson, CSV with Commons CSV) and writes files the one safe"
                        + " way, store's AtomicFiles; the window and the command line reach it from above, so it knows"
                        + " neither"));
    }

    @Test
    void chartKnowsNoViewAndNoExport() {
        check(noClasses().that().resideInAPackage("org.parallax.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.ui..", "org.parallax.export..")
                .because("the painters draw the same chart on screen and in an export, so they know no control and"
                        + " no export"));
    }

    @Test
    void exportDialogStandsOnCommonAndConcurrentOnly() {
        check(noClasses().that().resideInAPackage("org.parallax.ui.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.ui.shell..",
                        "org.parallax.ui.article..", "org.parallax.ui.search..", "org.parallax.ui.timeline..",
                        "org.parallax.ui.compare..")
                .because("ui.export is a ui feature package: the shell opens the dialog, the dialog knows no other"
                        + " view"));
    }

    @Test
    void sharedRulesHaveOneHome() {
        check(classes().that().haveSimpleName("TimexValue").should().resideInAPackage("org.parallax.model")
                .because("which days a TIMEX3 value covers is read once, in the model, by comparison, the timeline,"
                        + " the views and the export alike"));
        check(classes().that().haveSimpleName("EventQuotes").or().haveSimpleName("DateDisagreement")
                .should().resideInAPackage("org.parallax.compare.event")
                .because("the quotes of an event and where outlets date it differently are comparison rules:"
                        + " decided once, without a toolkit, and only worded by the views (decision 0010)"));
        check(noClasses().that().resideOutsideOfPackage("org.parallax.compare..")
                .should().dependOnClassesThat().resideInAPackage("com.github.difflib..")
                .because("quote versions are aligned in compare (compare.align.ClusterAlignment); the comparison"
                        + " view lays those alignments out and diffs nothing itself"));
    }

    @Test
    void onlyUiAndAppUseUi() {
        check(noClasses().that().resideOutsideOfPackages("org.parallax.ui..", "org.parallax.app..")
                .should().dependOnClassesThat().resideInAPackage("org.parallax.ui..")
                .because("views sit on top of the pipeline, never inside it"));
    }

    @Test
    void nothingUsesApp() {
        check(noClasses().that().resideOutsideOfPackage("org.parallax.app..")
                .should().dependOnClassesThat().resideInAPackage("org.parallax.app..")
                .because("app is the wiring at the top: it knows everything and nothing knows it"));
    }

    @Test
    void onlyAppUsesEval() {
        check(noClasses().that().resideOutsideOfPackages("org.parallax.eval..", "org.parallax.app..")
                .should().dependOnClassesThat().resideInAPackage("org.parallax.eval..")
                .because("scoring against gold corpora is a developer's command, never part of the product's"
                        + " pipeline or views"));
    }

    @Test
    void evalScoresThePipelineNotTheViews() {
        check(noClasses().that().resideInAPackage("org.parallax.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.ui..", "org.parallax.chart..",
                        "org.parallax.export..")
                .because("eval scores what the pipeline extracts; how it is drawn or exported has no gold to"
                        + " score against"));
    }

    @Test
    void sparkJobStandsOnThePipelineAndSparkOnly() {
        check(classes().that().resideInAPackage("org.parallax.spark..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "scala..", "org.apache.spark..",
                        "org.apache.hadoop..", "org.parallax.model..", "org.parallax.text..", "org.parallax.load..",
                        "org.parallax.extract..", "org.parallax.compare..", "org.parallax.store..",
                        "org.parallax.work..", "org.parallax.spark..", "picocli..", "com.sun.management..")
                .because("the Spark job is the same pipeline on a cluster (decision 0016): its jar carries model to"
                        + " store and never the desktop (ui, chart, export, app, eval) nor JavaFX, which a cluster"
                        + " has not got; it reads its arguments with picocli, as the app's command line does, and"
                        + " its process CPU time per stage from the JDK's com.sun.management"));
    }

    @Test
    void onlyTheSparkJobKnowsSpark() {
        check(noClasses().that().resideOutsideOfPackage("org.parallax.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..",
                        "scala..")
                .because("Spark is provided (decision 0016): the desktop jar carries none of it, so a class outside"
                        + " the job that used it would fail there"));
    }

    @Test
    void noPackageCycles() {
        check(slices().matching("org.parallax.(**)").should().beFreeOfCycles()
                .because("data flows one way: files, load, extract, compare, corpus, views"));
    }

    static Stream<String> uiFeatures() {
        return UI_FEATURES.stream();
    }

    @ParameterizedTest
    @MethodSource("uiFeatures")
    void uiFeaturesKnowNeitherEachOtherNorTheShell(String feature) {
        String[] elsewhere = Stream.concat(UI_FEATURES.stream().filter(f -> !f.equals(feature)), Stream.of("shell"))
                .map(f -> "org.parallax.ui." + f + "..").toArray(String[]::new);
        check(noClasses().that().resideInAPackage("org.parallax.ui." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(elsewhere)
                .because("a feature stands on the pipeline, chart, ui.common and ui.concurrent only; the shell hands"
                        + " one feature's output to another (a search hit to the timeline, a span to the reader), so"
                        + " each can change, or be left out, without touching the others"));
    }

    @Test
    void uiCommonAndConcurrentKnowNoFeature() {
        check(noClasses().that().resideInAnyPackage("org.parallax.ui.common..", "org.parallax.ui.concurrent..")
                .should().dependOnClassesThat().resideInAnyPackage(Stream.concat(UI_FEATURES.stream(), Stream.of("shell"))
                        .map(f -> "org.parallax.ui." + f + "..").toArray(String[]::new))
                .because("they are the floor every ui feature stands on: styles, settings, the task runner"));
    }

    @Test
    void fxThreadHandOffOnlyInUiConcurrent() {
        check(noClasses().that().resideOutsideOfPackage("org.parallax.ui.concurrent..")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .orShould().dependOnClassesThat().areAssignableTo(javafx.concurrent.Task.class)
                .because("all work off the FX thread goes through the one TaskRunner"));
    }

    @Test
    void uiStylesThroughStylesheetsNotInlineStyles() {
        check(noClasses().that().resideInAPackage("org.parallax.ui..")
                .should().callMethod(javafx.scene.Node.class, "setStyle", String.class)
                .because("colours come from the -px-* tokens, so dark mode overrides tokens only"));
    }

    @Test
    void noStandardStreamsOutsideApp() {
        check(noClasses().that().resideOutsideOfPackage("org.parallax.app..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("only the command line prints; everything else logs with System.Logger"));
    }

    @Test
    void noJavaUtilLogging() {
        check(noClasses().that().doNotHaveFullyQualifiedName("org.parallax.app.ToolkitWarnings")
                .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
                .because("we log through System.Logger so the back end can be chosen at run time; only"
                        + " ToolkitWarnings quiets JavaFX's own java.util.logging logger for the headless commands"));
    }
}
