package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.progress.AnswerJson;
import fr.immunolearn.progress.Attempt;
import fr.immunolearn.progress.AttemptState;
import fr.immunolearn.progress.Attempts;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.Mark;
import fr.immunolearn.quiz.Score;
import fr.immunolearn.quiz.ScoringRules;
import fr.immunolearn.security.Account;
import fr.immunolearn.security.AccountRepository;
import fr.immunolearn.testing.Accessibility;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A learner takes the whole course in Chromium: registers, reads every lesson, answers every quiz
 * with some wrong answers, reads feedback and review, retries a quiz, passes the final assessment.
 * What is stored matches the scoring rules; every view passes axe; nothing scrolls sideways on a
 * phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class LearnerJourneyIT {

    private static final String PASSWORD = "une phrase facile 42";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;

    @Autowired CourseEditions editions;

    @Autowired Attempts attempts;

    @Autowired AccountRepository accounts;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    private LearnerSteps learner(ChromeDriver browser) {
        return new LearnerSteps(browser, "http://localhost:" + port, editions.edition("fr"));
    }

    private ChromeDriver browser() {
        ChromeDriver browser = Browser.start();
        browsers.add(browser);
        return browser;
    }

    @Test
    void aLearnerTakesTheWholeCourseAndWhatIsStoredMatchesTheScoringRules() throws Exception {
        Course course = editions.edition("fr");
        ChromeDriver browser = browser();
        LearnerSteps steps = learner(browser);
        String email = "camille-" + UUID.randomUUID() + "@example.fr";

        steps.open("");
        check(browser, "home, signed out");
        steps.open("inscription");
        check(browser, "registration");
        steps.open("connexion");
        check(browser, "sign-in");
        steps.register("Camille", email, PASSWORD);
        steps.waitForSignedIn();
        steps.assertOn(course.title());
        check(browser, "home, signed in");
        assertThat(steps.find(".progress-panel").getText()).contains("0 %");
        long accountId = accounts.findByEmail(email).map(Account::id).orElseThrow();

        Map<String, List<Given>> given = new HashMap<>();
        for (Lesson lesson : course.lessons()) {
            steps.open("");
            steps.all(".lesson-title").stream()
                    .filter(
                            link ->
                                    LearnerSteps.normalise(link.getText())
                                            .equals(LearnerSteps.normalise(lesson.title())))
                    .findFirst()
                    .orElseThrow()
                    .click();
            steps.waitForVaadin();
            steps.assertOn(lesson.title());
            assertThat(steps.all("section.passage")).hasSize(lesson.passages().size());
            if (lesson == course.lessons().get(0)) {
                check(browser, "lesson");
                screenshot(browser, "lesson");
            }
            steps.click(".to-quiz");
            steps.assertOn(lesson.quiz().title());
            boolean firstQuiz = lesson == course.lessons().get(0);
            // The first quiz is failed once (two wrong answers), then retried; the others have one
            // wrong answer.
            List<Given> answers =
                    answerQuiz(steps, browser, lesson.quiz(), firstQuiz ? 2 : 1, firstQuiz);
            assertScoreShown(steps, lesson.quiz(), answers);
            if (firstQuiz) {
                check(browser, "results");
                screenshot(browser, "results");
                assertThat(steps.all(".review-item")).hasSize(lesson.quiz().questions().size());
                assertThat(steps.find(".verdict").getText()).contains("Pas encore réussi");
                steps.click(".retry");
                answers = answerQuiz(steps, browser, lesson.quiz(), 0, false);
                assertScoreShown(steps, lesson.quiz(), answers);
                assertThat(steps.find(".verdict").getText()).contains("Réussi");
            }
            given.put(lesson.quiz().id(), answers);
        }

        steps.open("");
        assertThat(steps.all(".state-done")).hasSize(course.lessons().size());
        steps.click(".final-link");
        steps.assertOn(course.finalAssessment().title());
        List<Given> finalAnswers = answerQuiz(steps, browser, course.finalAssessment(), 0, false);
        assertScoreShown(steps, course.finalAssessment(), finalAnswers);
        given.put(course.finalAssessment().id(), finalAnswers);

        steps.open("");
        assertThat(steps.find(".completed").getText()).isEqualTo("Cours terminé");
        assertThat(steps.find(".progress-panel").getText()).contains("100 %");
        screenshot(browser, "home-completed");
        Accessibility.assertNoHorizontalScrollAtPhoneWidth(browser, "home, completed");

        assertStoredScoresFollowTheScoringRules(accountId, course, given);
    }

    /**
     * Answers every question of the attempt on screen; the first {@code wrong} ones wrongly.
     * Returns the answers of the attempt, in the order asked.
     */
    private List<Given> answerQuiz(
            LearnerSteps steps, ChromeDriver browser, Quiz quiz, int wrong, boolean checkViews)
            throws Exception {
        List<Given> answers = new ArrayList<>();
        int asked = 0;
        while (true) {
            asked++;
            assertThat(steps.questionProgress())
                    .isEqualTo("Question " + asked + " sur " + quiz.drawCount());
            boolean canBeLeftEmpty =
                    !(quiz.question(steps.currentQuestionId()).orElseThrow().kind()
                            instanceof fr.immunolearn.course.QuestionKind.Ordering);
            if (checkViews && asked == 1) {
                if (canBeLeftEmpty) {
                    steps.click(".check");
                    assertThat(steps.find("[invalid], .input-error").isDisplayed()).isTrue();
                }
                check(browser, "quiz question");
                screenshot(browser, "quiz-question");
            }
            boolean rightly = asked > wrong;
            Question question = quiz.question(steps.currentQuestionId()).orElseThrow();
            Answer answer = steps.answerCurrentQuestion(rightly);
            answers.add(new Given(question, answer));
            Mark mark = ScoringRules.mark(question, answer);
            assertThat(mark.correct())
                    .as(question.id() + " answered " + (rightly ? "rightly" : "wrongly"))
                    .isEqualTo(rightly);
            assertThat(steps.verdict())
                    .isEqualTo(
                            rightly
                                    ? "Bonne réponse."
                                    : mark.credit() > 0 ? steps.verdict() : "Réponse incorrecte.");
            assertThat(steps.find(".feedback .explanation").getText()).isNotBlank();
            assertThat(steps.find(".feedback .review-link").getAttribute("href"))
                    .contains("#" + question.passageId());
            if (checkViews && asked == 1) {
                check(browser, "quiz feedback");
                screenshot(browser, "quiz-feedback");
            }
            if (steps.onLastQuestion()) {
                steps.seeResults();
                return answers;
            }
            steps.nextQuestion();
        }
    }

    private void assertScoreShown(LearnerSteps steps, Quiz quiz, List<Given> answers) {
        List<ScoringRules.WeightedMark> marks = new ArrayList<>();
        for (Given given : answers) {
            marks.add(
                    new ScoringRules.WeightedMark(
                            given.question().weight(),
                            ScoringRules.mark(given.question(), given.answer())));
        }
        Score expected = ScoringRules.score(marks, quiz.passMark());
        String percent =
                fr.immunolearn.progress.CourseRules.scoreText(
                        expected.percent(), quiz.passMark(), "fr");
        assertThat(LearnerSteps.normalise(steps.find(".score").getText()))
                .isEqualTo("Votre score : " + percent + " %");
    }

    /** A question and the answer the learner gave it in the browser. */
    record Given(Question question, Answer answer) {}

    private void assertStoredScoresFollowTheScoringRules(
            long accountId, Course course, Map<String, List<Given>> given) {
        List<Attempt> stored = attempts.all(accountId);
        assertThat(stored).hasSize(course.quizzes().size() + 1);
        assertThat(stored).allSatisfy(attempt -> assertThat(attempt.isFinished()).isTrue());
        for (Attempt attempt : stored) {
            Quiz quiz = course.quiz(attempt.quizId()).orElseThrow();
            AttemptState state = attempts.state(accountId, attempt.id());
            List<ScoringRules.WeightedMark> marks = new ArrayList<>();
            for (var answer : state.answers()) {
                Question question = quiz.question(answer.questionId()).orElseThrow();
                Mark mark = ScoringRules.mark(question, AnswerJson.read(answer.response()));
                assertThat(answer.credit()).isEqualTo(mark.credit());
                marks.add(new ScoringRules.WeightedMark(question.weight(), mark));
                assertThat(answer.timeSpentMs()).isGreaterThanOrEqualTo(0);
            }
            Score score = ScoringRules.score(marks, quiz.passMark());
            assertThat(attempt.percent())
                    .as(attempt.quizId() + " #" + attempt.number())
                    .isEqualTo(score.percent());
            assertThat(attempt.hasPassed()).isEqualTo(score.passed());
        }
        Attempt lastFinal =
                stored.stream()
                        .filter(a -> a.quizId().equals(course.finalAssessment().id()))
                        .reduce((a, b) -> b)
                        .orElseThrow();
        assertThat(lastFinal.percent()).isEqualTo(100.0);
        assertThat(given.get(course.finalAssessment().id()))
                .hasSize(course.finalAssessment().drawCount());
    }

    private static void check(ChromeDriver browser, String page) {
        Accessibility.assertNoViolations(browser, page);
        Accessibility.assertNoHorizontalScrollAtPhoneWidth(browser, page);
    }

    static void screenshot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
