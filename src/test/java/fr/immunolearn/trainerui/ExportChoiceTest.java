package fr.immunolearn.trainerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.questionbank.BankFormat;
import fr.immunolearn.questionbank.BankOptions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A question bank's choices written in its download address, and read back. */
class ExportChoiceTest {

    @ParameterizedTest
    @EnumSource(BankFormat.class)
    void aQuestionBanksChoicesSurviveTheirToken(BankFormat format) {
        BankOptions every = new BankOptions(format, "en", List.of(), true);
        BankOptions some = new BankOptions(format, "fr", List.of("quiz-a", "quiz_b2"), false);
        assertThat(ExportChoice.bankToken(every, "fr")).isEqualTo(format.key() + ".en.r");
        assertThat(ExportChoice.bankToken(some, "fr")).isEqualTo(format.key() + ".fr.o.quiz-a.quiz_b2");
        assertThat(ExportChoice.parseBank(ExportChoice.bankToken(every, "fr"))).contains(every);
        assertThat(ExportChoice.parseBank(ExportChoice.bankToken(some, "fr"))).contains(some);
        assertThat(ExportChoice.bankToken(BankOptions.of(format), "fr")).isEqualTo(format.key() + ".fr.r");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gift", "gift.fr", "gift.fr.x", "xml.fr.r", "gift.french.r", "gift.fr.r.", "gift.fr.r.Quiz",
            "gift.fr.r.quiz/../x", "scorm12.fr.r"})
    void anythingElseIsNoQuestionBank(String token) {
        assertThat(ExportChoice.parseBank(token)).isEmpty();
    }
}
