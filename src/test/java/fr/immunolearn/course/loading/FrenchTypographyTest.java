package fr.immunolearn.course.loading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTypographyTest {

    private final Typography french = Typography.forLanguage("fr");

    @ParameterizedTest(name = "[{0}] becomes [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "Qu'est-ce ?|Qu’est-ce\u202F?",
                "Vraiment?|Vraiment\u202F?",
                "Attention !|Attention\u202F!",
                "Quoi ?!|Quoi\u202F?!",
                "d'abord ; ensuite|d’abord\u202F; ensuite",
                "Note : voici|Note\u00A0: voici",
                "Note: voici|Note\u00A0: voici",
                "« Micro »|«\u00A0Micro\u00A0»",
                "«Micro»|«\u00A0Micro\u00A0»",
                "à 10:30 sur https://exemple.fr|à 10:30 sur https://exemple.fr",
                "Et puis...|Et puis…",
                "Déjà\u202F? oui|Déjà\u202F? oui"
            })
    void addsTheSpacesFrenchTypographyWants(String written, String shown) {
        assertThat(french.apply(written)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"What is it?|What is it?", "Note: this|Note: this"})
    void leavesOtherLanguagesAlone(String written, String shown) {
        assertThat(Typography.forLanguage("en").apply(written)).isEqualTo(shown);
    }
}
