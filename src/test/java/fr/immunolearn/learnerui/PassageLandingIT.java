package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.LearnerOverview;
import fr.immunolearn.progress.Position;
import fr.immunolearn.security.AccountRepository;
import fr.immunolearn.shell.Routes;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.DatabaseTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Revoir le passage" and "Reprendre" land on the passage itself: scrolled into view and focused
 * (where a screen reader starts reading), with the way back to the question the learner came from,
 * which shows that question again as it was left: the answer given and its feedback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class PassageLandingIT {

    private static final String PASSWORD = "une phrase facile 42";

    @LocalServerPort int port;

    @Autowired CourseEditions editions;

    @Autowired LearnerOverview overview;

    @Autowired AccountRepository accounts;

    private ChromeDriver browser;
    private LearnerSteps learner;
    private String email;

    @BeforeEach
    void signedInLearner() {
        browser = Browser.start();
        learner = new LearnerSteps(browser, "http://localhost:" + port, editions.edition("fr"));
        email = "landing-" + UUID.randomUUID() + "@example.fr";
        learner.register("Camille", email, PASSWORD);
        learner.waitForSignedIn();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    /**
     * What the learner sees of a question: which one, where in the quiz, what they gave, the
     * verdict.
     */
    private record QuestionOnScreen(
            String id, String progress, List<String> ticked, String verdict) {}

    private QuestionOnScreen questionOnScreen() {
        return new QuestionOnScreen(
                learner.currentQuestionId(),
                learner.questionProgress(),
                learner.tickedOptions(),
                learner.verdict());
    }

    private Quiz firstQuizOnItsSecondQuestion() {
        Quiz quiz = editions.edition("fr").lessons().get(0).quiz();
        learner.open(Routes.quiz(quiz.id()));
        learner.answerCurrentQuestion(true);
        learner.nextQuestion();
        learner.answerCurrentQuestion(false);
        return quiz;
    }

    private String passageOf(String questionId) {
        return editions.edition("fr").question(questionId).orElseThrow().passageId();
    }

    @Test
    void theFeedbacksLinkLandsOnThePassageAndTheWayBackShowsTheQuestionAsItWasLeft() {
        firstQuizOnItsSecondQuestion();
        QuestionOnScreen left = questionOnScreen();

        learner.click(".review-link");

        assertLandedOn(passageOf(left.id()));
        assertThat(learner.find(".back-to-question").getText()).isEqualTo("Retour à la question");
        assertThat(onScreen(learner.find(".back-to-question")))
                .as("the way back stays in view")
                .isTrue();
        learner.click(".back-to-question");
        learner.find(".feedback .verdict");
        assertThat(questionOnScreen()).isEqualTo(left);
        assertThat(learner.all(".next-question")).as("and the way on").hasSize(1);
    }

    @Test
    void theBrowsersBackButtonAlsoReturnsToTheQuestionAsItWasLeft() {
        firstQuizOnItsSecondQuestion();
        QuestionOnScreen left = questionOnScreen();
        learner.click(".review-link");
        assertLandedOn(passageOf(left.id()));

        browser.navigate().back();
        learner.waitForVaadin();
        learner.find(".feedback .verdict");

        assertThat(questionOnScreen()).isEqualTo(left);
    }

    @Test
    void reprendreLandsOnThePassageTheLearnerWasReading() {
        Course course = editions.edition("fr");
        Lesson lesson = course.lessons().get(1);
        String last = lesson.passages().get(lesson.passages().size() - 1).id();
        learner.open(Routes.lesson(lesson.id()));
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", last);
        long account = accounts.findByEmail(email).orElseThrow().id();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(
                        b ->
                                overview.position(account)
                                        .filter(new Position.InLesson(lesson.id(), last)::equals)
                                        .isPresent());

        learner.open(Routes.HOME);
        learner.click(".resume");

        assertLandedOn(last);
        assertThat(learner.all(".back-to-question"))
                .as("no question sent the learner here")
                .isEmpty();
    }

    private void assertLandedOn(String passageId) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(
                        b ->
                                passageId.equals(
                                        browser.executeScript(
                                                "return document.activeElement && document.activeElement.id")));
        assertThat(
                        browser.executeScript(
                                "return document.activeElement.matches('section.passage')"))
                .isEqualTo(true);
        assertThat(onScreen(learner.find("section.passage[id='" + passageId + "']")))
                .as("passage " + passageId + " in view")
                .isTrue();
    }

    private boolean onScreen(org.openqa.selenium.WebElement element) {
        return (Boolean)
                browser.executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.top < window.innerHeight && r.height > 0;",
                        element);
    }
}
