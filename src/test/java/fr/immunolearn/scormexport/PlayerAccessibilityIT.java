package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.QuestionType;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The player is accessible like the app: axe-core finds no wcag2a, wcag2aa or wcag21aa violation on
 * any of its screens, nothing scrolls sideways on a 375 px wide phone, and a learner with only a
 * keyboard goes through a lesson and its quiz, seeing where the focus is and hearing the feedback.
 */
class PlayerAccessibilityIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa");

    private LmsServer server;
    private ChromeDriver browser;
    private PageErrors pageErrors;

    @BeforeEach
    void start() {
        server = new LmsServer();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    /**
     * Checks the screen as it is now: no axe violation, no sideways scroll at the window's width.
     */
    private void screenIsAccessible(String screen) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        assertThat(results.getViolations())
                .as("axe violations on %s: %s", screen, describe(results.getViolations()))
                .isEmpty();
        Number overflow =
                (Number)
                        browser.executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("sideways scroll on %s", screen).isLessThanOrEqualTo(0);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(
                        v ->
                                v.getId()
                                        + " "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private Learner open(String language, int width) {
        ExportOptions options = ExportOptions.of(ScormEdition.SCORM_12).withLanguage(language);
        browser = Browser.start(width, 800);
        pageErrors = PageErrors.watch(browser);
        browser.get(server.serve("a11y-" + language, ExportedPackages.unzipped(options)));
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
        return new Learner(browser, ExportedPackages.course(options));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyScreenPassesAxeAndFitsA375PixelScreen(String language) {
        Learner learner = open(language, 375);
        screenIsAccessible("home");
        Set<QuestionType> emptyChecked = EnumSet.noneOf(QuestionType.class);
        for (int lesson = 0; lesson < 4; lesson++) {
            learner.openLesson(lesson);
            screenIsAccessible("lesson " + (lesson + 1));
            if (lesson == 0) {
                WebElement term = browser.findElement(By.cssSelector(".term-word"));
                browser.executeScript("arguments[0].focus();", term);
                assertThat(term.findElement(By.xpath("following-sibling::*[1]")).isDisplayed())
                        .as("definition on focus")
                        .isTrue();
                screenIsAccessible("lesson 1 with a definition shown");
            }
            learner.toQuiz();
            for (int position = 0; learner.onQuestion(); position++) {
                Question question = learner.exportedQuestion();
                screenIsAccessible("question " + question.id());
                if (emptyChecked.add(question.type())
                        && !(question.kind() instanceof QuestionKind.Ordering)) {
                    browser.findElement(By.cssSelector("button.validate")).click();
                    assertThat(browser.findElement(By.id("answer-error")).getText())
                            .as("nothing given")
                            .isNotBlank();
                    screenIsAccessible("question " + question.id() + " refused empty");
                }
                learner.answer(position != 1);
                screenIsAccessible("feedback on " + question.id());
                learner.next();
            }
            screenIsAccessible("results of lesson " + (lesson + 1));
            learner.home();
        }
        assertThat(emptyChecked)
                .containsAll(EnumSet.complementOf(EnumSet.of(QuestionType.ORDERING)));
        screenIsAccessible("home with every lesson done");
        learner.startFinal();
        screenIsAccessible("final assessment");
        browser.findElement(By.cssSelector("button.exit")).click();
        screenIsAccessible("end of session");
        assertThat(pageErrors.errors()).isEmpty();
    }

    /**
     * Presses Tab until the focus is on an element matching {@code css}; fails if it never gets
     * there.
     */
    private WebElement tabTo(String css) {
        for (int presses = 0; presses < 80; presses++) {
            WebElement focused = browser.switchTo().activeElement();
            if ((Boolean)
                    browser.executeScript(
                            "return arguments[0].matches(arguments[1]);", focused, css)) {
                return focused;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("the keyboard never reaches " + css);
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** The focused element shows a visible outline of at least 2 px. */
    private void focusIsVisible(WebElement element) {
        String style =
                (String)
                        browser.executeScript(
                                "var s = getComputedStyle(arguments[0]);"
                                        + " return s.outlineStyle + ' ' + parseFloat(s.outlineWidth);",
                                element);
        assertThat(style).as("focus outline of %s", element.getTagName()).doesNotStartWith("none");
        assertThat(Double.parseDouble(style.split(" ")[1])).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aKeyboardAloneGoesThroughALessonAndItsQuizWithTheFocusAlwaysVisible() {
        Learner learner = open("fr", 1280);
        focusIsVisible(tabTo("button[data-lesson='systeme-immunitaire']"));
        press(Keys.ENTER);
        Browser.waitUpTo(browser, Duration.ofSeconds(5))
                .until(d -> learner.heading().startsWith("Leçon 1"));

        WebElement term = tabTo(".term-word");
        focusIsVisible(term);
        WebElement definition = term.findElement(By.xpath("following-sibling::*[1]"));
        assertThat(definition.isDisplayed()).as("the definition shows on focus").isTrue();
        press(Keys.ESCAPE);
        assertThat(definition.isDisplayed()).as("Escape hides it").isFalse();

        focusIsVisible(tabTo("button.quiz-start"));
        press(Keys.ENTER);
        int answered = 0;
        while (learner.onQuestion()) {
            Question question = learner.exportedQuestion();
            // An ordering always has an answer (its items in some order): only the other types can
            // be left empty.
            if (answered == 0 && question.type() != fr.immunolearn.course.QuestionType.ORDERING) {
                focusIsVisible(tabTo("button.validate"));
                press(Keys.ENTER);
                assertThat(browser.findElement(By.id("answer-error")).getText()).isNotBlank();
                assertThat(browser.switchTo().activeElement().getAttribute("class"))
                        .contains("validate");
            }
            answerWithKeys(question);
            focusIsVisible(tabTo("button.validate"));
            press(Keys.ENTER);
            WebElement next =
                    Browser.waitUpTo(browser, Duration.ofSeconds(5))
                            .until(d -> d.findElement(By.cssSelector("button.next")));
            assertThat(browser.switchTo().activeElement())
                    .as("focus moves to what comes next")
                    .isEqualTo(next);
            assertThat(browser.findElement(By.id("feedback")).getAttribute("aria-live"))
                    .isEqualTo("polite");
            assertThat(browser.findElement(By.cssSelector("#feedback .verdict")).getText())
                    .isNotBlank();
            focusIsVisible(next);
            press(Keys.ENTER);
            answered++;
        }
        assertThat(answered)
                .isEqualTo(learner.exportedCourse().lessons().get(0).quiz().questions().size());
        assertThat(learner.scoreLine()).isNotBlank();
        assertThat(pageErrors.errors()).isEmpty();
    }

    /** Gives some answer to the question on screen with the keyboard only. */
    private void answerWithKeys(Question question) {
        switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> {
                focusIsVisible(tabTo("input[type=radio]"));
                press(Keys.SPACE);
                press(Keys.ARROW_DOWN);
            }
            case MULTIPLE_RESPONSE -> {
                focusIsVisible(tabTo("input[type=checkbox]"));
                press(Keys.SPACE);
            }
            case FILL_IN -> {
                focusIsVisible(tabTo("input[type=text]"));
                press("réponse");
            }
            case MATCHING -> {
                focusIsVisible(tabTo("select"));
                press(Keys.ARROW_DOWN);
            }
            case ORDERING -> {
                List<String> before = orderOnScreen();
                WebElement down = tabTo("button.move-down");
                focusIsVisible(down);
                press(Keys.ENTER);
                assertThat(orderOnScreen()).as("the item moved down").isNotEqualTo(before);
                assertThat(browser.switchTo().activeElement().getAttribute("class"))
                        .as("focus stays on a move button")
                        .containsPattern("move-(up|down)");
                assertThat(browser.findElement(By.cssSelector(".ordering + [aria-live]")).getText())
                        .isNotBlank();
            }
        }
    }

    private List<String> orderOnScreen() {
        return browser.findElements(By.cssSelector("ol.ordering > li")).stream()
                .map(li -> li.getAttribute("data-item"))
                .toList();
    }
}
