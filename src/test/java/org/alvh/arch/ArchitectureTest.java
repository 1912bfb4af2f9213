package org.alvh.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of STYLE.md: files → io → model → calc → result → ui / io writers. {@code calc} and
 * {@code model} (and {@code whatif}, which reruns the engine) never touch Swing, AWT, JFreeChart, IO or Jackson;
 * nothing below the window imports it.
 */
@AnalyzeClasses(packages = "org.alvh", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule calcAndModelAreFreeOfUiAndIo = noClasses()
            .that().resideInAnyPackage("org.alvh.calc..", "org.alvh.model..", "org.alvh.whatif..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javax.swing..", "java.awt..", "org.jfree..", "com.formdev..",
                    "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..",
                    "com.fasterxml.jackson..", "picocli..",
                    "org.alvh.io..", "org.alvh.ui..", "org.alvh.cli..", "org.alvh.samples..")
            .because("the method is pure: the same engine serves the window, the command line and the tests");

    @ArchTest
    static final ArchRule calcDoesNotKnowTheWhatIfAnalyses = noClasses()
            .that().resideInAnyPackage("org.alvh.calc..", "org.alvh.model..")
            .should().dependOnClassesThat().resideInAPackage("org.alvh.whatif..")
            .because("the diff and the sensitivity rerun the engine; the engine does not know them");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.alvh.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alvh.calc..", "org.alvh.io..",
                    "org.alvh.ui..", "org.alvh.cli..", "org.alvh.samples..", "org.apache.commons..")
            .because("model holds values only");

    @ArchTest
    static final ArchRule onlyTheWindowUsesSwing = noClasses()
            .that().resideInAnyPackage("org.alvh.io..", "org.alvh.cli..", "org.alvh.samples..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "org.jfree.chart..",
                    "com.formdev..", "org.alvh.ui..")
            .because("the command line and the readers must run headless");
}
