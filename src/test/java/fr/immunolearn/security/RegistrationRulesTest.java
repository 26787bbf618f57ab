package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationRulesTest {

    private static RegistrationForm form(String name, String email, String password) {
        return new RegistrationForm(name, email, password, "fr");
    }

    @Test
    void aGoodFormHasNoError() {
        assertThat(RegistrationRules.check(form("Camille Martin", "camille@example.fr", "une phrase facile 42")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} / {2} → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "''|a@b.fr|une phrase facile 42|NAME|register.error.name.empty",
        "'   '|a@b.fr|une phrase facile 42|NAME|register.error.name.empty",
        "NULL|a@b.fr|une phrase facile 42|NAME|register.error.name.empty",
        "Zo\u0007é|a@b.fr|une phrase facile 42|NAME|register.error.name.invalid",
        "Zoé|''|une phrase facile 42|EMAIL|register.error.email.empty",
        "Zoé|pas-une-adresse|une phrase facile 42|EMAIL|register.error.email.invalid",
        "Zoé|a@b|une phrase facile 42|EMAIL|register.error.email.invalid",
        "Zoé|a b@c.fr|une phrase facile 42|EMAIL|register.error.email.invalid",
        "Zoé|a@b.fr|court|PASSWORD|register.error.password.short",
        "Zoé|a@b.fr|motdepasse|PASSWORD|register.error.password.weak",
        "Zoé|a@b.fr|aaaaaaaaaaaa|PASSWORD|register.error.password.weak",
        "Zoé|zoe.martin@b.fr|zoe.martin2024|PASSWORD|register.error.password.weak",
        "Camille|a@b.fr|camille-1234|PASSWORD|register.error.password.weak"
    })
    void eachBadFieldGetsItsOwnMessage(String name, String email, String password, RegistrationField field,
            String key) {
        assertThat(RegistrationRules.check(form(name, email, password))).containsEntry(field, key);
    }

    @Test
    void overLongValuesAreRefused() {
        assertThat(RegistrationRules.check(form("x".repeat(101), "a@b.fr", "une phrase facile 42")))
                .containsEntry(RegistrationField.NAME, "register.error.name.long");
        assertThat(RegistrationRules.check(form("Zoé", "a".repeat(250) + "@b.fr", "une phrase facile 42")))
                .containsEntry(RegistrationField.EMAIL, "register.error.email.invalid");
        assertThat(RegistrationRules.check(form("Zoé", "a@b.fr", "p".repeat(129))))
                .containsEntry(RegistrationField.PASSWORD, "register.error.password.long");
    }

    @Test
    void emailsAreComparedWithoutCaseOrSpaces() {
        assertThat(RegistrationRules.normaliseEmail("  Camille@Example.FR ")).isEqualTo("camille@example.fr");
    }
}
