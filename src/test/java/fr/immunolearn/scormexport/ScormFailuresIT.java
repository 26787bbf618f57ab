package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.testing.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * When the LMS fails, the learner is never blocked and nothing is lost: calls that return false for
 * a while, a session whose last commit and Terminate fail as the page unloads (error 391), a
 * Terminate that fails once (tried again) or twice (the learner is told), an LMS that lost a whole
 * session, and no LMS at all.
 */
class ScormFailuresIT {

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

    private ChromeDriver browser() {
        browser = Browser.start();
        pageErrors = PageErrors.watch(browser);
        return browser;
    }

    /**
     * The error an LMS gives for a failed commit: 391 in SCORM 2004; 1.2 has only its general 101.
     */
    private static String commitFailure(ScormEdition edition) {
        return edition == ScormEdition.SCORM_12 ? "101" : "391";
    }

    private static String[] writes(ScormEdition edition, boolean andEnd) {
        return edition == ScormEdition.SCORM_12
                ? (andEnd
                        ? new String[] {"LMSSetValue", "LMSCommit", "LMSFinish"}
                        : new String[] {"LMSSetValue", "LMSCommit"})
                : (andEnd
                        ? new String[] {"SetValue", "Commit", "Terminate"}
                        : new String[] {"SetValue", "Commit"});
    }

    /** The error of a failed Terminate: 111 (general termination failure) in 2004, 101 in 1.2. */
    private static String terminateFailure(ScormEdition edition) {
        return edition == ScormEdition.SCORM_12 ? "101" : "111";
    }

    private static String terminate(ScormEdition edition) {
        return edition == ScormEdition.SCORM_12 ? "LMSFinish" : "Terminate";
    }

    /**
     * Commits come once the screen is shown, in the background: waits until the LMS holds and
     * committed these answers.
     */
    private void untilCommitted(TestLms lms, int interactions) {
        Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .until(
                        d ->
                                lms.allCommitted()
                                        && lms.snapshot().path("interactions").size()
                                                == interactions);
    }

    /**
     * Where the screen (the player's main) starts on the page: a line appearing above it would push
     * it down.
     */
    private double screenTop() {
        return ((Number)
                        browser.executeScript(
                                "return document.querySelector('main').getBoundingClientRect().top + window.scrollY;"))
                .doubleValue();
    }

    private String statusLine() {
        return browser.findElement(By.cssSelector(".status")).getText();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void whenSetValueAndCommitFailForAWhileTheLearnerGoesOnAndTheLmsCatchesUpByItself(
            ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Lesson first = exported.course().lessons().get(0);
        String url = server.serve("flaky", ExportedPackages.unzipped(options));
        TestLms lms = new TestLms(browser(), server, edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(url, lms.firstLaunch("learner-7", "Durand, Léa"));
        learner.openLesson(0);
        learner.toQuiz();
        learner.answer(true);
        learner.next();
        double screenTop = screenTop();

        String commit = edition == ScormEdition.SCORM_12 ? "LMSCommit" : "Commit";
        String setValue = edition == ScormEdition.SCORM_12 ? "LMSSetValue" : "SetValue";
        // First the commits fail while the values are taken, then the values too. The answer's
        // Commit comes once its feedback is on screen, so the learner is told a moment after.
        lms.fail(commitFailure(edition), commit);
        learner.answer(false);
        Browser.waitUpTo(browser, Duration.ofSeconds(15))
                .withMessage("the learner is told, and goes on")
                .until(d -> statusLine().contains("ne répond pas"));
        assertThat(screenTop())
                .as("telling the learner moves nothing they may be about to click")
                .isEqualTo(screenTop);
        learner.next();
        lms.fail("101", setValue, commit);
        learner.answerAll(position -> true);
        String score = learner.scoreLine();
        Browser.waitUpTo(browser, Duration.ofSeconds(40))
                .until(
                        d ->
                                lms.calls().stream()
                                        .anyMatch(
                                                c ->
                                                        c.startsWith(setValue)
                                                                && c.endsWith(" (failed)")));
        assertThat(lms.calls()).contains(commit + " (failed)");

        lms.heal();
        Browser.waitUpTo(browser, Duration.ofSeconds(40))
                .until(d -> statusLine().contains("répond à nouveau"));

        JsonNode cmi = lms.snapshot();
        LmsDataCheck check = new LmsDataCheck(edition, exported, lms, cmi);
        check.interactions(learner.given());
        assertThat(cmi.get("suspend_data").asText()).startsWith("3|");
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();

        // The LMS alone now holds it all: a fresh browser, with nothing kept locally, shows the
        // same results.
        browser.quit();
        TestLms elsewhere = new TestLms(browser(), server, edition);
        elsewhere.launch(url, elsewhere.nextLaunch(cmi));
        Learner same = new Learner(browser, exported);
        assertThat(same.heading()).contains(Learner.plain(first.quiz().title()));
        assertThat(browser.findElements(By.cssSelector(".review > li")))
                .hasSize(first.quiz().questions().size());
        assertThat(same.scoreLine()).isEqualTo(score);
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void whenTheLastCommitAndTerminateFailAsThePageUnloadsTheNextLaunchSendsWhatWasMissing(
            ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Course course = exported.course();
        Lesson second = course.lessons().get(1);
        String url = server.serve("unload", ExportedPackages.unzipped(options));
        TestLms lms = new TestLms(browser(), server, edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(url, lms.firstLaunch("learner-8", "Petit, Hugo"));
        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> true);
        // The first quiz reaches the LMS (in the background, once its results are on screen) before
        // it fails.
        untilCommitted(lms, first(course).quiz().questions().size());

        lms.fail(commitFailure(edition), writes(edition, true));
        learner.home();
        learner.openLesson(1);
        learner.toQuiz();
        for (int i = 0; i < 3; i++) {
            learner.answer(i != 1);
            learner.next();
        }
        String waiting = learner.questionId();
        lms.unload();
        assertThat(lms.terminated()).as("Terminate failed").isFalse();
        JsonNode stored = lms.snapshot();
        assertThat(stored.get("interactions").size())
                .as("what reached the LMS before it failed")
                .isEqualTo(first(course).quiz().questions().size());

        lms.launch(url, lms.nextLaunch(stored));
        assertThat(learner.questionId()).as("back where the learner was").isEqualTo(waiting);
        learner.answerAll(position -> true);
        browser.findElement(By.cssSelector("button.exit")).click();
        assertThat(lms.terminated()).isTrue();

        JsonNode cmi = lms.snapshot();
        new LmsDataCheck(edition, exported, lms, cmi).interactions(learner.given());
        assertThat(learner.given())
                .hasSize(
                        first(course).quiz().questions().size() + second.quiz().questions().size());
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void whenTerminateFailsOnceItIsTriedAgainAndTheLmsHoldsEverything(ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        String url = server.serve("terminate-once", ExportedPackages.unzipped(options));
        TestLms lms = new TestLms(browser(), server, edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(url, lms.firstLaunch("learner-10", "Garnier, Théo"));
        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> position != 1);

        lms.failNext(1, terminateFailure(edition), terminate(edition));
        browser.findElement(By.cssSelector("button.exit")).click();
        assertThat(browser.findElement(By.cssSelector(".end-message")).getText())
                .contains("enregistrée");
        assertThat(lms.terminated()).as("the second Terminate").isTrue();
        assertThat(lms.calls())
                .containsSubsequence(terminate(edition) + " (failed)", terminate(edition));
        assertThat(lms.allCommitted()).isTrue();

        new LmsDataCheck(edition, exported, lms, lms.snapshot()).interactions(learner.given());
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void whenTerminateFailsTwiceTheLearnerIsToldAndTheNextLaunchSendsTheSessionAgainFromThisBrowser(
            ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Lesson first = first(exported.course());
        String url = server.serve("terminate-twice", ExportedPackages.unzipped(options));
        TestLms lms = new TestLms(browser(), server, edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(url, lms.firstLaunch("learner-12", "Roux, Emma"));
        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> position != 0);
        String score = learner.scoreLine();

        lms.fail(terminateFailure(edition), terminate(edition));
        browser.findElement(By.cssSelector("button.exit")).click();
        assertThat(browser.findElement(By.cssSelector(".end-message")).getText())
                .contains("n’a pas confirmé");
        assertThat(lms.terminated()).isFalse();
        assertThat(lms.calls())
                .as("tried twice, then given up")
                .filteredOn((terminate(edition) + " (failed)")::equals)
                .hasSize(2);
        assertThat(pageErrors.warnings())
                .as("reported in the console")
                .anyMatch(w -> w.contains(terminate(edition)));

        // An LMS whose session never ended may keep none of it: it launches a first attempt again.
        lms.launch(url, lms.firstLaunch("learner-12", "Roux, Emma"));
        assertThat(learner.heading()).contains(Learner.plain(first.quiz().title()));
        assertThat(learner.scoreLine()).isEqualTo(score);
        untilCommitted(lms, learner.given().size());
        new LmsDataCheck(edition, exported, lms, lms.snapshot()).interactions(learner.given());
        assertThat(lms.runtimeErrors()).isEmpty();
        assertThat(pageErrors.errors()).isEmpty();
    }

    private static Lesson first(Course course) {
        return course.lessons().get(0);
    }

    @Test
    void whenTheLmsLostAWholeSessionTheNextLaunchRestoresItFromThisBrowser() {
        ScormEdition edition = ScormEdition.SCORM_12;
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        String url = server.serve("lost", ExportedPackages.unzipped(options));
        TestLms lms = new TestLms(browser(), server, edition);
        Learner learner = new Learner(browser, exported);
        lms.launch(url, lms.firstLaunch("learner-9", "Leroy, Inès"));
        lms.fail("101", writes(edition, true));
        learner.openLesson(0);
        learner.toQuiz();
        learner.answer(true);
        learner.next();
        learner.answer(false);
        learner.next();
        lms.unload();
        assertThat(lms.snapshot().path("interactions").size()).isZero();

        // The LMS never heard of the session: it launches a first attempt again.
        lms.launch(url, lms.firstLaunch("learner-9", "Leroy, Inès"));
        assertThat(learner.progressText()).startsWith("Question 3 sur");
        learner.answerAll(position -> true);
        untilCommitted(lms, learner.given().size());
        JsonNode cmi = lms.snapshot();
        new LmsDataCheck(edition, exported, lms, cmi).interactions(learner.given());
        assertThat(pageErrors.errors()).isEmpty();
    }

    @Test
    void withNoLmsThePackageRunsAsAPreviewThatSaysSoAndKeepsProgressInTheBrowser() {
        ExportOptions options = ExportOptions.of(ScormEdition.SCORM_12);
        ExportedCourse exported = ExportedPackages.course(options);
        Lesson first = exported.course().lessons().get(0);
        String url = server.serve("preview", ExportedPackages.unzipped(options));
        browser().get(url);
        Learner learner = new Learner(browser, exported);
        assertThat(browser.findElement(By.cssSelector(".preview")).getText())
                .contains("Aperçu")
                .contains("aucune plateforme");
        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> position != 1);
        String score = learner.scoreLine();

        browser.navigate().refresh();
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
        assertThat(learner.heading()).contains(Learner.plain(first.quiz().title()));
        assertThat(learner.scoreLine()).isEqualTo(score);
        List<WebElement> review = browser.findElements(By.cssSelector(".review > li"));
        assertThat(review).hasSize(first.quiz().questions().size());
        assertThat(review.get(1).findElement(By.cssSelector(".verdict")).getAttribute("class"))
                .doesNotEndWith(" correct");
        assertThat(pageErrors.errors()).isEmpty();
        assertThat(server.requests())
                .allMatch(path -> Pattern.matches("/pkg/preview/[a-z0-9.-]+", path));
    }

    @Test
    void theUnzippedPackageOpensFromTheFileSystemAsAPreview() {
        ExportOptions options = ExportOptions.of(ScormEdition.SCORM_2004).withLanguage("en");
        ExportedCourse exported = ExportedPackages.course(options);
        Path folder = ExportedPackages.unzipped(options);
        browser().get(folder.resolve("index.html").toUri().toString());
        Learner learner = new Learner(browser, exported);
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
        assertThat(learner.heading()).isEqualTo(exported.course().title());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector(".preview")).getText()).startsWith("Preview");
        learner.openLesson(0);
        learner.toQuiz();
        learner.answer(true);
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("Correct.");
        assertThat(pageErrors.errors()).isEmpty();
    }
}
