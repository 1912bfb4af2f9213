package org.alvh.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The layering of STYLE.md: files → io → model → calc → result → ui / io writers. {@code calc} and
 * {@code model} (and the replay, {@code replay}, and {@code whatif}, which reruns the engine) never touch Swing,
 * AWT, JFreeChart, IO or Jackson; nothing below the window imports it.
 */
@AnalyzeClasses(packages = "org.alvh", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule calcAndModelAreFreeOfUiAndIo = noClasses()
            .that().resideInAnyPackage("org.alvh.calc..", "org.alvh.model..", "org.alvh.replay..", "org.alvh.whatif..")
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
    static final ArchRule theMethodDoesNotKnowTheReplay = noClasses()
            .that().resideInAnyPackage("org.alvh.calc..", "org.alvh.model..")
            .should().dependOnClassesThat().resideInAPackage("org.alvh.replay..")
            .because("the replay drives the engine, never the other way round");

    @ArchTest
    static final ArchRule onlyTheWindowUsesSwing = noClasses()
            .that().resideInAnyPackage("org.alvh.io..", "org.alvh.cli..", "org.alvh.samples..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "org.jfree.chart..",
                    "com.formdev..", "org.alvh.ui..")
            .because("the command line and the readers must run headless");

    /** The public writers of {@code io} that the sample builders may use; everything else in io is internal. */
    private static final Set<String> IO_PUBLIC_WRITERS = Set.of("org.alvh.io.AtomicFiles", "org.alvh.io.AuditJson",
            "org.alvh.io.HedgeSheet", "org.alvh.io.SpreadsheetCsv", "org.alvh.io.config.ConfigWriter");

    private static final DescribedPredicate<JavaClass> IO_INTERNALS = new DescribedPredicate<>(
            "io classes other than the public writers " + IO_PUBLIC_WRITERS) {
        @Override
        public boolean test(JavaClass c) {
            boolean inIo = c.getPackageName().equals("org.alvh.io") || c.getPackageName().startsWith("org.alvh.io.");
            String outer = c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$')) : c.getName();
            return inIo && !(IO_PUBLIC_WRITERS.contains(outer) && c.getModifiers().contains(JavaModifier.PUBLIC));
        }
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.alvh.(*)..").should().beFreeOfCycles()
            .because("data flows one way: files -> io -> model -> calc -> result -> ui / io writers");

    @ArchTest
    static final ArchRule samplesStayOutOfTheProduct = noClasses()
            .that().resideInAPackage("org.alvh.samples..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alvh.ui..", "org.alvh.cli..")
            .orShould().dependOnClassesThat(IO_INTERNALS)
            .because("the sample and history builders write the public formats; they are not part of the window,"
                    + " the command line or the readers");
}
