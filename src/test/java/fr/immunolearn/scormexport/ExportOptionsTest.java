package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Options that cannot be exported are refused where they are made, with what is wrong. */
class ExportOptionsTest {

    @Test
    void thePassMarkIsAPercent() {
        assertThat(ExportOptions.of(ScormEdition.SCORM_12).withPassMark(0).passMark()).isZero();
        assertThat(ExportOptions.of(ScormEdition.SCORM_12).withPassMark(100).passMark()).isEqualTo(100);
        assertThatThrownBy(() -> ExportOptions.of(ScormEdition.SCORM_12).withPassMark(101))
                .hasMessage("the pass mark must be between 0 and 100, not 101");
        assertThatThrownBy(() -> ExportOptions.of(ScormEdition.SCORM_12).withPassMark(-1))
                .hasMessage("the pass mark must be between 0 and 100, not -1");
    }

    @Test
    void attemptsAreZeroForNoLimitOrAPositiveNumber() {
        assertThat(ExportOptions.of(ScormEdition.SCORM_2004).withMaxAttempts(0).maxAttempts()).isZero();
        assertThatThrownBy(() -> ExportOptions.of(ScormEdition.SCORM_2004).withMaxAttempts(-2))
                .hasMessage("the number of attempts must be between 0 (no limit) and 100, not -2");
    }

    @Test
    void theLanguageIsATwoLetterCode() {
        assertThatThrownBy(() -> ExportOptions.of(ScormEdition.SCORM_12).withLanguage("french"))
                .hasMessage("the language must be a two-letter code such as fr or en, not \"french\"");
    }

    @Test
    void theEditionIsRequired() {
        assertThatThrownBy(() -> new ExportOptions(null, null, null, null, null, true)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void editionsAreNamedAsOnTheCommandLine() {
        assertThat(ScormEdition.fromKey("scorm12")).contains(ScormEdition.SCORM_12);
        assertThat(ScormEdition.fromKey("scorm2004")).contains(ScormEdition.SCORM_2004);
        assertThat(ScormEdition.fromKey("scorm13")).isEmpty();
    }
}
