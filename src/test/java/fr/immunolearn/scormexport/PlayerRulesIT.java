package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.testing.Browser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What each edition (scorm12.js, scorm2004.js) tells the LMS of the course rules' outcome, and the
 * objectives per lesson, played in Chromium on exported packages, one situation at a time. The
 * rules themselves (completion, success, score, unlock, attempts) are the shared vectors' business
 * (PlayerCourseRulesIT, CourseRulesVectorsTest).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlayerRulesIT {

    /**
     * Plays `steps` ([quiz index or "final", "right"|"wrong"|"mostly"], ...) then reports the
     * outcome, the final's availability, and what each edition would set.
     */
    private static final String PLAY =
            """
            var steps = JSON.parse(arguments[0]);
            var data = window.ImmunoLearnCourse, p = new ImmunoLearn.Progress(data, 'learner-rules');
            function answer(q, right) {
              switch (q.type) {
                case 'single-choice': return {choices: [q.choices.filter(function (c) { return !!c.correct === right; })[0].id]};
                case 'multiple-response': return {choices: right ? q.choices.filter(function (c) { return c.correct; }).map(function (c) { return c.id; })
                                                                 : [q.choices.filter(function (c) { return !c.correct; })[0].id]};
                case 'true-false': return {value: right ? q.answer : !q.answer};
                case 'fill-in': return {text: right ? q.accepted[0] : 'rien'};
                case 'matching': var m = {}; q.pairs.forEach(function (x, i) { m[x.id] = right ? x.id : q.pairs[(i + 1) % q.pairs.length].id; }); return {matches: m};
                default: var ids = q.items.map(function (i) { return i.id; }); return {sequence: right ? ids : ids.reverse()};
              }
            }
            var unlockedAtStart = p.finalUnlocked();
            steps.forEach(function (step) {
              var qi = step[0] === 'final' ? p.finalIndex : step[0];
              p.start(qi);
              p.plan(qi).questions.forEach(function (q, k) {
                p.answer(qi, answer(q, step[1] === 'right' || (step[1] === 'mostly' && k > 0)));
              });
            });
            var o = p.outcome();
            return JSON.stringify({outcome: o, unlockedAtStart: unlockedAtStart, unlocked: p.finalUnlocked(),
              lessonsDone: data.course.lessons.map(function (l, i) { return p.lessonDone(i); }),
              mayStart: data.course.quizzes.map(function (q, i) { return p.mayStart(i); }),
              objectives: p.objectives(),
              scorm12: ImmunoLearn.adapters.scorm12.course(o, p.state.at, 'x', 90500),
              scorm2004: ImmunoLearn.adapters.scorm2004.course(o, p.state.at, 'x', 90500)});""";

    private LmsServer server;
    private ChromeDriver browser;
    private int served;

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

    private JsonNode play(ExportOptions options, String steps) {
        String name = "rules-" + (++served);
        server.serve(name, ExportedPackages.unzipped(options));
        browser.get(server.base() + "/lms/scripts.html?pkg=" + name);
        try {
            return TestLms.JSON.readTree((String) browser.executeScript(PLAY, steps));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String set(JsonNode values, String element) {
        for (JsonNode pair : values) {
            if (pair.get(0).asText().equals(element)) {
                return pair.get(1).asText();
            }
        }
        return null;
    }

    @Test
    void byDefaultTheCourseIsCompletedAndPassedByTheFinalAssessment() {
        ExportOptions options = ExportOptions.of(ScormEdition.SCORM_12);
        JsonNode lessonsOnly =
                play(
                        options,
                        "[[0,'right'],[1,'right'],[2,'right'],[3,'right']]".replace('\'', '"'));
        assertThat(set(lessonsOnly.get("scorm12"), "cmi.core.lesson_status"))
                .isEqualTo("incomplete");
        assertThat(set(lessonsOnly.get("scorm12"), "cmi.core.exit")).isEqualTo("suspend");
        assertThat(set(lessonsOnly.get("scorm12"), "cmi.core.score.raw")).isNull();
        assertThat(set(lessonsOnly.get("scorm12"), "cmi.core.session_time"))
                .isEqualTo("0000:01:30.50");
        assertThat(set(lessonsOnly.get("scorm2004"), "cmi.session_time")).isEqualTo("PT1M30.5S");
        assertThat(lessonsOnly.get("objectives"))
                .allMatch(o -> o.get("status").asText().equals("passed"));

        JsonNode failedThrice =
                play(
                        options,
                        "[[0,'right'],[1,'right'],[2,'right'],[3,'right'],['final','wrong'],['final','wrong'],['final','wrong']]"
                                .replace('\'', '"'));
        assertThat(set(failedThrice.get("scorm12"), "cmi.core.lesson_status")).isEqualTo("failed");
        assertThat(set(failedThrice.get("scorm12"), "cmi.core.exit")).isEmpty();
        assertThat(set(failedThrice.get("scorm2004"), "cmi.completion_status"))
                .isEqualTo("incomplete");
        assertThat(set(failedThrice.get("scorm2004"), "cmi.success_status")).isEqualTo("failed");
        // Finished, the 2004 attempt stays open for the record unless the package ends it
        // (ScormModesIT).
        assertThat(set(failedThrice.get("scorm2004"), "cmi.exit")).isEqualTo("suspend");
    }

    @Test
    void allQuizzesPassedCompletesWithTheLowestQuizScoreAndFailsWhenAQuizCanNoLongerBePassed() {
        ExportOptions options =
                ExportOptions.of(ScormEdition.SCORM_2004)
                        .withCompletion(CompletionRule.ALL_QUIZZES_PASSED);
        JsonNode passed =
                play(
                        options,
                        "[[0,'right'],[1,'mostly'],[2,'right'],[3,'right']]".replace('\'', '"'));
        assertThat(set(passed.get("scorm2004"), "cmi.score.scaled")).isEqualTo("0.8");
        assertThat(set(passed.get("scorm2004"), "cmi.completion_status")).isEqualTo("completed");
        assertThat(set(passed.get("scorm12"), "cmi.core.lesson_status")).isEqualTo("passed");

        JsonNode exhausted =
                play(
                        options,
                        "[[0,'wrong'],[0,'wrong'],[0,'wrong'],[1,'right']]".replace('\'', '"'));
        assertThat(exhausted.get("objectives").get(0).get("status").asText()).isEqualTo("failed");
        assertThat(set(exhausted.get("scorm12"), "cmi.core.lesson_status")).isEqualTo("failed");
    }

    @Test
    void allLessonsDoneCompletesWithTheMeanScoreAndNoVerdict() {
        ExportOptions options =
                ExportOptions.of(ScormEdition.SCORM_12)
                        .withCompletion(CompletionRule.ALL_LESSONS_DONE)
                        .withMaxAttempts(1);
        JsonNode done =
                play(
                        options,
                        "[[0,'right'],[1,'wrong'],[2,'right'],[3,'right']]".replace('\'', '"'));
        assertThat(set(done.get("scorm12"), "cmi.core.lesson_status")).isEqualTo("completed");
        assertThat(set(done.get("scorm12"), "cmi.core.score.raw")).isEqualTo("75");
        assertThat(set(done.get("scorm2004"), "cmi.success_status")).isEqualTo("unknown");
    }

    @Test
    void thePassMarkAndAttemptsOfTheOptionsDecide() {
        ExportOptions lenient =
                ExportOptions.of(ScormEdition.SCORM_12).withPassMark(50).withMaxAttempts(0);
        JsonNode mostly =
                play(
                        lenient,
                        "[[0,'wrong'],[0,'wrong'],[0,'wrong'],[0,'wrong'],[1,'mostly']]"
                                .replace('\'', '"'));
        assertThat(mostly.get("objectives").get(1).get("score").asDouble()).isEqualTo(80.0);
    }

    @Test
    void aCourseWhoseFinalIsAlwaysOpenOffersItFromTheStart() {
        var generated = GeneratedCourse.of(2, 3, 2);
        var course = generated.defaultEdition();
        var always =
                new fr.immunolearn.course.Course(
                        course.id(),
                        course.language(),
                        course.title(),
                        course.description(),
                        course.source(),
                        course.disclaimer(),
                        course.completion(),
                        fr.immunolearn.course.UnlockRule.ALWAYS,
                        course.concepts(),
                        course.glossary(),
                        course.lessons(),
                        course.finalAssessment());
        ScormPackage scorm =
                ScormExporter.export(
                        new fr.immunolearn.course.CourseEditions(
                                "fr", java.util.Map.of("fr", always)),
                        ExportOptions.of(ScormEdition.SCORM_2004));
        server.serve("always", ExportedPackages.unzip(scorm));
        browser.get(server.base() + "/lms/scripts.html?pkg=always");
        JsonNode result;
        try {
            result =
                    TestLms.JSON.readTree(
                            (String) browser.executeScript(PLAY, "[[\"final\",\"right\"]]"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(
                        List.of(
                                set(result.get("scorm2004"), "cmi.score.raw"),
                                set(result.get("scorm2004"), "cmi.score.scaled")))
                .containsExactly("100", "1");
    }
}
