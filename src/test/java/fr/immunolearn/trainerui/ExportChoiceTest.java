package fr.immunolearn.trainerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.scormexport.ExportOptions;
import fr.immunolearn.scormexport.ScormEdition;
import org.junit.jupiter.api.Test;

/** The export page's options travel in the download's address and come back the same. */
class ExportChoiceTest {

    @Test
    void everyOptionComesBackFromItsToken() {
        ExportOptions options = new ExportOptions(ScormEdition.SCORM_2004, "en", 80, 3,
                CompletionRule.FINAL_ASSESSMENT_PASSED, false, true);
        String token = ExportChoice.token(options, "fr");
        assertThat(token).isEqualTo("scorm2004.en.80.3.o.final-assessment-passed.n");
        assertThat(ExportChoice.parse(token)).contains(options);
    }

    @Test
    void aFinishedCourseStaysFinishedInTokensThatDoNotAskForANewAttempt() {
        ExportOptions options = ExportOptions.of(ScormEdition.SCORM_12).withLanguage("fr");
        String token = ExportChoice.token(options, "fr");
        assertThat(token).isEqualTo("scorm12.fr.-.-.r.-");
        assertThat(ExportChoice.parse(token)).contains(options);
        assertThat(ExportChoice.parse("scorm12.fr.-.-.r.-.x")).isEmpty();
    }
}
