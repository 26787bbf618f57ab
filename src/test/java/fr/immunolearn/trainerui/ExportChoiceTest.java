package fr.immunolearn.trainerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.questionbank.BankFormat;
import fr.immunolearn.questionbank.BankOptions;
import fr.immunolearn.scormexport.ExportOptions;
import fr.immunolearn.scormexport.ScormEdition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The export page's choices travel in the download's address and come back the same. */
class ExportChoiceTest {

    @Test
    void everyOptionComesBackFromItsToken() {
        ExportOptions options =
                new ExportOptions(
                        ScormEdition.SCORM_2004,
                        "en",
                        80,
                        3,
                        CompletionRule.FINAL_ASSESSMENT_PASSED,
                        false,
                        true);
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

    @ParameterizedTest
    @EnumSource(BankFormat.class)
    void aQuestionBanksChoicesSurviveTheirToken(BankFormat format) {
        BankOptions every = new BankOptions(format, "en", List.of(), true);
        BankOptions some = new BankOptions(format, "fr", List.of("quiz-a", "quiz_b2"), false);
        assertThat(ExportChoice.bankToken(every, "fr")).isEqualTo(format.key() + ".en.r");
        assertThat(ExportChoice.bankToken(some, "fr"))
                .isEqualTo(format.key() + ".fr.o.quiz-a.quiz_b2");
        assertThat(ExportChoice.parseBank(ExportChoice.bankToken(every, "fr"))).contains(every);
        assertThat(ExportChoice.parseBank(ExportChoice.bankToken(some, "fr"))).contains(some);
        assertThat(ExportChoice.bankToken(BankOptions.of(format), "fr"))
                .isEqualTo(format.key() + ".fr.r");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "gift",
                "gift.fr",
                "gift.fr.x",
                "xml.fr.r",
                "gift.french.r",
                "gift.fr.r.",
                "gift.fr.r.Quiz",
                "gift.fr.r.quiz/../x",
                "scorm12.fr.r"
            })
    void anythingElseIsNoQuestionBank(String token) {
        assertThat(ExportChoice.parseBank(token)).isEmpty();
    }
}
