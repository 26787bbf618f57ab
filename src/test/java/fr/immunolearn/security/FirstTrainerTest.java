package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.immunolearn.testing.LongPasswords;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The first trainer comes from the environment; there is no default password anywhere. Whatever
 * becomes of the configured account, one log line says what happened and what to do, and the app
 * starts all the same.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstTrainerTest {

    private static final String PASSWORD = "une phrase solide 2026";
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final Registration registration = mock(Registration.class);

    /** The real rules and BCrypt over a mock database, to see what the configured password does. */
    private final Registration realRegistration =
            new Registration(accounts, BCRYPT, Clock.systemUTC());

    private static Account existing(Role role, String password) {
        return new Account(
                7L,
                "prof@example.org",
                "Prof",
                BCRYPT.encode(password),
                role,
                "fr",
                "seed",
                Instant.EPOCH,
                null);
    }

    /** The database holds {@code account} (under both lookups, by address and by existence). */
    private void stored(Account account) {
        when(accounts.findByEmail(account.email())).thenReturn(Optional.of(account));
        when(accounts.existsByEmail(account.email())).thenReturn(true);
    }

    /** The log line holding {@code fragment}, so its level can be checked too. */
    private static String line(CapturedOutput output, String fragment) {
        return output.getAll()
                .lines()
                .filter(l -> l.contains(fragment))
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no log line contains \""
                                                + fragment
                                                + "\" in:\n"
                                                + output));
    }

    @Test
    void withNothingConfiguredNoTrainerIsCreatedAndTheLogSaysHowToCreateOne(CapturedOutput output) {
        when(accounts.countByRole(Role.TRAINER)).thenReturn(0L);
        new FirstTrainer(accounts, registration, "", "", "Formateur").run(null);
        verify(registration, never()).registerTrainer(any());
        assertThat(output)
                .contains("No trainer account exists")
                .contains("java -jar target/immunolearn.jar trainer add --email");
    }

    @Test
    void theConfiguredTrainerIsCreatedOnce(CapturedOutput output) {
        new FirstTrainer(accounts, registration, "Prof@Example.org", PASSWORD, "Prof").run(null);
        verify(registration)
                .registerTrainer(new RegistrationForm("Prof", "Prof@Example.org", PASSWORD, "fr"));
        stored(existing(Role.TRAINER, PASSWORD));
        Registration again = mock(Registration.class);
        new FirstTrainer(accounts, again, "Prof@Example.org", PASSWORD, "Prof").run(null);
        verify(again, never()).registerTrainer(any());
        verify(again, never()).promoteToTrainer(anyString(), anyString());
        assertThat(line(output, "Trainer account prof@example.org already exists"))
                .contains("WARN")
                .contains("does not change its password");
    }

    @Test
    void anEmailWithoutPasswordCreatesNothing(CapturedOutput output) {
        new FirstTrainer(accounts, registration, "prof@example.org", "", "Prof").run(null);
        verify(registration, never()).registerTrainer(any());
        assertThat(output).contains("IMMUNOLEARN_TRAINER_PASSWORD is not");
    }

    @Test
    void aWeakConfiguredPasswordIsRefusedLoudly(CapturedOutput output) {
        when(registration.registerTrainer(any()))
                .thenThrow(
                        new RegistrationRefused(
                                Map.of(
                                        RegistrationField.PASSWORD,
                                        "register.error.password.short")));
        new FirstTrainer(accounts, registration, "prof@example.org", "court", "Prof").run(null);
        assertThat(output).contains("refused (password: Password too short");
    }

    @Test
    void aConfiguredPasswordOver72BytesIsRefusedInTheLogAndDoesNotStopTheApp(
            CapturedOutput output) {
        for (String password :
                List.of(LongPasswords.ASCII_73, "x1y2z3w4".repeat(10), LongPasswords.emoji(20))) {
            assertThatCode(
                            () ->
                                    new FirstTrainer(
                                                    accounts,
                                                    realRegistration,
                                                    "prof@example.org",
                                                    password,
                                                    "Prof")
                                            .run(null))
                    .doesNotThrowAnyException();
        }
        verify(accounts, never()).save(any());
        assertThat(
                        output.getAll()
                                .lines()
                                .filter(l -> l.contains("Password too long: 72 bytes at most")))
                .hasSize(3)
                .allSatisfy(
                        l ->
                                assertThat(l)
                                        .contains("ERROR")
                                        .contains("The configured trainer account was refused")
                                        .contains("no trainer created"));
    }

    @Test
    void aLearnerWithTheConfiguredAddressAndPasswordBecomesATrainer(CapturedOutput output) {
        stored(existing(Role.LEARNER, PASSWORD));
        new FirstTrainer(accounts, realRegistration, "Prof@Example.org", PASSWORD, "Prof")
                .run(null);
        verify(accounts).updateRole(7L, "TRAINER");
        verify(accounts, never()).save(any());
        assertThat(line(output, "belonged to a learner account"))
                .contains("WARN")
                .contains("prof@example.org")
                .contains("is a trainer now");
    }

    @Test
    void aLearnerWithTheConfiguredAddressButAnotherPasswordStaysALearnerAndTheLogSaysWhatToDo(
            CapturedOutput output) {
        stored(existing(Role.LEARNER, "le mot de passe du premier venu"));
        new FirstTrainer(accounts, realRegistration, "prof@example.org", PASSWORD, "Prof")
                .run(null);
        verify(accounts, never()).updateRole(anyLong(), anyString());
        verify(accounts, never()).save(any());
        assertThat(line(output, "already belongs to a learner account"))
                .contains("ERROR")
                .contains("prof@example.org")
                .contains("no trainer created")
                .contains("set IMMUNOLEARN_TRAINER_PASSWORD to its password")
                .contains("configure another one")
                .contains("trainer add --email");
    }
}
