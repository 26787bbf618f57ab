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
        server.serve(
                "check-vectors",
                ExportedPackages.unzipped(ExportOptions.of(ScormEdition.SCORM_12)));
        browser.get(server.base() + "/lms/scripts.html?pkg=check-vectors");
        JsonNode results =
                TestLms.JSON.readTree(
                        (String)
                                browser.executeScript(
                                        """
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
                });""",
                                        VECTORS.toString()));

        for (int i = 0; i < VECTORS.get("verdicts").size(); i++) {
            JsonNode vector = VECTORS.get("verdicts").get(i);
            assertThat(results.get("verdicts").get(i).asText())
                    .as(vector.get("name").asText())
                    .isEqualTo(vector.get("expected").asText());
        }
        for (int i = 0; i < VECTORS.get("lessonRead").size(); i++) {
            JsonNode vector = VECTORS.get("lessonRead").get(i);
            assertThat(results.get("lessonRead").get(i).asBoolean())
                    .as(vector.get("name").asText())
                    .isEqualTo(vector.get("expected").asBoolean());
        }
    }

    /**
     * On the blocks' test course: check answers are kept in suspend_data format "3" and read back;
     * a format "2" state (without them) and the format "3" state of a course version whose check
     * changed are still read, the lost answers counted.
     */
    @Test
    void checkAnswersAreKeptInStateFormatThreeAndFormatTwoIsStillRead() throws IOException {
        ScormPackage scorm =
                ScormExporter.export(
                        fr.immunolearn.course.loading.CourseLoader.load(
                                java.nio.file.Path.of(
                                        "src/test/resources/fr/immunolearn/blocks/course")),
                        ExportOptions.of(ScormEdition.SCORM_12));
        server.serve("check-states", ExportedPackages.unzip(scorm));
        browser.get(server.base() + "/lms/scripts.html?pkg=check-states");
        JsonNode result =
                TestLms.JSON.readTree(
                        (String)
                                browser.executeScript(
                                        """
                var data = window.ImmunoLearnCourse, P = ImmunoLearn.Progress, p = new P(data, 'learner-checks');
                var i = data.course.lessons.map(function (l) { return l.id; }).indexOf('blocs-exercices');
                var checks = ImmunoLearn.checks.ofLesson(data.course.lessons[i]);
                var readBefore = p.lessonRead(i);
                var first = p.answerCheck(i, checks[0], [checks[0].choices[0].id]);
                var readAfterOne = p.lessonRead(i);
                var second = p.answerCheck(i, checks[1], checks[1].choices.map(function (c) { return c.id; }));
                var v3 = p.encode();
                var back = new P(data, p.seed); back.decode(v3);
                var fields = v3.split('|');
                var v2 = ['2'].concat(fields.slice(1, 8)).join('|');
                var fromTwo = new P(data, p.seed); var twoRead = fromTwo.decode(v2) !== null;
                var changed = ['3'].concat(fields.slice(1, 8), [checks[0].id + ':9,gone:0,' + checks[1].id + ':0']).join('|');
                var fromChanged = new P(data, p.seed); fromChanged.decode(changed);
                return JSON.stringify({readBefore: readBefore, readAfterOne: readAfterOne, read: p.lessonRead(i),
                  verdicts: [first, second], v3: v3, back: back.state.checks, kept: p.state.checks,
                  twoRead: twoRead, twoChecks: fromTwo.state.checks, twoQuizzes: fromTwo.state.quizzes.length,
                  changed: fromChanged.state.checks, dropped: fromChanged.migration ? fromChanged.migration.checks : 'none'});"""));
        assertThat(result.get("readBefore").asBoolean()).isFalse();
        assertThat(result.get("readAfterOne").asBoolean()).as("one check of two").isFalse();
        assertThat(result.get("read").asBoolean()).as("both answered").isTrue();
        assertThat(result.get("v3").asText()).startsWith("3|");
        assertThat(result.get("back")).isEqualTo(result.get("kept"));
        assertThat(result.get("twoRead").asBoolean()).isTrue();
        assertThat(result.get("twoChecks")).isEmpty();
        // Same course version: nothing is reported as migrated, but an answer that no longer fits
        // is dropped.
        assertThat(result.get("changed").size()).isEqualTo(1);
    }
}
