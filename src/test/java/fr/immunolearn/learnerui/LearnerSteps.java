package fr.immunolearn.learnerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a learner does in the browser, written once for every browser test: register, sign in, read
 * a lesson, answer the question on screen rightly or wrongly. Answers are typed and clicked like a
 * person would, reading the question's id from the page and its answer key from the model.
 */
public class LearnerSteps {

    private final WebDriver browser;
    private final String base;
    private final Course course;
    private final WebDriverWait wait;

    public LearnerSteps(WebDriver browser, String base, Course course) {
        this.browser = browser;
        this.base = base.endsWith("/") ? base : base + "/";
        this.course = course;
        // Vaadin replaces elements as a view changes: an element read mid-change is simply read
        // again.
        this.wait =
                (WebDriverWait)
                        Browser.waitUpTo(browser, Duration.ofSeconds(30))
                                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public void open(String path) {
        browser.get(base + path);
        waitForVaadin();
    }

    public void register(String name, String email, String password) {
        open("inscription");
        type(By.cssSelector("vaadin-text-field input"), name);
        type(By.cssSelector("vaadin-email-field input"), email);
        type(By.cssSelector("vaadin-password-field input"), password);
        browser.findElement(By.cssSelector(".register-submit")).click();
    }

    public void signIn(String email, String password) {
        open("connexion");
        type(By.cssSelector("#vaadinLoginUsername input"), email);
        type(By.cssSelector("#vaadinLoginPassword input"), password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("connexion")));
        waitForVaadin();
    }

    public void waitForSignedIn() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sign-out")));
    }

    public String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                .getText();
    }

    public void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        waitForVaadin();
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /** The id of the question on screen. */
    public String currentQuestionId() {
        return find(".question-card[data-question]").getAttribute("data-question");
    }

    /** "Question 3 sur 5". */
    public String questionProgress() {
        return find(".question-progress").getText();
    }

    /**
     * Answers the question on screen, rightly or not, presses "Valider" and waits for the feedback.
     * Returns the answer given, as the model would write it.
     */
    public Answer answerCurrentQuestion(boolean rightly) {
        Answer answer = fillCurrentQuestion(rightly);
        click(".check");
        find(".feedback .verdict");
        return answer;
    }

    /** Gives an answer to the question on screen, rightly or not, without pressing "Valider". */
    public Answer fillCurrentQuestion(boolean rightly) {
        return fill(course.question(currentQuestionId()).orElseThrow(), rightly);
    }

    /**
     * The labels of the options ticked on screen (radio buttons and checkboxes), in their order.
     */
    public List<String> tickedOptions() {
        return all(
                        ".answer-input vaadin-radio-button[checked], .answer-input vaadin-checkbox[checked]")
                .stream()
                .map(e -> normalise(e.getText()))
                .toList();
    }

    public String verdict() {
        return find(".feedback .verdict").getText();
    }

    public void nextQuestion() {
        click(".next-question");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".check")));
    }

    public void seeResults() {
        click(".see-results");
        find(".score");
    }

    public boolean onLastQuestion() {
        return !all(".see-results").isEmpty();
    }

    private Answer fill(Question question, boolean rightly) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice single) {
            Choice choice =
                    single.choices().stream()
                            .filter(c -> c.correct() == rightly)
                            .findFirst()
                            .orElseThrow();
            clickOption("vaadin-radio-button", choice.text());
            return new Answer.Choices(List.of(choice.id()));
        }
        if (kind instanceof QuestionKind.MultipleResponse multiple) {
            List<Choice> chosen = multiple.choices().stream().filter(Choice::correct).toList();
            if (!rightly) {
                chosen =
                        List.of(
                                chosen.get(0),
                                multiple.choices().stream()
                                        .filter(c -> !c.correct())
                                        .findFirst()
                                        .orElseThrow());
            }
            chosen.forEach(c -> clickOption("vaadin-checkbox", c.text()));
            return new Answer.Choices(chosen.stream().map(Choice::id).toList());
        }
        if (kind instanceof QuestionKind.TrueFalse trueFalse) {
            boolean given = rightly == trueFalse.answer();
            boolean english = "en".equals(course.language());
            clickOption(
                    "vaadin-radio-button",
                    given ? (english ? "True" : "Vrai") : (english ? "False" : "Faux"));
            return new Answer.TrueOrFalse(given);
        }
        if (kind instanceof QuestionKind.FillIn fillIn) {
            String text =
                    rightly
                            ? "  " + fillIn.acceptedAnswers().get(0).toUpperCase() + " "
                            : "une autre réponse";
            type(By.cssSelector(".answer-input input"), text);
            return new Answer.Text(text);
        }
        if (kind instanceof QuestionKind.Matching matching) {
            List<MatchPair> pairs = matching.pairs();
            Map<String, String> matches = new LinkedHashMap<>();
            for (int i = 0; i < pairs.size(); i++) {
                MatchPair pair = pairs.get(i);
                MatchPair response = rightly ? pair : pairs.get((i + 1) % pairs.size());
                chooseInSelect(pair.premise(), response.response());
                matches.put(pair.id(), response.id());
            }
            return new Answer.Matches(matches);
        }
        List<String> target =
                new ArrayList<>(
                        ((QuestionKind.Ordering) kind)
                                .items().stream().map(OrderItem::id).toList());
        if (!rightly) {
            Collections.reverse(target);
        }
        putInOrder(target);
        return new Answer.Sequence(target);
    }

    private void clickOption(String tag, String label) {
        WebElement option =
                all(".answer-input " + tag).stream()
                        .filter(e -> normalise(e.getText()).equals(normalise(label)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no option \"" + label + "\""));
        option.findElement(By.tagName("input")).click();
    }

    private void chooseInSelect(String premise, String response) {
        WebElement select =
                all("vaadin-select.match").stream()
                        .filter(
                                e ->
                                        normalise(e.findElement(By.cssSelector("label")).getText())
                                                .startsWith(normalise(premise)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no select for \"" + premise + "\""));
        select.click();
        WebElement item =
                wait.until(
                        d ->
                                d.findElements(By.cssSelector("vaadin-select-item")).stream()
                                        .filter(WebElement::isDisplayed)
                                        .filter(
                                                e ->
                                                        normalise(e.getText())
                                                                .equals(normalise(response)))
                                        .findFirst()
                                        .orElse(null));
        item.click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
    }

    private void putInOrder(List<String> target) {
        for (int position = 0; position < target.size(); position++) {
            while (true) {
                List<String> current = orderShown();
                int at = current.indexOf(target.get(position));
                if (at == position) {
                    break;
                }
                browser.findElements(By.cssSelector(".ordering-item"))
                        .get(at)
                        .findElement(By.cssSelector(".move-up"))
                        .click();
                int expected = at - 1;
                String moved = target.get(position);
                wait.until(d -> orderShown().indexOf(moved) == expected);
            }
        }
    }

    /** Everything the page says, as the learner reads it (notifications included). */
    public String pageText() {
        return (String)
                ((JavascriptExecutor) browser).executeScript("return document.body.innerText");
    }

    /** The ids of the items of an ordering question, in the order on screen. */
    @SuppressWarnings("unchecked")
    public List<String> orderShown() {
        return (List<String>)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return [...document.querySelectorAll('.ordering-item')].map(e => e.dataset.item)");
    }

    private void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    public void waitForVaadin() {
        wait.until(
                d ->
                        Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                                                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))")));
    }

    public static String normalise(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Waits for the page whose heading is {@code heading}; fails naming the page shown instead. */
    public void assertOn(String heading) {
        try {
            wait.until(d -> normalise(heading()).equals(normalise(heading)));
        } catch (org.openqa.selenium.TimeoutException stillElsewhere) {
            assertThat(normalise(heading())).isEqualTo(normalise(heading));
        }
    }
}
