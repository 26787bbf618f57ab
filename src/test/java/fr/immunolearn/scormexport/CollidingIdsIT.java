package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.quiz.Score;
import fr.immunolearn.testing.Browser;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A course whose ids collide once made into LMS identifiers ("a-b" and "a_b", "é" and "e",
 * 300-character ids alike in their first 250), taken through to the end in a real SCORM runtime:
 * the LMS holds one interaction, choice, pair, item and objective per content id, under the
 * identifiers the Java rule gives, and Moodle's rules accept every value.
 */
class CollidingIdsIT {

    private LmsServer server;
    private ChromeDriver browser;

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

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void theLmsHoldsEveryAnswerUnderItsOwnIdentifier(ScormEdition edition) {
        CourseEditions editions =
                new CourseEditions("fr", Map.of("fr", LmsIdentifiersTest.collidingCourse()));
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedCourse.of(editions, options);
        String url =
                server.serve(
                        "colliding-" + edition.key(),
                        ExportedPackages.unzip(ScormExporter.export(editions, options)));
        browser = Browser.start();
        PageErrors pageErrors = PageErrors.watch(browser);
        TestLms lms = new TestLms(browser, server, edition);
        Learner learner = new Learner(browser, exported);

        lms.launch(url, lms.firstLaunch("learner-9", "Petit, Jeanne"));
        for (int i = 0; i < exported.course().lessons().size(); i++) {
            learner.openLesson(i);
            learner.toQuiz();
            learner.answerAll(position -> true);
            learner.home();
        }
        learner.startFinal();
        learner.answerAll(position -> true);
        Score finalScore = learner.expectedScore(exported.course().finalAssessment().id());
        learner.home();
        browser.findElement(By.cssSelector("button.exit")).click();
        assertThat(lms.terminated()).isTrue();

        new LmsDataCheck(edition, exported, lms, lms.snapshot())
                .expectFinished(learner.given(), finalScore.percent());
        assertThat(new MoodleDataModel(edition).check(lms.sets()))
                .as("values Moodle 4.5 refuses")
                .isEmpty();
        assertThat(lms.sets())
                .as("every SetValue accepted")
                .allSatisfy(set -> assertThat(set.get(2)).isEqualTo("true"));
        assertThat(pageErrors.errors()).as("errors in the page").isEmpty();
    }
}
