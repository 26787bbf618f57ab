package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.LongPasswords;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationRulesTest {

    private static RegistrationForm form(String name, String email, String password) {
        return new RegistrationForm(name, email, password, "fr");
    }

    @Test
    void aGoodFormHasNoError() {
        assertThat(
                        RegistrationRules.check(
                                form(
                                        "Camille Martin",
                                        "camille@example.fr",
                                        "une phrase facile 42")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} / {2} → {3} {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
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
    void eachBadFieldGetsItsOwnMessage(
            String name, String email, String password, RegistrationField field, String key) {
        assertThat(RegistrationRules.check(form(name, email, password))).containsEntry(field, key);
    }

    @Test
    void overLongValuesAreRefused() {
        assertThat(RegistrationRules.check(form("x".repeat(101), "a@b.fr", "une phrase facile 42")))
                .containsEntry(RegistrationField.NAME, "register.error.name.long");
        assertThat(
                        RegistrationRules.check(
                                form("Zoé", "a".repeat(250) + "@b.fr", "une phrase facile 42")))
                .containsEntry(RegistrationField.EMAIL, "register.error.email.invalid");
        assertThat(RegistrationRules.check(form("Zoé", "a@b.fr", "p".repeat(129))))
                .containsEntry(RegistrationField.PASSWORD, "register.error.password.long");
    }

    /** BCrypt reads 72 bytes at most: the limit is in bytes of UTF-8, not in characters. */
    @Test
    void passwordsHoldAtMost72BytesOfUtf8() {
        assertThat(LongPasswords.ASCII_72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(RegistrationRules.check(form("Zoé", "a@b.fr", LongPasswords.ASCII_72)))
                .isEmpty();
        assertThat(RegistrationRules.check(form("Zoé", "a@b.fr", LongPasswords.ASCII_73)))
                .containsEntry(RegistrationField.PASSWORD, "register.error.password.long");
        assertThat(RegistrationRules.check(form("Zoé", "a@b.fr", LongPasswords.emoji(18))))
                .as("18 emoji, 72 bytes")
                .isEmpty();
        assertThat(LongPasswords.emoji(20)).as("40 Java characters, 20 code points").hasSize(40);
        assertThat(RegistrationRules.check(form("Zoé", "a@b.fr", LongPasswords.emoji(20))))
                .as("20 emoji, 80 bytes")
                .containsEntry(RegistrationField.PASSWORD, "register.error.password.long");
    }

    @Test
    void theMessageForALongPasswordSaysTheLimitAndHowCharactersCountInBothLanguages() {
        assertThat(
                        ResourceBundle.getBundle("vaadin-i18n/translations", Locale.FRENCH)
                                .getString("register.error.password.long"))
                .contains("72 octets")
                .contains("emoji pour 4");
        assertThat(
                        ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH)
                                .getString("register.error.password.long"))
                .contains("72 bytes")
                .contains("emoji as 4");
    }

    @Test
    void emailsAreComparedWithoutCaseOrSpaces() {
        assertThat(RegistrationRules.normaliseEmail("  Camille@Example.FR "))
                .isEqualTo("camille@example.fr");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no-break space after|camille@example.fr\u00A0",
                "zero-width space after|camille@example.fr\u200B",
                "zero-width spaces around|\u200Bcamille@example.fr\u200B",
                "byte-order mark before|\uFEFFcamille@example.fr",
                "word joiner and em space after|camille@example.fr\u2060\u2003",
                "narrow no-break space before|\u202Fcamille@example.fr",
                "full-width letters|ｃａｍｉｌｌｅ@ｅｘａｍｐｌｅ.ｆｒ",
                "capitals|CAMILLE@Example.FR"
            })
    void addressesThatLookTheSameAreTheSame(String what, String typed) {
        assertThat(RegistrationRules.normaliseEmail(unescape(typed)))
                .isEqualTo("camille@example.fr");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Cyrillic o in a Latin local part|jean.dup\u043Ent@example.fr|register.error.email.mixed",
                "Cyrillic a in a Latin domain|jean@ex\u0430mple.fr|register.error.email.mixed",
                "Greek omicron in a Latin local part|jean.dup\u03BFnt@example.fr|register.error.email.mixed",
                "zero-width space inside|jean.du\u200Bpont@example.fr|register.error.email.invisible",
                "soft hyphen inside|jean.du\u00ADpont@example.fr|register.error.email.invisible",
                "no-break space inside|jean\u00A0dupont@example.fr|register.error.email.invalid",
                "bell inside|jean\u0007dupont@example.fr|register.error.email.invalid"
            })
    void lookAlikeAddressesAreRefusedWithTheirOwnMessage(String what, String typed, String key) {
        assertThat(RegistrationRules.check(form("Zoé", unescape(typed), "une phrase facile 42")))
                .containsEntry(RegistrationField.EMAIL, key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Latin with digits and signs|jean.dupont+immuno_2026@example.fr",
                "accented Latin|zoé.lefèvre@exemple.fr",
                "Cyrillic alone|иван@пример.рф",
                "Greek alone|δοκιμή@παράδειγμα.ελ",
                "Japanese with Latin|山田たろうtaro@example.jp"
            })
    void addressesInOneWritingSystemAreAccepted(String what, String email) {
        assertThat(RegistrationRules.check(form("Zoé", email, "une phrase facile 42"))).isEmpty();
    }

    /** CsvSource keeps backslashes: the invisible characters are written as Java escapes. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
