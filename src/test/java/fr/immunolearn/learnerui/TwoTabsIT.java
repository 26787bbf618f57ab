package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.AnswerJson;
import fr.immunolearn.progress.Attempt;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.progress.RecordedAnswer;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.security.AccountRepository;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.DatabaseTest;
import fr.immunolearn.testing.Race;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One learner signed in in two browsers, on the same quiz, pressing "Valider" at the same instant
 * with different answers. Only one answer is stored; both screens end showing it (the other tab's
 * inputs replaced by it, with its verdict, and told why), and neither shows an error. The service
 * tests play the race many times; here a whole quiz, one race per question.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class TwoTabsIT {

    private static final String PASSWORD = "une phrase facile 42";
    private static final String ANSWERED_ELSEWHERE =
            "Cette question a déjà reçu une réponse dans un autre onglet ; voici la réponse enregistrée.";

    @LocalServerPort int port;

    @Autowired CourseEditions editions;

    @Autowired Attempts attempts;

    @Autowired AccountRepository accounts;

    private final List<ChromeDriver> browsers = new ArrayList<>();
    private final Race race = new Race();

    @AfterEach
    void closeBrowsers() {
        race.close();
        browsers.forEach(ChromeDriver::quit);
    }

    private LearnerSteps newBrowser() {
        ChromeDriver browser = Browser.start();
        browsers.add(browser);
        return new LearnerSteps(browser, "http://localhost:" + port, editions.edition("fr"));
    }

    @Test
    void bothTabsPressingValiderAtOnceEndShowingTheOneStoredAnswer() {
        Course course = editions.edition("fr");
        Quiz quiz = course.lessons().get(0).quiz();
        String email = "two-tabs-" + UUID.randomUUID() + "@example.fr";
        LearnerSteps first = newBrowser();
        first.register("Deux Onglets", email, PASSWORD);
        first.waitForSignedIn();
        LearnerSteps second = newBrowser();
        second.signIn(email, PASSWORD);
        long learner = accounts.findByEmail(email).orElseThrow().id();

        together(() -> first.open("quiz/" + quiz.id()), () -> second.open("quiz/" + quiz.id()));
        assertThat(attempts.attempts(learner, quiz.id()))
                .as("both tabs opened one attempt")
                .hasSize(1);
        Attempt attempt = attempts.attempts(learner, quiz.id()).get(0);

        for (String questionId : attempt.questionOrder()) {
            for (LearnerSteps tab : List.of(first, second)) {
                assertNoErrorOn(tab, quiz);
                assertThat(tab.currentQuestionId()).isEqualTo(questionId);
            }
            Question question = course.question(questionId).orElseThrow();
            first.fillCurrentQuestion(true);
            second.fillCurrentQuestion(false);
            together(() -> first.click(".check"), () -> second.click(".check"));

            List<RecordedAnswer> stored =
                    attempts.state(learner, attempt.id()).answers().stream()
                            .filter(a -> a.questionId().equals(questionId))
                            .toList();
            assertThat(stored).as("answers stored for " + questionId).hasSize(1);
            Answer kept = AnswerJson.read(stored.get(0).response());
            for (LearnerSteps tab : List.of(first, second)) {
                assertNoErrorOn(tab, quiz);
                assertThat(tab.verdict().equals("Bonne réponse."))
                        .as("verdict " + tab.verdict())
                        .isEqualTo(stored.get(0).correct());
                assertShows(tab, question, kept);
            }
            assertThat(first.verdict()).isEqualTo(second.verdict());
            List<String> told = new ArrayList<>();
            for (LearnerSteps tab : List.of(first, second)) {
                tab.all(".feedback .answered-elsewhere")
                        .forEach(p -> told.add(LearnerSteps.normalise(p.getText())));
            }
            assertThat(told)
                    .as("the tab that answered second is told why its answer changed")
                    .containsExactly(LearnerSteps.normalise(ANSWERED_ELSEWHERE));

            if (first.onLastQuestion()) {
                together(first::seeResults, second::seeResults);
            } else {
                together(first::nextQuestion, second::nextQuestion);
            }
        }
        Attempt finished = attempts.attempts(learner, quiz.id()).get(0);
        assertThat(finished.isFinished()).isTrue();
        assertThat(first.find(".score").getText())
                .isEqualTo(second.find(".score").getText())
                .contains(String.valueOf(Math.round(finished.percent())));
    }

    /** Both tabs do their step at the same instant; a step that fails fails the test. */
    private void together(Runnable inFirst, Runnable inSecond) {
        List<Race.Outcome<Boolean>> outcomes = race.run(step(inFirst), step(inSecond));
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
    }

    private static Callable<Boolean> step(Runnable step) {
        return () -> {
            step.run();
            return true;
        };
    }

    /** The tab's inputs show {@code stored}, whichever answer this tab had chosen. */
    private static void assertShows(LearnerSteps tab, Question question, Answer stored) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.Ordering) {
            assertThat(tab.orderShown()).isEqualTo(((Answer.Sequence) stored).itemIds());
        } else if (kind instanceof QuestionKind.TrueFalse) {
            assertThat(tab.tickedOptions())
                    .containsExactly(((Answer.TrueOrFalse) stored).value() ? "Vrai" : "Faux");
        } else {
            List<Choice> choices =
                    kind instanceof QuestionKind.SingleChoice single
                            ? single.choices()
                            : ((QuestionKind.MultipleResponse) kind).choices();
            List<String> labels =
                    choices.stream()
                            .filter(c -> ((Answer.Choices) stored).choiceIds().contains(c.id()))
                            .map(c -> LearnerSteps.normalise(c.text()))
                            .toList();
            assertThat(tab.tickedOptions())
                    .as(question.id())
                    .containsExactlyInAnyOrderElementsOf(labels);
        }
    }

    private static void assertNoErrorOn(LearnerSteps tab, Quiz quiz) {
        assertThat(tab.pageText())
                .doesNotContain(
                        "Exception",
                        "exception",
                        "SQL",
                        "Une erreur est survenue",
                        "Cette action n’a pas abouti");
        tab.assertOn(quiz.title());
    }
}
