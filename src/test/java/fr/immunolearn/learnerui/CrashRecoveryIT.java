package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.testing.AppProcess;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.TestContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The app process is killed with {@code kill -9} right after an answer is confirmed on screen: the
 * answer is on disk, and after a restart the learner resumes after it.
 */
class CrashRecoveryIT {

    private static final String PASSWORD = "une phrase facile 42";

    @TempDir Path dir;

    @Test
    void anAnswerConfirmedOnScreenSurvivesKillMinusNine() throws Exception {
        Course course = TestContent.editions().edition("fr");
        Quiz quiz = course.lessons().get(2).quiz();
        String url =
                "jdbc:h2:file:"
                        + dir.resolve("db").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;DATABASE_TO_LOWER=TRUE";
        List<String> database = List.of("--spring.datasource.url=" + url);
        Path log =
                Files.createDirectories(Path.of("target", "app-logs"))
                        .resolve("crash-" + UUID.randomUUID() + ".log");
        String email = "crash-" + UUID.randomUUID() + "@example.fr";

        String answered;
        try (AppProcess app = AppProcess.start(database, log)) {
            ChromeDriver browser = Browser.start();
            try {
                LearnerSteps learner = new LearnerSteps(browser, app.baseUrl(), course);
                learner.register("Crash", email, PASSWORD);
                learner.waitForSignedIn();
                learner.open("quiz/" + quiz.id());
                answered = learner.currentQuestionId();
                learner.answerCurrentQuestion(true);
                assertThat(learner.verdict()).isEqualTo("Bonne réponse.");
                app.kill9();
            } finally {
                browser.quit();
            }
        }

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows =
                        connection
                                .createStatement()
                                .executeQuery(
                                        "select a.question_id from answer a join attempt t on a.attempt_id = t.id"
                                                + " join account c on t.account_id = c.id where c.email = '"
                                                + email
                                                + "'")) {
            assertThat(rows.next()).as("the answer is on disk").isTrue();
            assertThat(rows.getString(1)).isEqualTo(answered);
            assertThat(rows.next()).isFalse();
        }

        try (AppProcess restarted = AppProcess.start(database, log)) {
            ChromeDriver browser = Browser.start();
            try {
                LearnerSteps learner = new LearnerSteps(browser, restarted.baseUrl(), course);
                learner.signIn(email, PASSWORD);
                learner.click(".resume");
                learner.assertOn(quiz.title());
                assertThat(learner.questionProgress())
                        .isEqualTo("Question 2 sur " + quiz.drawCount());
                assertThat(learner.currentQuestionId()).isNotEqualTo(answered);
            } finally {
                browser.quit();
            }
            restarted.stop();
        }
    }
}
