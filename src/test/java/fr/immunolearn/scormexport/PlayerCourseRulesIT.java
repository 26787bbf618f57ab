package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.progress.CourseRulesVectors;
import fr.immunolearn.testing.Browser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The player's course rules (ImmunoLearn.CourseRules in progress.js), run in Chromium from the
 * exported package's own files, give what course-rules-vectors.json says, which is what the Java
 * rules give (CourseRulesVectorsTest): every case of every section, in one page load.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlayerCourseRulesIT {

    private static final JsonNode VECTORS = CourseRulesVectors.load();

    /**
     * Every vector through the player's rules; the vectors' compact shapes become the rules'
     * records here.
     */
    private static final String RUN =
            """
            var v = JSON.parse(arguments[0]), r = ImmunoLearn.CourseRules;
            function val(x, d) { return x === undefined ? d : x; }
            function quiz(q, id) {
              return {quizId: val(q.id, id), passMark: val(q.passMark, 80), maxAttempts: val(q.max, 3),
                attempts: val(q.attempts, 0), open: val(q.open, false), answered: val(q.answered, 0), best: val(q.best, null)};
            }
            function state(s) {
              return {lessons: s.lessons.map(function (l) { return {lessonId: l.id, opened: val(l.opened, false), quiz: quiz(l.quiz, 'q-' + l.id)}; }),
                finalAssessment: quiz(s.final, 'final'), unlock: val(s.unlock, 'all-lessons-done'),
                completion: val(s.completion, 'final-assessment-passed')};
            }
            return JSON.stringify({
              lessonRead: v.lessonRead.map(function (c) { return r.lessonRead(c.wentToQuiz, c.checksAnswered, c.checks); }),
              attempts: v.attempts.map(function (c) {
                var q = quiz(c.quiz, 'q');
                return {passed: r.passed(q), attemptsLeft: r.attemptsLeft(q), exhausted: r.exhausted(q),
                  lessonDone: r.lessonDone(q), mayStart: r.mayStart(q)};
              }),
              unlock: v.unlock.map(function (c) {
                var s = state(c.state);
                return {finalUnlocked: r.finalUnlocked(s), mayStartFinal: r.mayStart(s, s.finalAssessment.quizId),
                  progressPercent: r.progressPercent(s)};
              }),
              outcome: v.outcome.map(function (c) { return r.outcome(state(c.state)); }),
              resume: v.resume.map(function (c) { return r.resume(state(c.state), c.last); }),
              verdict: v.verdict.map(function (c) { return r.verdict(c.credit); }),
              feedback: v.feedback.map(function (c) { return r.feedbackParts(c.verdict, c.lead, c.choice, c.explanation, c.passage); }),
              scores: v.scores.map(function (c) { return r.scoreText(c.percent, c.passMark, c.lang); })
            });""";

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

    private JsonNode playerResults() {
        server.serve(
                "course-rules", ExportedPackages.unzipped(ExportOptions.of(ScormEdition.SCORM_12)));
        browser.get(server.base() + "/lms/scripts.html?pkg=course-rules");
        try {
            return TestLms.JSON.readTree((String) browser.executeScript(RUN, VECTORS.toString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> thePlayersCourseRulesGiveWhatTheVectorsSay() {
        JsonNode player = playerResults();
        List<DynamicTest> tests = new ArrayList<>();
        for (String section :
                List.of(
                        "lessonRead",
                        "attempts",
                        "unlock",
                        "outcome",
                        "resume",
                        "verdict",
                        "feedback",
                        "scores")) {
            for (int i = 0; i < VECTORS.get(section).size(); i++) {
                JsonNode vector = VECTORS.get(section).get(i);
                JsonNode got = player.get(section).get(i);
                tests.add(
                        dynamicTest(
                                section + ": " + name(vector),
                                () ->
                                        assertThat(normalised(got))
                                                .isEqualTo(normalised(vector.get("expected")))));
            }
        }
        return tests.stream();
    }

    private static String name(JsonNode vector) {
        return vector.has("name")
                ? vector.get("name").asText()
                : vector.has("credit")
                        ? "credit " + vector.get("credit")
                        : vector.get("percent")
                                + " against "
                                + vector.get("passMark")
                                + " in "
                                + vector.get("lang").asText();
    }

    /**
     * Numbers compared as numbers (JSON's 70 and 70.0 are one score); a lesson position's missing
     * passage is null.
     */
    private static JsonNode normalised(JsonNode node) {
        if (node.isNumber()) {
            return TestLms.JSON
                    .getNodeFactory()
                    .numberNode(node.decimalValue().stripTrailingZeros());
        }
        if (node.isObject()) {
            var copy = TestLms.JSON.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), normalised(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = TestLms.JSON.createArrayNode();
            node.forEach(n -> copy.add(normalised(n)));
            return copy;
        }
        return node;
    }
}
