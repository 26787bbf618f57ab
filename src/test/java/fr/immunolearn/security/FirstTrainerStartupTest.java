package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.ImmunoLearnApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** A first trainer the rules refuse is said in the log, and the app starts all the same. */
@ExtendWith(OutputCaptureExtension.class)
class FirstTrainerStartupTest {

    @Test
    void anEightyCharacterConfiguredPasswordIsRefusedInTheLogAndTheAppStarts(
            CapturedOutput output) {
        String password = "x1y2z3w4".repeat(10);
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(ImmunoLearnApplication.class)
                        .profiles("test")
                        .run(
                                "--server.port=0",
                                "--immunolearn.trainer.email=formatrice@example.org",
                                "--immunolearn.trainer.password=" + password)) {
            assertThat(app.isRunning()).isTrue();
            assertThat(app.getBean(AccountRepository.class).existsByEmail("formatrice@example.org"))
                    .isFalse();
        }
        assertThat(
                        output.getAll()
                                .lines()
                                .filter(
                                        l ->
                                                l.contains(
                                                        "The configured trainer account was refused")))
                .singleElement()
                .asString()
                .contains("ERROR")
                .contains("Password too long: 72 bytes at most")
                .contains("no trainer created");
    }
}
