package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.AttemptState;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.security.AccountRepository;
import fr.immunolearn.testing.Accessibility;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Resuming in another browser, what a learner types shown only as text, bad registrations refused
 * field by field, the language switch, and who may open what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class ResumeAndSafetyIT {

    private static final String PASSWORD = "une phrase facile 42";

    @LocalServerPort int port;

    @Autowired CourseEditions editions;

    @Autowired Attempts attempts;

    @Autowired AccountRepository accounts;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    private LearnerSteps newBrowser() {
        ChromeDriver browser = Browser.start();
        browsers.add(browser);
        return new LearnerSteps(browser, "http://localhost:" + port, editions.edition("fr"));
    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@example.fr";
    }

    @Test
    void aSecondBrowserResumesMidQuizWithEarlierAnswersIntact() {
        Course course = editions.edition("fr");
        Quiz quiz = course.lessons().get(1).quiz();
        String email = email("resume");
        LearnerSteps first = newBrowser();
        first.register("Alix", email, PASSWORD);
        first.waitForSignedIn();
        first.open("quiz/" + quiz.id());
        String firstQuestion = first.currentQuestionId();
        first.answerCurrentQuestion(true);
        first.nextQuestion();
        String secondQuestion = first.currentQuestionId();
        first.answerCurrentQuestion(false);
        first.nextQuestion();
        String thirdQuestion = first.currentQuestionId();

        LearnerSteps second = newBrowser();
        second.signIn(email, PASSWORD);
        second.click(".resume");
        second.assertOn(quiz.title());
        assertThat(second.questionProgress()).isEqualTo("Question 3 sur " + quiz.drawCount());
        assertThat(second.currentQuestionId()).isEqualTo(thirdQuestion);

        long accountId = accounts.findByEmail(email).orElseThrow().id();
        AttemptState state = attempts.open(accountId, quiz.id());
        assertThat(state.answers())
                .extracting(a -> a.questionId())
                .containsExactly(firstQuestion, secondQuestion);
        assertThat(state.answers()).extracting(a -> a.correct()).containsExactly(true, false);
    }

    @Test
    void whatALearnerTypesIsShownAsTextNeverAsHtml() {
        String name = "<script>window.xss=1</script><img src=x onerror=\"window.xss=2\">";
        Course course = editions.edition("fr");
        LearnerSteps learner = newBrowser();
        learner.register(name, email("xss"), PASSWORD);
        learner.waitForSignedIn();
        assertThat(learner.find(".who").getText()).contains(name);

        Quiz quiz = course.lessons().get(1).quiz();
        learner.open("quiz/" + quiz.id());
        String typed = "<img src=x onerror=\"window.xss=3\"><script>window.xss=4</script>";
        while (true) {
            var question = course.question(learner.currentQuestionId()).orElseThrow();
            if (question.kind() instanceof fr.immunolearn.course.QuestionKind.FillIn) {
                learner.find(".answer-input input").sendKeys(typed);
                learner.click(".check");
            } else {
                learner.answerCurrentQuestion(true);
            }
            if (learner.onLastQuestion()) {
                learner.seeResults();
                break;
            }
            learner.nextQuestion();
        }
        assertThat(learner.all(".your-answer"))
                .anySatisfy(p -> assertThat(p.getText()).contains(typed));
        assertThat(learner.all("img[src='x']")).isEmpty();
        assertThat(
                        ((ChromeDriver) browsers.get(0))
                                .executeScript("return window.xss === undefined"))
                .isEqualTo(true);
    }

    @Test
    void badRegistrationsAreRefusedOnTheFieldAndSaveNothing() {
        String taken = email("taken");
        LearnerSteps learner = newBrowser();
        learner.register("Déjà là", taken, PASSWORD);
        learner.waitForSignedIn();
        learner.click(".sign-out");
        long before = accounts.count();

        LearnerSteps other = newBrowser();
        other.register("", "pas-une-adresse", "court");
        assertThat(other.find("vaadin-text-field[invalid]").getText())
                .contains("Indiquez votre nom.");
        assertThat(other.find("vaadin-email-field[invalid]").getText())
                .contains("n’est pas valide");
        assertThat(other.find("vaadin-password-field[invalid]").getText())
                .contains("au moins 10 caractères");
        Accessibility.assertNoViolations(browsers.get(1), "registration with errors");

        other.register("x".repeat(101), taken, "motdepasse");
        assertThat(other.find("vaadin-email-field[invalid]").getText())
                .contains("Un compte existe déjà");
        assertThat(other.find("vaadin-password-field[invalid]").getText())
                .contains("trop facile à deviner");
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(other.all(".sign-out")).isEmpty();
    }

    @Test
    void theLearnerCanSwitchToEnglishAndTheChoiceFollowsThemToAnotherBrowser() {
        String email = email("english");
        LearnerSteps learner = newBrowser();
        learner.register("Sam", email, PASSWORD);
        learner.waitForSignedIn();
        learner.click(".language-switch");
        learner.all("vaadin-select-item").stream()
                .filter(i -> i.getText().equals("English"))
                .findFirst()
                .orElseThrow()
                .click();
        learner.waitForVaadin();
        learner.assertOn(editions.edition("en").title());
        assertThat(learner.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(accounts.findByEmail(email).orElseThrow().language()).isEqualTo("en");

        LearnerSteps elsewhere = newBrowser();
        elsewhere.signIn(email, PASSWORD);
        elsewhere.assertOn(editions.edition("en").title());
        elsewhere.open("lecon/" + editions.edition("en").lessons().get(0).id());
        elsewhere.assertOn(editions.edition("en").lessons().get(0).title());
        Accessibility.assertNoViolations(browsers.get(1), "lesson in English");
    }

    @Test
    void anonymousVisitorsAreSentToSignInFromEveryLearnerPage() {
        Course course = editions.edition("fr");
        LearnerSteps visitor = newBrowser();
        for (String path :
                List.of(
                        "lecon/" + course.lessons().get(0).id(),
                        "quiz/" + course.lessons().get(0).quiz().id(),
                        "quiz/" + course.lessons().get(0).quiz().id() + "/resultats",
                        "quiz/" + course.finalAssessment().id())) {
            visitor.open(path);
            visitor.find("vaadin-login-form");
            assertThat(visitor.heading()).as(path).isEqualTo("Se connecter");
        }
    }

    @Test
    void aLearnerNeverSeesAnotherLearnersAttempts() {
        Course course = editions.edition("fr");
        Quiz quiz = course.lessons().get(0).quiz();
        LearnerSteps owner = newBrowser();
        owner.register("Owner", email("owner"), PASSWORD);
        owner.waitForSignedIn();
        owner.open("quiz/" + quiz.id());
        while (true) {
            owner.answerCurrentQuestion(false);
            if (owner.onLastQuestion()) {
                owner.seeResults();
                break;
            }
            owner.nextQuestion();
        }
        LearnerSteps other = newBrowser();
        other.register("Other", email("other"), PASSWORD);
        other.waitForSignedIn();
        for (String path :
                List.of(
                        "quiz/" + quiz.id() + "/resultats",
                        "quiz/" + quiz.id() + "/resultats?tentative=1",
                        "quiz/" + quiz.id() + "/resultats?tentative=-1",
                        "quiz/" + quiz.id() + "/resultats?tentative=abc")) {
            other.open(path);
            assertThat(other.all(".your-answer")).as(path).isEmpty();
            assertThat(other.all(".score")).as(path).isEmpty();
        }
        other.open("quiz/" + quiz.id());
        assertThat(other.questionProgress()).isEqualTo("Question 1 sur " + quiz.drawCount());
    }
}
