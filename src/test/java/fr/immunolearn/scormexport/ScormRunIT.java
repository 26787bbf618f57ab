package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.quiz.Score;
import fr.immunolearn.testing.Browser;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Each exported package inside a test LMS that hosts a real SCORM runtime (scorm-again 3.4.3): a
 * learner goes through the whole course, leaves in the middle of a quiz and comes back, and the
 * data model the LMS ends with is checked element by element, in the edition's own formats.
 */
class ScormRunIT {

    private LmsServer server;
    private ChromeDriver browser;
    private PageErrors pageErrors;

    @BeforeEach
    void startServer() {
        LmsServer.runtimeFolder();
        server = new LmsServer();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    private TestLms lms(ScormEdition edition) {
        browser = Browser.start();
        pageErrors = PageErrors.watch(browser);
        return new TestLms(browser, server, edition);
    }

    private static String percent(double value) {
        String number =
                value == Math.rint(value)
                        ? Long.toString((long) value)
                        : Double.toString(value).replace('.', ',');
        // Selenium reads the no-break space before % as a plain space.
        return number + " %";
    }

    /**
     * Beyond one Commit per answer: the launches, the quizzes finished and the leaving of this run.
     */
    private static final int FEW_MORE_COMMITS = 10;

    /**
     * An interaction takes about ten elements; the course state that changed with it takes a few
     * more.
     */
    private static final double SET_VALUES_PER_ANSWER = 20;

    /**
     * Cheap on the LMS: only what changed is written, and a Commit only when something that matters
     * changed (an answer, a quiz finished, leaving), never one per screen; everything written was
     * committed.
     */
    private static void assertCheapOnTheLms(TestLms lms, int answers) {
        assertThat(lms.commits())
                .as("Commits for %d answers", answers)
                .isLessThanOrEqualTo(answers + FEW_MORE_COMMITS);
        assertThat((double) lms.setValues() / answers)
                .as("SetValue per answer")
                .isLessThanOrEqualTo(SET_VALUES_PER_ANSWER);
        assertThat(lms.allCommitted()).as("everything written was committed").isTrue();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void aLearnerTakesTheWholeCourseLeavesMidQuizResumesAndTheLmsEndsWithTheRightData(
            ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Course course = exported.course();
        String url = server.serve("full-" + edition.key(), ExportedPackages.unzipped(options));
        TestLms lms = lms(edition);
        Learner learner = new Learner(browser, exported);

        lms.launch(url, lms.firstLaunch("learner-42", "Martin, Claire"));
        assertThat(learner.heading()).isEqualTo(course.title());
        assertThat(browser.findElements(By.cssSelector(".preview")))
                .as("no preview notice inside an LMS")
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector(".lessons li")))
                .hasSize(course.lessons().size());
        assertThat(browser.findElement(By.cssSelector(".disclaimer")).getText())
                .contains("ne remplace pas un avis médical");

        // Lesson 1: a failed attempt with two wrong answers, then a retry on a new layout that
        // passes.
        Lesson first = course.lessons().get(0);
        learner.openLesson(0);
        for (var passage : first.passages()) {
            assertThat(browser.findElement(By.id("passage-" + passage.id())).getText())
                    .contains(passage.title());
        }
        learner.toQuiz();
        String firstLayout = learner.questionId();
        learner.answerAll(position -> position >= 2);
        Score failed = learner.expectedScore(first.quiz().id());
        assertThat(failed.passed()).isFalse();
        assertThat(learner.scoreLine()).contains(percent(failed.percent())).contains("Non réussi");
        learner.retry();
        assertThat(learner.progressText())
                .isEqualTo("Question 1 sur " + first.quiz().questions().size());
        learner.answerAll(position -> true);
        assertThat(learner.scoreLine()).contains(percent(100)).contains("Réussi");
        assertThat(firstLayout).as("the first question of attempt 1, for the record").isNotBlank();

        // Lesson 2: two answers, then the learner leaves mid-quiz.
        Lesson second = course.lessons().get(1);
        learner.home();
        learner.openLesson(1);
        learner.toQuiz();
        learner.answer(false);
        learner.next();
        learner.answer(true);
        learner.next();
        String waiting = learner.questionId();
        assertThat(learner.progressText()).startsWith("Question 3 sur");
        lms.unload();
        assertThat(lms.terminated()).as("the session ends on pagehide").isTrue();
        JsonNode left = lms.snapshot();
        assertThat(lms.lastSet(lms.name("exit"))).isEqualTo("suspend");
        assertThat(
                        lms.lastSet(
                                edition == ScormEdition.SCORM_12
                                        ? "cmi.core.lesson_location"
                                        : "cmi.location"))
                .isEqualTo("quiz/" + second.quiz().id());

        // Relaunched with what the LMS kept: back on the third question, the first two answers
        // intact.
        lms.launch(url, lms.nextLaunch(left));
        assertThat(learner.questionId()).isEqualTo(waiting);
        assertThat(learner.progressText()).startsWith("Question 3 sur");
        learner.answerAll(position -> true);
        Score resumed = learner.expectedScore(second.quiz().id());
        assertThat(learner.scoreLine()).contains(percent(resumed.percent()));
        List<String> reviewVerdicts =
                browser.findElements(By.cssSelector(".review > li .verdict")).stream()
                        .map(e -> e.getAttribute("class"))
                        .toList();
        assertThat(reviewVerdicts).hasSize(second.quiz().questions().size());
        assertThat(reviewVerdicts.get(0))
                .as("the answer given before leaving")
                .doesNotContain(" correct");
        assertThat(reviewVerdicts.get(1)).endsWith(" correct");

        // Lessons 3 and 4 pass with one wrong answer each; then the final assessment opens.
        for (int i = 2; i < course.lessons().size(); i++) {
            learner.home();
            learner.openLesson(i);
            learner.toQuiz();
            learner.answerAll(position -> position != 0);
        }
        learner.home();
        learner.startFinal();
        learner.answerAll(position -> true);
        Score finalScore = learner.expectedScore(course.finalAssessment().id());
        assertThat(finalScore.passed()).isTrue();
        assertThat(learner.scoreLine()).contains(percent(finalScore.percent()));
        learner.home();
        assertThat(browser.findElement(By.cssSelector(".outcome")).getText())
                .startsWith("Module réussi");

        browser.findElement(By.cssSelector("button.exit")).click();
        assertThat(browser.findElement(By.cssSelector(".end-message")).getText())
                .contains("enregistrée");
        assertThat(lms.terminated()).isTrue();

        JsonNode cmi = lms.snapshot();
        new LmsDataCheck(edition, exported, lms, cmi)
                .expectFinished(learner.given(), finalScore.percent());
        assertCheapOnTheLms(lms, learner.given().size());
        assertThat(lms.runtimeErrors()).as("errors logged by the SCORM runtime").isEmpty();
        assertThat(lms.sets())
                .as("every SetValue accepted")
                .allSatisfy(set -> assertThat(set.get(2)).isEqualTo("true"));
        assertThat(pageErrors.errors()).as("errors in the page").isEmpty();
        assertThat(server.missing()).as("files asked for and not found").isEmpty();
        assertThat(server.requests())
                .as("the package fetches nothing outside itself")
                .allMatch(
                        path ->
                                Pattern.matches(
                                        "/(lms|runtime)/.*|/pkg/full-"
                                                + edition.key()
                                                + "/[a-z0-9.-]+",
                                        path));

        if (edition == ScormEdition.SCORM_12) {
            // A 1.2 LMS relaunches a finished course with its data: the learner finds it as they
            // left it.
            lms.launch(url, lms.nextLaunch(cmi));
            assertThat(learner.heading()).isEqualTo(Learner.plain(course.title()));
            assertThat(browser.findElement(By.cssSelector(".outcome")).getText())
                    .startsWith("Module réussi");
        } else {
            // A 2004 LMS that opens a new attempt anyway, by its own settings, gets the course
            // afresh: the
            // new attempt is empty in the LMS too (ScormModesIT: the attempt is otherwise kept
            // open).
            lms.launch(url, lms.firstLaunch("learner-42", "Martin, Claire"));
            assertThat(browser.findElements(By.cssSelector(".outcome"))).isEmpty();
            assertThat(browser.findElement(By.cssSelector(".lessons li .state")).getText())
                    .isEqualTo("Non commencée");
        }
        assertThat(pageErrors.errors()).isEmpty();
    }
}
