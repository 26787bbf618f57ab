package fr.immunolearn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.LongPasswords;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code trainer add}: a trainer account in the app's database, the password never on the command
 * line.
 */
class TrainerCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DATABASE_TO_LOWER=TRUE";
    }

    private int run(Map<String, String> environment, String... args) {
        return new TrainerCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        environment::get,
                        null)
                .run(List.of(args));
    }

    @Test
    void createsATrainerWithABcryptHashFromThePasswordInTheEnvironment() throws Exception {
        int status =
                run(
                        Map.of("IMMUNOLEARN_TRAINER_PASSWORD", "une phrase solide 2026"),
                        "add",
                        "--email",
                        "Prof@Example.org",
                        "--name",
                        "Camille",
                        "--spring.datasource.url=" + url());
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Trainer account prof@example.org created.");
        try (Connection db = DriverManager.getConnection(url(), "sa", "");
                ResultSet row =
                        db.createStatement()
                                .executeQuery(
                                        "select role, display_name, password_hash from account where email = 'prof@example.org'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("TRAINER");
            assertThat(row.getString(2)).isEqualTo("Camille");
            assertThat(row.getString(3)).startsWith("$2").doesNotContain("une phrase");
        }
    }

    @Test
    void refusesAWeakPasswordAndAnAddressAlreadyTaken() {
        Map<String, String> environment =
                Map.of("IMMUNOLEARN_TRAINER_PASSWORD", "une phrase solide 2026");
        assertThat(
                        run(
                                environment,
                                "add",
                                "--email",
                                "a@example.org",
                                "--spring.datasource.url=" + url()))
                .isZero();
        assertThat(
                        run(
                                Map.of("IMMUNOLEARN_TRAINER_PASSWORD", "court"),
                                "add",
                                "--email",
                                "a@example.org",
                                "--spring.datasource.url=" + url()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("email: An account already exists with this e-mail address.")
                .contains("password: Password too short");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void refusesAPasswordOver72BytesInOneLineWithoutAStackTrace(CapturedOutput output)
            throws Exception {
        for (String password : List.of(LongPasswords.ASCII_73, LongPasswords.emoji(20))) {
            err.reset();
            int status =
                    run(
                            Map.of("IMMUNOLEARN_TRAINER_PASSWORD", password),
                            "add",
                            "--email",
                            "formatrice@example.org",
                            "--spring.datasource.url=" + url());
            assertThat(status).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8).lines())
                    .singleElement()
                    .asString()
                    .startsWith("trainer add: password: Password too long: 72 bytes at most")
                    .contains("emoji as 4");
        }
        assertThat(output.getAll()).doesNotContain("Exception").doesNotContain("\tat ");
        try (Connection db = DriverManager.getConnection(url(), "sa", "");
                ResultSet count =
                        db.createStatement().executeQuery("select count(*) from account")) {
            assertThat(count.next()).isTrue();
            assertThat(count.getInt(1)).as("no account created").isZero();
        }
    }

    @Test
    void refusesBadArgumentsWithoutTouchingTheDatabase() {
        assertThat(run(Map.of(), "remove")).isEqualTo(2);
        assertThat(run(Map.of(), "add")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--email is required");
        assertThat(run(Map.of(), "add", "--email", "a@example.org", "--password", "x"))
                .isEqualTo(2);
        assertThat(run(Map.of(), "add", "--email", "a@example.org")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("no console to ask for the password");
    }
}
