package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Question;
import fr.immunolearn.testing.Browser;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The second, stricter judge of what the player writes: a learner takes the whole course (a failed
 * attempt and its retry, a session left in the middle of a quiz and resumed, the final assessment,
 * the exit), and every SetValue of every session is replayed through Moodle 4.5's own data-model
 * rules ({@link MoodleDataModel}). scorm-again accepting a value is not enough: Moodle answers 406
 * to identifiers scorm-again takes, and the interaction is lost there.
 */
class MoodleDataModelIT {

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

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void everyValueThePlayerWritesDuringAWholeCourseIsOneMoodleAccepts(ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition);
        ExportedCourse exported = ExportedPackages.course(options);
        Course course = exported.course();
        String url = server.serve("moodle-" + edition.key(), ExportedPackages.unzipped(options));
        browser = Browser.start();
        pageErrors = PageErrors.watch(browser);
        TestLms lms = new TestLms(browser, server, edition);
        Learner learner = new Learner(browser, exported);

        lms.launch(url, lms.firstLaunch("learner-7", "Durand, Alice"));
        learner.openLesson(0);
        learner.toQuiz();
        learner.answerAll(position -> position >= 2);
        learner.retry();
        learner.answerAll(position -> true);

        learner.home();
        learner.openLesson(1);
        learner.toQuiz();
        learner.answer(false);
        learner.next();
        lms.unload();
        JsonNode left = lms.snapshot();
        lms.launch(url, lms.nextLaunch(left));
        learner.answerAll(position -> true);

        for (int i = 2; i < course.lessons().size(); i++) {
            learner.home();
            learner.openLesson(i);
            learner.toQuiz();
            learner.answerAll(position -> position != 0);
        }
        learner.home();
        learner.startFinal();
        learner.answerAll(position -> position != 1);
        learner.home();
        browser.findElement(org.openqa.selenium.By.cssSelector("button.exit")).click();
        assertThat(lms.terminated()).isTrue();

        List<List<String>> sets = lms.sets();
        Set<String> written =
                sets.stream()
                        .filter(s -> s.get(0).endsWith(".type"))
                        .map(s -> s.get(1))
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> answered =
                learner.given().stream()
                        .map(g -> interactionType(g.question()))
                        .collect(Collectors.toCollection(TreeSet::new));
        assertThat(written)
                .as("every question type answered is written")
                .isEqualTo(answered)
                .contains("choice", "true-false", "fill-in", "matching", "sequencing");
        assertThat(new MoodleDataModel(edition).check(sets))
                .as("values Moodle 4.5 refuses")
                .isEmpty();
        assertThat(pageErrors.errors()).as("errors in the page").isEmpty();
    }

    private static String interactionType(Question question) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "choice";
            case TRUE_FALSE -> "true-false";
            case FILL_IN -> "fill-in";
            case MATCHING -> "matching";
            case ORDERING -> "sequencing";
        };
    }
}
