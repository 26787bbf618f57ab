package fr.immunolearn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.TestContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar immunolearn.jar validate [DIR]}: checks content without starting the server. */
class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Optional<Integer> run(String... args) {
        return Commands.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void validContentExitsZeroAndSaysWhatItFound() {
        assertThat(run("validate", TestContent.folder().toString())).contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("is valid: 2 editions (fr, en), 4 lessons");
    }

    @Test
    void invalidContentExitsNonZeroAndListsEveryProblemAsFileLineColumn(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("editions.yaml"), "default: fr\neditions: [fr]\nextra: 1\n");
        assertThat(run("validate", dir.toString())).contains(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(dir + "/editions.yaml:3:1: unknown key 'extra'")
                .contains(dir + "/fr:1:1: the folder of edition \"fr\" is missing")
                .contains("2 problems found in " + dir);
    }

    @Test
    void noCommandMeansStartTheServer() {
        assertThat(run()).isEmpty();
        assertThat(run("--server.port=9000")).isEmpty();
    }

    @Test
    void anUnknownCommandIsRefusedWithTheUsage() {
        assertThat(run("valdiate")).contains(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown command 'valdiate'")
                .contains("usage:");
    }

    @Test
    void validateTakesAtMostOneFolder() {
        assertThat(run("validate", "a", "b")).contains(2);
    }
}
