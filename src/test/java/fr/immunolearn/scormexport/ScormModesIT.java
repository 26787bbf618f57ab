package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The modes an LMS opens a package in, and what it then expects of it (RTE 1.2 3.4.4
 * cmi.core.lesson_mode and cmi.core.credit; RTE 2004 4.2.13 cmi.mode and 4.2.5 cmi.credit): a
 * review shows the learner's record read-only and writes nothing but the session's time; a browse
 * lets the learner try things and keeps none of it (1.2 reports "browsed"); a no-credit session is
 * recorded without a score or a pass; and a finished course reopens finished, unless the package
 * was exported to start a new attempt.
 */
class ScormModesIT {

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

    private static boolean v12(ScormEdition edition) {
        return edition == ScormEdition.SCORM_12;
    }

    private static String sessionTime(ScormEdition edition) {
        return v12(edition) ? "cmi.core.session_time" : "cmi.session_time";
    }

    private static List<String> elements(List<List<String>> sets) {
        return sets.stream().map(set -> set.get(0)).toList();
    }

    private static List<String> valuesOf(List<List<String>> sets, String element) {
        return sets.stream()
                .filter(set -> set.get(0).equals(element))
                .map(set -> set.get(1))
                .toList();
    }

    private String notice() {
        return browser.findElement(By.cssSelector(".mode-notice")).getText();
    }

    /**
     * Every lesson's quiz and the final assessment passed with every answer right, then the exit
     * button.
     */
    private static void finish(Learner learner, Course course) {
        for (int i = 0; i < course.lessons().size(); i++) {
            if (i > 0) {
                learner.home();
            }
            learner.openLesson(i);
            learner.toQuiz();
            learner.answerAll(position -> true);
        }
        learner.home();
        learner.startFinal();
        learner.answerAll(position -> true);
        learner.home();
    }

    private void exit() {
        browser.findElement(By.cssSelector("button.exit")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".end-message")).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void aReviewShowsTheLearnersAnswersReadOnlyAndWritesNothingButTheSessionTime(
            ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Course course = exported.course();
        Lesson first = course.lessons().get(0);
        String url = server.serve("review-" + edition.key(), ExportedPackages.unzipped(options));
        TestLms lms = lms(edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(url, lms.firstLaunch("learner-21", "Roux, Anna"));
        // A failed attempt with attempts left: a normal session would offer a retry.
        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> position >= 2);
        String score = learner.scoreLine();
        assertThat(browser.findElements(By.cssSelector("button.retry")))
                .as("a retry in normal mode")
                .hasSize(1);
        exit();
        JsonNode recorded = lms.snapshot();
        String local = lms.localStorage();

        lms.launch(url, lms.inMode(lms.nextLaunch(recorded), "review", "no-credit"));
        assertThat(learner.scoreLine()).as("back on the results the learner left").isEqualTo(score);
        learner.home();
        learner.openLesson(0);
        learner.toQuiz();
        assertThat(learner.scoreLine()).isEqualTo(score);
        assertThat(browser.findElements(By.cssSelector(".review > li")))
                .hasSize(first.quiz().questions().size());
        assertThat(
                        browser.findElements(By.cssSelector(".review > li .verdict"))
                                .get(0)
                                .getAttribute("class"))
                .as("the answers as given")
                .doesNotEndWith(" correct");
        assertThat(browser.findElements(By.cssSelector("button.retry")))
                .as("no retry in a review")
                .isEmpty();
        learner.home();
        learner.openLesson(1);
        assertThat(browser.findElements(By.cssSelector("button.quiz-start")))
                .as("no quiz starts in a review")
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("form.question"))).isEmpty();
        exit();

        assertThat(lms.terminated()).isTrue();
        assertThat(elements(lms.setsThisSession()))
                .as("a review writes the session time only")
                .isNotEmpty()
                .containsOnly(sessionTime(edition));
        assertThat(lms.calls()).contains(v12(edition) ? "LMSCommit" : "Commit");
        JsonNode after = lms.snapshot();
        assertThat(after.get("interactions")).isEqualTo(recorded.get("interactions"));
        assertThat(after.get("objectives")).isEqualTo(recorded.get("objectives"));
        assertThat(after.get("suspend_data")).isEqualTo(recorded.get("suspend_data"));
        assertThat(lms.localStorage()).as("the browser's copy is left as it was").isEqualTo(local);
        assertThat(notice())
                .as("the learner is told")
                .contains("Révision")
                .contains("rien n’est enregistré");
        assertThat(browser.findElement(By.cssSelector(".end-message")).getText())
                .contains("rien n’y a été enregistré");
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void browsingLetsTheLearnerTryAQuizKeepsNothingAndReportsBrowsedIn12(ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        String url = server.serve("browse-" + edition.key(), ExportedPackages.unzipped(options));
        TestLms lms = lms(edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(
                url,
                lms.inMode(lms.firstLaunch("learner-22", "Blanc, Paul"), "browse", "no-credit"));
        String local = lms.localStorage();
        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> true);
        assertThat(learner.scoreLine()).contains("Réussi");
        exit();

        List<List<String>> sets = lms.setsThisSession();
        if (v12(edition)) {
            assertThat(elements(sets)).containsOnly("cmi.core.lesson_status", sessionTime(edition));
            assertThat(valuesOf(sets, "cmi.core.lesson_status"))
                    .isNotEmpty()
                    .containsOnly("browsed");
            assertThat(lms.snapshot().get("core").get("lesson_status").asText())
                    .isEqualTo("browsed");
        } else {
            // SCORM 2004 has no status for browsing: a browse records nothing of the session.
            assertThat(elements(sets)).isNotEmpty().containsOnly(sessionTime(edition));
        }
        assertThat(sets).allSatisfy(set -> assertThat(set.get(2)).isEqualTo("true"));
        assertThat(lms.snapshot().path("interactions").size())
                .as("the tries are not the learner's record")
                .isZero();
        assertThat(lms.localStorage()).as("nor this browser's copy of it").isEqualTo(local);
        assertThat(notice()).as("the learner is told").contains("Découverte");

        if (v12(edition)) {
            // Never "browsed" over a status that says more.
            ObjectNode started = lms.nextLaunch(lms.snapshot());
            ((ObjectNode) started.get("core")).put("lesson_status", "incomplete");
            lms.launch(url, lms.inMode(started, "browse", "no-credit"));
            learner.openLesson(0);
            exit();
            assertThat(elements(lms.setsThisSession())).containsOnly(sessionTime(edition));
        }
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void aNoCreditSessionRecordsTheAnswersWithoutAScoreOrAPass(ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Lesson first = exported.course().lessons().get(0);
        String url = server.serve("nocredit-" + edition.key(), ExportedPackages.unzipped(options));
        TestLms lms = lms(edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(
                url,
                lms.inMode(lms.firstLaunch("learner-23", "Noir, Léon"), "normal", "no-credit"));
        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> true);
        assertThat(learner.scoreLine()).contains("Réussi");
        exit();

        List<List<String>> sets = lms.setsThisSession();
        assertThat(sets).allSatisfy(set -> assertThat(set.get(2)).isEqualTo("true"));
        assertThat(elements(sets))
                .as("no score, no pass or fail")
                .noneMatch(e -> e.contains(".score.") || e.endsWith("success_status"));
        JsonNode cmi = lms.snapshot();
        new LmsDataCheck(edition, exported, lms, cmi).interactions(learner.given());
        assertThat(learner.given()).hasSize(first.quiz().questions().size());
        if (v12(edition)) {
            assertThat(valuesOf(sets, "cmi.core.lesson_status"))
                    .isNotEmpty()
                    .containsOnly("incomplete");
            assertThat(cmi.get("objectives").get("0").get("status").asText())
                    .as("the lesson done, not passed")
                    .isEqualTo("completed");
        } else {
            assertThat(valuesOf(sets, "cmi.completion_status"))
                    .isNotEmpty()
                    .containsOnly("incomplete");
            assertThat(cmi.get("objectives").get("0").get("completion_status").asText())
                    .isEqualTo("completed");
            assertThat(cmi.get("objectives").get("0").get("success_status").asText())
                    .isEqualTo("unknown");
        }
        assertThat(notice()).as("the learner is told").contains("pas prise en compte");
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void aFinishedCourseReopensFinishedWithTheLearnersResultsAndWritesNoLesserStatus(
            ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Course course = exported.course();
        String url = server.serve("finished-" + edition.key(), ExportedPackages.unzipped(options));
        TestLms lms = lms(edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(url, lms.firstLaunch("learner-24", "Morel, Eva"));
        finish(learner, course);
        assertThat(browser.findElement(By.cssSelector(".outcome")).getText())
                .startsWith("Module réussi");
        exit();
        assertThat(lms.lastSet(lms.name("exit")))
                .as("the attempt is kept open for the record")
                .isEqualTo(v12(edition) ? "" : "suspend");
        JsonNode finished = lms.snapshot();

        // Relaunched as an LMS does after that exit: the same attempt, resumed.
        lms.launch(url, lms.nextLaunch(finished));
        assertThat(learner.heading()).isEqualTo(Learner.plain(course.title()));
        assertThat(browser.findElement(By.cssSelector(".outcome")).getText())
                .startsWith("Module réussi");
        List<List<String>> reopening = lms.setsThisSession();
        if (v12(edition)) {
            assertThat(valuesOf(reopening, "cmi.core.lesson_status")).containsOnly("passed");
        } else {
            assertThat(valuesOf(reopening, "cmi.completion_status"))
                    .as("on the first screen")
                    .containsOnly("completed");
            assertThat(valuesOf(reopening, "cmi.success_status")).containsOnly("passed");
        }
        learner.startFinal();
        assertThat(browser.findElements(By.cssSelector(".review > li")))
                .as("the final assessment's results, for review")
                .hasSize(course.finalAssessment().drawCount());
        assertThat(browser.findElements(By.cssSelector("button.retry")))
                .as("a retry after a pass, attempts remaining")
                .hasSize(1);
        exit();
        JsonNode after = lms.snapshot();
        if (v12(edition)) {
            assertThat(after.get("core").get("lesson_status").asText()).isEqualTo("passed");
        } else {
            assertThat(after.get("completion_status").asText()).isEqualTo("completed");
            assertThat(after.get("success_status").asText()).isEqualTo("passed");
            assertThat(lms.lastSet("cmi.exit")).isEqualTo("suspend");
        }
        assertThat(after.get("interactions"))
                .as("nothing answered again")
                .isEqualTo(finished.get("interactions"));
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();
    }

    @Test
    void exportedToStartANewAttemptAFinished2004CourseEndsItsAttemptAndTheNextOneStartsAfresh() {
        ScormEdition edition = ScormEdition.SCORM_2004;
        ExportOptions options = ExportOptions.of(edition).withNewAttemptWhenFinished(true);
        ScormPackage scorm = ExportedPackages.export(options);
        assertThat(scorm.sound()).as("the package's checks: %s", scorm.failures()).isTrue();
        ExportedCourse exported = ExportedPackages.course(options);
        Course course = exported.course();
        String url = server.serve("new-attempt", ExportedPackages.unzipped(options));
        TestLms lms = lms(edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(url, lms.firstLaunch("learner-25", "Garnier, Yves"));
        finish(learner, course);
        exit();
        JsonNode finished = lms.snapshot();
        assertThat(lms.lastSet("cmi.exit")).as("the attempt ends").isEqualTo("normal");
        assertThat(finished.get("completion_status").asText()).isEqualTo("completed");
        assertThat(finished.get("success_status").asText()).isEqualTo("passed");

        // The LMS then opens a new, empty attempt: the course starts afresh, in the LMS and on
        // screen.
        lms.launch(url, lms.firstLaunch("learner-25", "Garnier, Yves"));
        assertThat(browser.findElements(By.cssSelector(".outcome"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".lessons li .state")).getText())
                .isEqualTo("Non commencée");
        learner.openLesson(0);
        learner.toQuiz();
        assertThat(learner.progressText()).startsWith("Question 1 sur");
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();
    }
}
