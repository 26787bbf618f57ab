package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.progress.LessonCheckVectors;
import fr.immunolearn.testing.Browser;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The player's knowledge checks (checks.js), run in Chromium from an exported package's own files,
 * follow the rules the Java side follows: every vector of lesson-check-vectors.json, in one page
 * load, gives what LessonCheckVectorsTest expects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlayerLessonChecksIT {

    private static final JsonNode VECTORS = LessonCheckVectors.load();

    private LmsServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start() {
        server = new LmsServer();
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        browser.quit();
        server.close();
    }

    @Test
    void everyVectorGivesInThePlayerWhatTheRulesSay() throws IOException {
        server.serve("check-vectors", ExportedPackages.unzipped(ExportOptions.of(ScormEdition.SCORM_12)));
        browser.get(server.base() + "/lms/scripts.html?pkg=check-vectors");
        JsonNode results = TestLms.JSON.readTree((String) browser.executeScript("""
                var v = JSON.parse(arguments[0]), c = ImmunoLearn.checks;
                function check(name) {
                  var shape = v.checks[name];
                  return {id: name, multiple: shape.multiple,
                    choices: shape.choices.map(function (x) { return {id: x[0], correct: x[1]}; })};
                }
                return JSON.stringify({
                  verdicts: v.verdicts.map(function (x) {
                    try { return c.verdict(check(x.check), x.chosen); }
                    catch (e) { return e instanceof c.Refused ? 'refused' : 'error: ' + e.message; }
                  }),
                  lessonRead: v.lessonRead.map(function (x) { return c.lessonRead(x.wentToQuiz, x.checksAnswered, x.checks); })
                });""", VECTORS.toString()));

        for (int i = 0; i < VECTORS.get("verdicts").size(); i++) {
            JsonNode vector = VECTORS.get("verdicts").get(i);
            assertThat(results.get("verdicts").get(i).asText()).as(vector.get("name").asText())
                    .isEqualTo(vector.get("expected").asText());
        }
        for (int i = 0; i < VECTORS.get("lessonRead").size(); i++) {
            JsonNode vector = VECTORS.get("lessonRead").get(i);
            assertThat(results.get("lessonRead").get(i).asBoolean()).as(vector.get("name").asText())
                    .isEqualTo(vector.get("expected").asBoolean());
        }
    }
}
