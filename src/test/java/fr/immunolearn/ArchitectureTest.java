package fr.immunolearn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the code base by feature, with the course and its scoring rules as plain
 * Java.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("fr.immunolearn");

    @Test
    void theCourseModelTheScoringRulesAndTheExportersDependOnNeitherSpringNorVaadin() {
        // The exporters are shared by the command line, the build (inside Maven's JVM) and the
        // trainer UI.
        noClasses()
                .that()
                .resideInAnyPackage(
                        "fr.immunolearn.course..",
                        "fr.immunolearn.quiz..",
                        "fr.immunolearn.scormexport..",
                        "fr.immunolearn.questionbank..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "com.vaadin..",
                        "jakarta.servlet..",
                        "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("fr.immunolearn.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theCourseModelDoesNotKnowAboutTheFeaturesBuiltOnIt() {
        noClasses()
                .that()
                .resideInAPackage("fr.immunolearn.course..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "fr.immunolearn.course..",
                        "java..",
                        "com.fasterxml.jackson..",
                        "org.commonmark..",
                        "org.jsoup..",
                        "org.slf4j..",
                        "javax.xml..",
                        "org.xml.sax..")
                .check(CLASSES);
    }

    @Test
    void everyFeaturePackageSaysWhatItOwnsInAPackageInfo() {
        JavaPackage root = CLASSES.getPackage("fr.immunolearn");
        assertThat(root.getSubpackages()).isNotEmpty();
        for (JavaPackage feature : root.getSubpackagesInTree()) {
            if (!feature.getClasses().isEmpty()) {
                assertThat(feature.tryGetPackageInfo())
                        .as("package-info.java in " + feature.getName())
                        .isPresent();
            }
        }
    }
}
