package fr.immunolearn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.immunolearn.ImmunoLearnApplication;
import fr.immunolearn.course.loading.InvalidContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The app refuses to start on invalid content, and says why in file:line:column form. */
@ExtendWith(OutputCaptureExtension.class)
class InvalidContentStartupTest {

    @Test
    void theAppDoesNotStartOnInvalidContentAndPrintsTheProblems(
            @TempDir Path dir, CapturedOutput output) throws IOException {
        Files.writeString(dir.resolve("editions.yaml"), "default: fr\neditions: [fr]\n");
        assertThatThrownBy(
                        () ->
                                new SpringApplicationBuilder(ImmunoLearnApplication.class)
                                        .run(
                                                "--immunolearn.content-dir=" + dir,
                                                "--server.port=0",
                                                "--spring.datasource.url=jdbc:h2:mem:invalid-content"))
                .hasRootCauseInstanceOf(InvalidContentException.class);
        assertThat(output)
                .contains("The course content is invalid")
                .contains(dir + "/fr:1:1: the folder of edition \"fr\" is missing")
                .contains("validate content");
    }
}
