package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The first trainer comes from the environment; there is no default password anywhere. */
@ExtendWith(OutputCaptureExtension.class)
class FirstTrainerTest {

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final Registration registration = mock(Registration.class);

    @Test
    void withNothingConfiguredNoTrainerIsCreatedAndTheLogSaysHowToCreateOne(CapturedOutput output) {
        when(accounts.countByRole(Role.TRAINER)).thenReturn(0L);
        new FirstTrainer(accounts, registration, "", "", "Formateur").run(null);
        verify(registration, never()).registerTrainer(any());
        assertThat(output).contains("No trainer account exists")
                .contains("java -jar target/immunolearn.jar trainer add --email");
    }

    @Test
    void theConfiguredTrainerIsCreatedOnce() {
        new FirstTrainer(accounts, registration, "Prof@Example.org", "une phrase solide 2026", "Prof").run(null);
        verify(registration).registerTrainer(new RegistrationForm("Prof", "Prof@Example.org", "une phrase solide 2026",
                "fr"));
        when(accounts.existsByEmail("prof@example.org")).thenReturn(true);
        Registration again = mock(Registration.class);
        new FirstTrainer(accounts, again, "Prof@Example.org", "une phrase solide 2026", "Prof").run(null);
        verify(again, never()).registerTrainer(any());
    }

    @Test
    void anEmailWithoutPasswordCreatesNothing(CapturedOutput output) {
        new FirstTrainer(accounts, registration, "prof@example.org", "", "Prof").run(null);
        verify(registration, never()).registerTrainer(any());
        assertThat(output).contains("IMMUNOLEARN_TRAINER_PASSWORD is not");
    }

    @Test
    void aWeakConfiguredPasswordIsRefusedLoudly(CapturedOutput output) {
        when(registration.registerTrainer(any())).thenThrow(new RegistrationRefused(
                Map.of(RegistrationField.PASSWORD, "register.error.password.short")));
        new FirstTrainer(accounts, registration, "prof@example.org", "court", "Prof").run(null);
        assertThat(output).contains("refused (password: Password too short");
    }
}
