package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of design.md, each with its reason. */
class ArchitectureTest {

    private static final String[] PIPELINE = {
        "org.parallax.model..", "org.parallax.text..", "org.parallax.load..", "org.parallax.extract..", "org.parallax.compare..",
        "org.parallax.store.."};

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
                .contains("org.parallax.model", "org.parallax.text", "org.parallax.load", "org.parallax.store", "org.parallax.app");
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
    void textUsesModelAndOpenNlpOnly() {
        check(classes().that().resideInAPackage("org.parallax.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..",
                        "org.parallax.text..", "opennlp..")
                .because("the text kernel (sentences, data files, accent folding) is what load, extract and compare"
                        + " share, so it may stand on nothing of theirs, only on the model and OpenNLP's models"));
    }

    @Test
    void loadUsesModelTextJacksonAndJsoup() {
        check(classes().that().resideInAPackage("org.parallax.load..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..",
                        "org.parallax.text..", "org.parallax.load..", "com.fasterxml.jackson..", "org.jsoup..")
                .because("reading files needs the model, the text kernel's data-file reader, Jackson for JSON and"
                        + " jsoup for HTML, nothing else"));
    }

    @Test
    void extractUsesModelTextAndOpenNlp() {
        check(classes().that().resideInAPackage("org.parallax.extract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..",
                        "org.parallax.text..", "org.parallax.extract..", "opennlp..")
                .because("extraction works on the model with the text kernel's sentences and OpenNLP's models"));
    }

    @Test
    void compareUsesModelTextAndDiffUtils() {
        check(classes().that().resideInAPackage("org.parallax.compare..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..",
                        "org.parallax.text..", "org.parallax.compare..", "com.github.difflib..")
                .because("comparison works on the extracted model with the text kernel's sentences and words and"
                        + " java-diff-utils alignments"));
    }

    @Test
    void compareReadsTextWithoutTheExtractionsModels() {
        check(noClasses().that().resideInAPackage("org.parallax.compare..")
                .should().callMethod(org.parallax.text.SentenceSplitter.class, "model")
                .orShould().dependOnClassesThat().belongToAnyOf(org.parallax.text.TextAnalyzer.class,
                        org.parallax.text.AnalyzedText.class, org.parallax.text.PartsOfSpeech.class)
                .because("comparison reads the model's text on punctuation alone: it needs none of OpenNLP's models,"
                        + " and its events were tuned on those sentences"));
    }

    @Test
    void storeUsesModelAndJackson() {
        check(classes().that().resideInAPackage("org.parallax.store..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parallax.model..",
                        "org.parallax.store..", "com.fasterxml.jackson..")
                .because("the model JSON format is the model written with Jackson"));
    }

    @Test
    void exportUsesModelAndChartPaintersOnly() {
        check(noClasses().that().resideInAPackage("org.parallax.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.load..", "org.parallax.extract..",
                        "org.parallax.compare..", "org.parallax.store..", "org.parallax.ui.shell..",
                        "org.parallax.ui.timeline..", "org.parallax.ui.compare..", "org.parallax.ui.article..")
                .because("export renders the model through the chart painters and nothing else"));
    }

    @Test
    void chartPaintersHoldNoViews() {
        check(noClasses().that().resideInAPackage("org.parallax.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.ui.shell..", "org.parallax.ui.timeline..",
                        "org.parallax.ui.compare..", "org.parallax.ui.article..", "org.parallax.ui.concurrent..",
                        "org.parallax.export..")
                .because("the painters draw the same chart on screen and in an export, so they know no control"));
    }

    @Test
    void onlyUiAndAppUseUi() {
        check(noClasses().that().resideOutsideOfPackages("org.parallax.ui..", "org.parallax.app..",
                        "org.parallax.export..")
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
    void noPackageCycles() {
        check(slices().matching("org.parallax.(**)").should().beFreeOfCycles()
                .because("data flows one way: files, load, extract, compare, corpus, views"));
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
