package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.testing.AppProcess;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.TestContent;
import fr.immunolearn.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Two app instances on one database, as behind a load balancer: a learner answers on A, A is
 * stopped, the learner signs in on B and resumes with nothing lost. On PostgreSQL in the PostgreSQL
 * run; on a shared H2 file (AUTO_SERVER) otherwise.
 */
@Tag("database")
class TwoInstancesIT {

    private static final String PASSWORD = "une phrase facile 42";

    @TempDir Path dir;

    private List<String> database() {
        if (TestDatabase.isPostgres()) {
            return List.of("--spring.profiles.active=postgres");
        }
        return List.of(
                "--spring.datasource.url=jdbc:h2:file:"
                        + dir.resolve("shared").toAbsolutePath()
                        + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;DATABASE_TO_LOWER=TRUE");
    }

    @Test
    void aLearnerWhoseInstanceStopsResumesOnAnotherWithNothingLost() throws Exception {
        Course course = TestContent.editions().edition("fr");
        Quiz quiz = course.lessons().get(3).quiz();
        Path logs = Files.createDirectories(Path.of("target", "app-logs"));
        String email = "two-" + UUID.randomUUID() + "@example.fr";
        try (AppProcess a =
                        AppProcess.start(
                                database(),
                                logs.resolve("instance-a-" + UUID.randomUUID() + ".log"));
                AppProcess b =
                        AppProcess.start(
                                database(),
                                logs.resolve("instance-b-" + UUID.randomUUID() + ".log"))) {
            String first;
            String second;
            ChromeDriver onA = Browser.start();
            try {
                LearnerSteps learner = new LearnerSteps(onA, a.baseUrl(), course);
                learner.register("Deux", email, PASSWORD);
                learner.waitForSignedIn();
                learner.open("quiz/" + quiz.id());
                first = learner.currentQuestionId();
                learner.answerCurrentQuestion(true);
                learner.nextQuestion();
                second = learner.currentQuestionId();
                learner.answerCurrentQuestion(false);
            } finally {
                onA.quit();
            }
            a.stop();

            ChromeDriver onB = Browser.start();
            try {
                LearnerSteps learner = new LearnerSteps(onB, b.baseUrl(), course);
                learner.signIn(email, PASSWORD);
                learner.click(".resume");
                assertThat(learner.questionProgress())
                        .isEqualTo("Question 3 sur " + quiz.drawCount());
                while (!learner.onLastQuestion()) {
                    learner.answerCurrentQuestion(true);
                    if (learner.onLastQuestion()) {
                        break;
                    }
                    learner.nextQuestion();
                }
                learner.seeResults();
                List<String> reviewed =
                        learner.all(".review-item").stream()
                                .map(e -> e.getAttribute("class"))
                                .toList();
                assertThat(reviewed).hasSize(quiz.drawCount());
                assertThat(learner.all(".review-item.wrong, .review-item.partial")).hasSize(1);
                assertThat(first).isNotEqualTo(second);
            } finally {
                onB.quit();
            }
        }
    }
}
