package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole quiz with the keyboard alone: Tab to reach each control, arrows, Space and Enter to
 * answer, Enter to check and go on; the focus stays visible all along.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyboardOnlyIT {

    @LocalServerPort int port;

    @Autowired CourseEditions editions;

    private ChromeDriver browser;
    private LearnerSteps steps;

    @BeforeEach
    void signedIn() {
        browser = Browser.start();
        steps = new LearnerSteps(browser, "http://localhost:" + port, editions.edition("fr"));
        steps.register(
                "Clavier", "clavier-" + UUID.randomUUID() + "@example.fr", "une phrase facile 42");
        steps.waitForSignedIn();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aLearnerAnswersAWholeQuizWithTheKeyboardAlone() {
        Quiz quiz = editions.edition("fr").lessons().get(0).quiz();
        steps.open("quiz/" + quiz.id());
        for (int asked = 1; asked <= quiz.drawCount(); asked++) {
            Question question = quiz.question(steps.currentQuestionId()).orElseThrow();
            answer(question);
            tabUntil(e -> hasClass(e, "check"));
            assertFocusVisible();
            active().sendKeys(Keys.ENTER);
            String verdict = steps.verdict();
            assertThat(verdict).as(question.id()).isEqualTo("Bonne réponse.");
            WebElement next = active();
            assertThat(hasClass(next, "next-question") || hasClass(next, "see-results"))
                    .as("the focus moves to the way on")
                    .isTrue();
            next.sendKeys(Keys.ENTER);
            if (asked < quiz.drawCount()) {
                String following = "Question " + (asked + 1) + " sur " + quiz.drawCount();
                Browser.waitUpTo(browser, Duration.ofSeconds(20))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> steps.questionProgress().equals(following));
            }
        }
        assertThat(LearnerSteps.normalise(steps.find(".score").getText()))
                .isEqualTo("Votre score : 100 %");
    }

    private void answer(Question question) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice single) {
            chooseRadio(
                    single.choices().stream()
                            .filter(Choice::correct)
                            .findFirst()
                            .orElseThrow()
                            .text());
        } else if (kind instanceof QuestionKind.TrueFalse trueFalse) {
            chooseRadio(trueFalse.answer() ? "Vrai" : "Faux");
        } else if (kind instanceof QuestionKind.MultipleResponse multiple) {
            for (Choice choice : multiple.choices().stream().filter(Choice::correct).toList()) {
                tabUntil(
                        e ->
                                "checkbox".equals(e.getAttribute("type"))
                                        && LearnerSteps.normalise(label(e))
                                                .equals(LearnerSteps.normalise(choice.text())));
                active().sendKeys(Keys.SPACE);
            }
        } else if (kind instanceof QuestionKind.FillIn fillIn) {
            tabUntil(
                    e ->
                            "input".equals(e.getTagName())
                                    && e.findElements(
                                                            org.openqa.selenium.By.xpath(
                                                                    "ancestor::vaadin-text-field"))
                                                    .size()
                                            == 1);
            active().sendKeys(fillIn.acceptedAnswers().get(0));
        } else if (kind instanceof QuestionKind.Ordering ordering) {
            List<OrderItem> items = ordering.items();
            for (int position = 0; position < items.size(); position++) {
                OrderItem item = items.get(position);
                int at = orderShown().indexOf(item.id());
                if (at == position) {
                    continue;
                }
                tabUntil(
                        e ->
                                hasClass(e, "move-up")
                                        && LearnerSteps.normalise(e.getAttribute("aria-label"))
                                                .contains(LearnerSteps.normalise(item.text())));
                for (int moves = at - position; moves > 0; moves--) {
                    int expected = orderShown().indexOf(item.id()) - 1;
                    WebElement button = active();
                    String label = button.getAttribute("aria-label");
                    button.sendKeys(Keys.ENTER);
                    Browser.waitUpTo(browser, Duration.ofSeconds(10))
                            .withMessage(
                                    () ->
                                            "after Enter on "
                                                    + label
                                                    + ": order "
                                                    + orderShown()
                                                    + ", focus on "
                                                    + active().getTagName()
                                                    + " "
                                                    + active().getAttribute("aria-label"))
                            .until(d -> orderShown().indexOf(item.id()) == expected);
                }
            }
        } else {
            throw new AssertionError(
                    "the first quiz has no " + kind.type() + " question to answer here");
        }
    }

    private void chooseRadio(String label) {
        tabUntil(e -> "radio".equals(e.getAttribute("type")));
        for (int i = 0;
                i < 8
                        && !LearnerSteps.normalise(label(active()))
                                .equals(LearnerSteps.normalise(label));
                i++) {
            active().sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(LearnerSteps.normalise(label(active())))
                .isEqualTo(LearnerSteps.normalise(label));
        active().sendKeys(Keys.SPACE);
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private void tabUntil(Predicate<WebElement> reached) {
        for (int presses = 0; presses < 60; presses++) {
            if (reached.test(active())) {
                return;
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError(
                "not reachable with Tab; focus is on "
                        + active().getTagName()
                        + " "
                        + active().getAttribute("class"));
    }

    private void assertFocusVisible() {
        Object visible =
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "var e = document.activeElement; var s = getComputedStyle(e);"
                                        + " return e.hasAttribute('focus-ring') || (s.outlineStyle !== 'none' && s.outlineWidth !== '0px');");
        assertThat(visible).as("visible focus on " + active().getTagName()).isEqualTo(true);
    }

    private static boolean hasClass(WebElement element, String className) {
        String classes = element.getAttribute("class");
        return classes != null && List.of(classes.split("\\s+")).contains(className);
    }

    private String label(WebElement input) {
        return (String)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "var host = arguments[0].closest('vaadin-radio-button, vaadin-checkbox');"
                                        + " return host ? host.innerText : '';",
                                input);
    }

    @SuppressWarnings("unchecked")
    private List<String> orderShown() {
        return (List<String>)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return [...document.querySelectorAll('.ordering-item')].map(e => e.dataset.item)");
    }
}
