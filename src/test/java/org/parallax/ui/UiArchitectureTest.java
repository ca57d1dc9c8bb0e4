package org.parallax.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import javafx.application.Platform;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The design's rules for the UI packages, checked on the compiled classes. */
class UiArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parallax");
    }

    @Test
    void onlyTheConcurrentPackageTouchesTheFxQueue() {
        noClasses().that().resideOutsideOfPackage("org.parallax.ui.concurrent..")
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .because("work and its answers cross threads only through the one TaskRunner")
                .check(classes);
    }

    @Test
    void onlyTheConcurrentPackageUsesJavaFxTasks() {
        noClasses().that().resideOutsideOfPackage("org.parallax.ui.concurrent..")
                .should().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
                .because("views submit work to the TaskRunner instead of starting Tasks or Services themselves")
                .check(classes);
    }

    @Test
    void nothingOutsideUiAndAppKnowsTheUi() {
        noClasses().that().resideOutsideOfPackages("org.parallax.ui..", "org.parallax.app..")
                .should().dependOnClassesThat().resideInAPackage("org.parallax.ui..")
                .because("the pipeline runs headless and must not depend on views")
                .check(classes);
    }

    @Test
    void theUiLogsInsteadOfPrinting() {
        noClasses().that().resideInAPackage("org.parallax.ui..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("only the app package may write to stdout/stderr; the rest logs with System.Logger")
                .check(classes);
    }

    @Test
    void theUiStylesThroughStylesheetsNotInlineStyles() {
        noClasses().that().resideInAPackage("org.parallax.ui..")
                .should().callMethod(Node.class, "setStyle", String.class)
                .because("colours come from the -px-* tokens so dark mode overrides tokens only")
                .check(classes);
    }
}
