package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Options that cannot be exported are refused where they are made, with what is wrong. */
class ExportOptionsTest {

    @Test
    void thePassMarkIsAPercent() {
        assertThat(ExportOptions.of(ScormEdition.SCORM_12).withPassMark(0).passMark()).isZero();
        assertThat(ExportOptions.of(ScormEdition.SCORM_12).withPassMark(100).passMark())
                .isEqualTo(100);
        assertThatThrownBy(() -> ExportOptions.of(ScormEdition.SCORM_12).withPassMark(101))
                .hasMessage("the pass mark must be between 0 and 100, not 101");
        assertThatThrownBy(() -> ExportOptions.of(ScormEdition.SCORM_12).withPassMark(-1))
                .hasMessage("the pass mark must be between 0 and 100, not -1");
    }

    @Test
    void attemptsAreZeroForNoLimitOrAPositiveNumber() {
        assertThat(ExportOptions.of(ScormEdition.SCORM_2004).withMaxAttempts(0).maxAttempts())
                .isZero();
        assertThatThrownBy(() -> ExportOptions.of(ScormEdition.SCORM_2004).withMaxAttempts(-2))
                .hasMessage("the number of attempts must be between 0 (no limit) and 100, not -2");
    }

    @Test
    void theLanguageIsATwoLetterCode() {
        assertThatThrownBy(() -> ExportOptions.of(ScormEdition.SCORM_12).withLanguage("french"))
                .hasMessage(
                        "the language must be a two-letter code such as fr or en, not \"french\"");
    }

    @Test
    void aFinishedCourseStaysFinishedUnlessTheOptionsAskForANewAttempt() {
        assertThat(ExportOptions.of(ScormEdition.SCORM_2004).newAttemptWhenFinished()).isFalse();
        assertThat(
                        new ExportOptions(ScormEdition.SCORM_2004, null, null, null, null, true)
                                .newAttemptWhenFinished())
                .as("the options made before there was a choice")
                .isFalse();
        ExportOptions newAttempt =
                ExportOptions.of(ScormEdition.SCORM_2004).withNewAttemptWhenFinished(true);
        assertThat(newAttempt.newAttemptWhenFinished()).isTrue();
        assertThat(
                        newAttempt
                                .withLanguage("en")
                                .withPassMark(70)
                                .withMaxAttempts(2)
                                .withCompletion(
                                        fr.immunolearn.course.CompletionRule.ALL_QUIZZES_PASSED)
                                .withRandomise(false))
                .as("kept by every other choice")
                .isEqualTo(
                        new ExportOptions(
                                ScormEdition.SCORM_2004,
                                "en",
                                70,
                                2,
                                fr.immunolearn.course.CompletionRule.ALL_QUIZZES_PASSED,
                                false,
                                true));
        assertThat(newAttempt.withNewAttemptWhenFinished(false))
                .isEqualTo(ExportOptions.of(ScormEdition.SCORM_2004));
    }

    @Test
    void theEditionIsRequired() {
        assertThatThrownBy(() -> new ExportOptions(null, null, null, null, null, true))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void editionsAreNamedAsOnTheCommandLine() {
        assertThat(ScormEdition.fromKey("scorm12")).contains(ScormEdition.SCORM_12);
        assertThat(ScormEdition.fromKey("scorm2004")).contains(ScormEdition.SCORM_2004);
        assertThat(ScormEdition.fromKey("scorm13")).isEmpty();
    }
}
