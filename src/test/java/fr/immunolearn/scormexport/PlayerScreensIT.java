package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a learner sees after answering: whether it was right, the explanation, what the model says
 * about the choice they picked, the right answer, and a link back to the passage that teaches it,
 * from which they come back to the quiz. The same screens in English.
 */
class PlayerScreensIT {

    private LmsServer server;
    private ChromeDriver browser;
    private PageErrors pageErrors;

    @BeforeEach
    void start() {
        server = new LmsServer();
        browser = Browser.start();
        pageErrors = PageErrors.watch(browser);
    }

    @AfterEach
    void stop() {
        browser.quit();
        server.close();
    }

    private Learner open(ExportOptions options, String name) {
        browser.get(server.serve(name, ExportedPackages.unzipped(options)));
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
        return new Learner(browser, ExportedPackages.course(options));
    }

    private String feedback() {
        return browser.findElement(By.id("feedback")).getText();
    }

    @Test
    void wrongAnswersGetTheExplanationTheChoicesFeedbackTheRightAnswerAndTheWayBackToThePassage() {
        Learner learner = open(ExportOptions.of(ScormEdition.SCORM_2004), "screens");
        learner.openLesson(0);
        learner.toQuiz();
        boolean visitedPassage = false;
        while (learner.onQuestion()) {
            Question question = learner.exportedQuestion();
            if (question.kind() instanceof QuestionKind.Ordering ordering) {
                assertThat(learner.order())
                        .as("an ordering never starts solved")
                        .isNotEqualTo(ordering.items().stream().map(OrderItem::id).toList());
            }
            learner.answer(false);
            String shown = feedback();
            assertThat(shown)
                    .startsWith("Réponse incorrecte.")
                    .contains(Learner.plain(question.feedback().explanation()))
                    .contains("La bonne réponse");
            if (question.kind() instanceof QuestionKind.SingleChoice single) {
                Choice picked =
                        single.choices().stream()
                                .filter(c -> !c.correct())
                                .findFirst()
                                .orElseThrow();
                if (!picked.feedback().isEmpty()) {
                    assertThat(browser.findElement(By.cssSelector(".choice-feedback")).getText())
                            .contains(Learner.plain(picked.feedback()));
                }
                assertThat(browser.findElement(By.cssSelector(".right-answer")).getText())
                        .contains(
                                Learner.plain(
                                        single.choices().stream()
                                                .filter(Choice::correct)
                                                .findFirst()
                                                .orElseThrow()
                                                .text()));
            }
            WebElement link = browser.findElement(By.cssSelector("#feedback a.passage-link"));
            assertThat(link.getAttribute("href")).endsWith("#passage-" + question.passageId());
            if (!visitedPassage) {
                visitedPassage = true;
                String next = browser.findElement(By.cssSelector("button.next")).getText();
                link.click();
                WebElement heading = browser.findElement(By.id("h-" + question.passageId()));
                assertThat(browser.switchTo().activeElement())
                        .as("the passage is where the focus lands")
                        .isEqualTo(heading);
                learner.click(By.cssSelector("button.back-to-quiz"));
                assertThat(
                                learner.onQuestion()
                                        || !browser.findElements(By.cssSelector("p.score"))
                                                .isEmpty())
                        .as("back in the quiz (%s)", next)
                        .isTrue();
                continue;
            }
            learner.next();
        }
        assertThat(learner.scoreLine()).contains("Non réussi");
        List<WebElement> review = browser.findElements(By.cssSelector(".review > li"));
        assertThat(review)
                .isNotEmpty()
                .allSatisfy(
                        item -> {
                            assertThat(item.findElement(By.cssSelector(".explanation")).getText())
                                    .isNotBlank();
                            assertThat(item.findElements(By.cssSelector("a.passage-link")))
                                    .hasSize(1);
                        });
        assertThat(browser.findElement(By.cssSelector("button.retry")).getText())
                .isEqualTo("Réessayer");
        assertThat(pageErrors.errors()).isEmpty();
    }

    @Test
    void theEnglishPackageSpeaksEnglishThroughout() {
        Learner learner =
                open(ExportOptions.of(ScormEdition.SCORM_12).withLanguage("en"), "english");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang"))
                .isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector(".lessons .state")).getText())
                .isEqualTo("Not started");
        assertThat(browser.findElement(By.cssSelector(".final .state")).getText())
                .isEqualTo("It opens once every lesson is done.");
        learner.openLesson(0);
        assertThat(browser.findElement(By.cssSelector(".key-points h2")).getText())
                .isEqualTo("Key points");
        learner.toQuiz();
        assertThat(learner.progressText()).matches("Question 1 of \\d+");
        learner.answer(true);
        assertThat(feedback()).startsWith("Correct.");
        assertThat(browser.findElement(By.cssSelector(".disclaimer")).getText())
                .contains("does not replace medical advice");
        assertThat(pageErrors.errors()).isEmpty();
    }
}
