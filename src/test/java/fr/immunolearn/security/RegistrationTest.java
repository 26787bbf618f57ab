package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.immunolearn.testing.DatabaseTest;
import fr.immunolearn.testing.LongPasswords;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Registration against the database, on H2 and PostgreSQL: an address that looks like one already
 * registered is refused, sign-in finds the account however the address was typed, and a password
 * BCrypt cannot take is refused with a message rather than lost in an exception.
 */
@SpringBootTest
@DatabaseTest
class RegistrationTest {

    private static final String PASSWORD = "une phrase facile 42";

    @Autowired Registration registration;

    @Autowired AccountRepository accounts;

    /** Built as the throttled sign-in builds it: it is deliberately not a bean of its own. */
    private AccountDetailsService signIn() {
        return new AccountDetailsService(accounts);
    }

    /** Letters of one script only, so that a Cyrillic letter put in makes the only mix. */
    private static String uniqueTag() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[^0-9]", "x");
    }

    private static String uniqueAddress() {
        return "jean.dupont." + uniqueTag() + "@example.fr";
    }

    private String refusal(String email, String password) {
        RegistrationRefused refused =
                catchThrowableOfType(
                        RegistrationRefused.class,
                        () ->
                                registration.registerLearner(
                                        new RegistrationForm(
                                                "Jean Dupont", email, password, "fr")));
        assertThat(refused)
                .as(
                        "registering "
                                + email.codePoints()
                                        .mapToObj(
                                                c ->
                                                        c < 128
                                                                ? Character.toString(c)
                                                                : String.format("\\u%04X", c))
                                        .reduce("", String::concat)
                                + " is refused")
                .isNotNull();
        return refused.errors().values().iterator().next();
    }

    @Test
    void anAddressThatLooksLikeARegisteredOneIsRefusedAsTakenOrMixed() {
        String tag = uniqueTag();
        String email = "jean.dupont." + tag + "@example.fr";
        Account first =
                registration.registerLearner(
                        new RegistrationForm("Jean Dupont", email, PASSWORD, "fr"));

        String taken = "register.error.email.taken";
        assertThat(refusal(email + "\u00A0", PASSWORD)).as("no-break space after").isEqualTo(taken);
        assertThat(refusal(email + "\u200B", PASSWORD))
                .as("zero-width space after")
                .isEqualTo(taken);
        assertThat(refusal("\uFEFF" + email, PASSWORD))
                .as("byte-order mark before")
                .isEqualTo(taken);
        assertThat(refusal(email.toUpperCase(), PASSWORD)).as("capitals").isEqualTo(taken);
        assertThat(refusal(email.replace("jean", "ｊｅａｎ"), PASSWORD))
                .as("full-width letters")
                .isEqualTo(taken);
        assertThat(refusal(email.replace("dupont", "dup\u043Ent"), PASSWORD))
                .as("Cyrillic о")
                .isEqualTo("register.error.email.mixed");

        assertThat(accounts.findAll())
                .filteredOn(a -> a.email().contains(tag))
                .singleElement()
                .extracting(Account::id)
                .isEqualTo(first.id());
    }

    @Test
    void signInFindsTheAccountHoweverTheAddressIsTyped() {
        String email = uniqueAddress();
        long id =
                registration
                        .registerLearner(new RegistrationForm("Jean Dupont", email, PASSWORD, "fr"))
                        .id();
        for (String typed :
                new String[] {
                    email,
                    " " + email.toUpperCase() + " ",
                    email + "\u00A0",
                    email + "\u200B",
                    "\u2060" + email,
                    email.replace("jean", "ｊｅａｎ")
                }) {
            assertThat(((AccountPrincipal) signIn().loadUserByUsername(typed)).accountId())
                    .isEqualTo(id);
        }
    }

    @Test
    void aLearnerBecomesATrainerOnlyWithTheirOwnPassword() {
        String email = uniqueAddress();
        long id =
                registration
                        .registerLearner(new RegistrationForm("Jean Dupont", email, PASSWORD, "fr"))
                        .id();
        assertThat(registration.promoteToTrainer(email, "pas son mot de passe")).isFalse();
        assertThat(accounts.findById(id)).get().extracting(Account::role).isEqualTo(Role.LEARNER);
        assertThat(registration.promoteToTrainer(email.toUpperCase(), PASSWORD)).isTrue();
        assertThat(accounts.findById(id)).get().extracting(Account::role).isEqualTo(Role.TRAINER);
        assertThat(signIn().loadUserByUsername(email).getAuthorities())
                .extracting(a -> a.getAuthority())
                .containsExactly("ROLE_TRAINER");
    }

    @Test
    void aPasswordOver72BytesIsRefusedWithItsMessageAndCreatesNoAccount() {
        String ascii = uniqueAddress();
        assertThat(refusal(ascii, LongPasswords.ASCII_73))
                .isEqualTo("register.error.password.long");
        assertThat(accounts.existsByEmail(ascii)).isFalse();
        String emoji = uniqueAddress();
        assertThat(refusal(emoji, LongPasswords.emoji(20)))
                .isEqualTo("register.error.password.long");
        assertThat(accounts.existsByEmail(emoji)).isFalse();

        String longest = uniqueAddress();
        registration.registerLearner(
                new RegistrationForm("Jean Dupont", longest, LongPasswords.ASCII_72, "fr"));
        assertThat(accounts.existsByEmail(longest)).as("72 bytes is still allowed").isTrue();
    }
}
