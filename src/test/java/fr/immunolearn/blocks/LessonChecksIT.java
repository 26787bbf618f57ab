package fr.immunolearn.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CourseWords;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.testing.Accessibility;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The blocks a learner answers, the knowledge check and the scenario, the same in the app and in
 * the SCORM player, on the blocks' test course (lesson {@code blocs-exercices}): choosing,
 * checking, the verdict and each chosen choice's feedback in a live region, the answer kept across
 * a reopen, a check without an answer refused, a scenario explored by keyboard alone. Elements are
 * found by the DOM contract only.
 */
// The renderers are AutoCloseable and shared by every test: JUnit must not close them after each
// invocation.
class LessonChecksIT {

    private static final List<LessonRenderer> RENDERERS =
            List.of(new AppLessons(), new PlayerLessons());
    private static final String LESSON = "blocs-exercices";
    private static final String BUTTONS = "button, [role=button]";

    private ChromeDriver browser;

    static Stream<LessonRenderer> bothRenderers() {
        return RENDERERS.stream();
    }

    static Stream<Arguments> renderersAndLanguages() {
        return RENDERERS.stream()
                .flatMap(r -> Stream.of(Arguments.of(r, "fr"), Arguments.of(r, "en")));
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterAll
    static void stopRenderers() {
        RENDERERS.forEach(LessonRenderer::close);
    }

    private void open(LessonRenderer renderer, String language, int width) {
        browser = Browser.start(width, 900);
        renderer.openLesson(browser, language, LESSON);
    }

    private static <T extends LessonBlock> T block(String language, Class<T> type, String id) {
        return BlocksCourse.editions()
                .edition(language)
                .lesson(LESSON)
                .orElseThrow()
                .passages()
                .stream()
                .flatMap(p -> p.body().stream())
                .filter(type::isInstance)
                .map(type::cast)
                .filter(
                        b ->
                                id.equals(
                                        b instanceof LessonBlock.Check c
                                                ? c.id()
                                                : ((LessonBlock.Scenario) b).id()))
                .findFirst()
                .orElseThrow();
    }

    private WebElement onScreen(String id) {
        return browser.findElement(By.cssSelector("main [data-block-id='" + id + "']"));
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String word(String language, String key, Object... arguments) {
        String text = CourseWords.load(language).get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return plain(text);
    }

    private void until(Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.get());
    }

    private void press(CharSequence key) {
        browser.switchTo().activeElement().sendKeys(key);
    }

    /** The native input of a choice, and the label that names it. */
    private static WebElement input(WebElement check, LessonBlock.CheckChoice choice) {
        WebElement label = label(check, choice);
        return check.findElement(By.id(label.getAttribute("for")));
    }

    private static WebElement label(WebElement check, LessonBlock.CheckChoice choice) {
        return check.findElements(By.cssSelector("label[for]")).stream()
                .filter(l -> plain(l.getText()).equals(plain(choice.text())))
                .findFirst()
                .orElseThrow();
    }

    private static WebElement button(WebElement block, String text) {
        return block.findElements(By.cssSelector(BUTTONS)).stream()
                .filter(b -> b.isDisplayed() && plain(b.getText()).equals(text))
                .findFirst()
                .orElseThrow();
    }

    private static String live(WebElement block) {
        return plain(block.findElement(By.cssSelector("[aria-live='polite']")).getText());
    }

    /** Chooses exactly these choices (unticking the others of a multiple check) and checks. */
    private void answer(
            WebElement check,
            LessonBlock.Check model,
            String language,
            List<LessonBlock.CheckChoice> chosen) {
        for (LessonBlock.CheckChoice choice : model.choices()) {
            if (input(check, choice).isSelected() != chosen.contains(choice)) {
                label(check, choice).click();
            }
        }
        until(
                () ->
                        model.choices().stream()
                                .allMatch(c -> input(check, c).isSelected() == chosen.contains(c)));
        String before = live(check);
        button(check, word(language, "block.check.submit")).click();
        until(() -> !live(check).isEmpty() && !live(check).equals(before));
    }

    private static String said(String language, LessonBlock.CheckChoice choice) {
        return word(
                        language,
                        choice.correct() ? "block.check.chosenRight" : "block.check.chosenWrong",
                        plain(choice.text()))
                + " "
                + plain(choice.feedback());
    }

    @ParameterizedTest(name = "{0} {1}", autoCloseArguments = false)
    @MethodSource("renderersAndLanguages")
    void aSingleChoiceCheckGivesTheVerdictAndTheChosenChoicesFeedbackAndKeepsTheAnswer(
            LessonRenderer renderer, String language) {
        open(renderer, language, 1280);
        LessonBlock.Check model = block(language, LessonBlock.Check.class, "chk-simple");
        WebElement check = onScreen("chk-simple");
        assertThat(check.getAttribute("data-block")).isEqualTo("check");
        assertThat(check.findElements(By.cssSelector("input[type=radio]")))
                .hasSize(model.choices().size());
        assertThat(live(check)).as("nothing said before checking").isEmpty();
        LessonBlock.CheckChoice wrong =
                model.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow();
        LessonBlock.CheckChoice right =
                model.choices().stream()
                        .filter(LessonBlock.CheckChoice::correct)
                        .findFirst()
                        .orElseThrow();

        answer(check, model, language, List.of(wrong));
        assertThat(live(check))
                .startsWith(word(language, "block.check.incorrect"))
                .contains(said(language, wrong));

        answer(check, model, language, List.of(right));
        assertThat(live(check))
                .startsWith(word(language, "block.check.correct"))
                .contains(said(language, right))
                .doesNotContain(plain(wrong.feedback()));

        renderer.reopenLesson(browser, language, LESSON);
        WebElement reopened = onScreen("chk-simple");
        until(() -> input(reopened, right).isSelected());
        assertThat(input(reopened, wrong).isSelected()).isFalse();
        assertThat(live(reopened)).startsWith(word(language, "block.check.correct"));
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("bothRenderers")
    void aMultipleChoiceCheckIsPartlyRightUntilExactlyTheCorrectSetIsTicked(
            LessonRenderer renderer) {
        open(renderer, "fr", 1280);
        LessonBlock.Check model = block("fr", LessonBlock.Check.class, "chk-multiple");
        WebElement check = onScreen("chk-multiple");
        assertThat(check.findElements(By.cssSelector("input[type=checkbox]")))
                .hasSize(model.choices().size());
        List<LessonBlock.CheckChoice> right =
                model.choices().stream().filter(LessonBlock.CheckChoice::correct).toList();
        LessonBlock.CheckChoice wrong =
                model.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow();

        answer(check, model, "fr", List.of(right.get(0)));
        assertThat(live(check))
                .startsWith(word("fr", "block.check.partly"))
                .contains(said("fr", right.get(0)));

        answer(check, model, "fr", List.of(right.get(0), right.get(1), wrong));
        assertThat(live(check))
                .startsWith(word("fr", "block.check.incorrect"))
                .contains(said("fr", wrong));

        answer(check, model, "fr", right);
        assertThat(live(check))
                .startsWith(word("fr", "block.check.correct"))
                .contains(said("fr", right.get(0)), said("fr", right.get(1)));

        renderer.reopenLesson(browser, "fr", LESSON);
        WebElement reopened = onScreen("chk-multiple");
        until(() -> right.stream().allMatch(c -> input(reopened, c).isSelected()));
        assertThat(input(reopened, wrong).isSelected()).isFalse();
        assertThat(live(reopened)).startsWith(word("fr", "block.check.correct"));
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("bothRenderers")
    void checkingWithoutAnAnswerIsRefusedWithAClearMessage(LessonRenderer renderer) {
        open(renderer, "fr", 1280);
        WebElement single = onScreen("chk-simple");
        button(single, word("fr", "block.check.submit")).click();
        until(() -> !live(single).isEmpty());
        assertThat(live(single)).isEqualTo(word("fr", "block.check.emptySingle"));
        WebElement multiple = onScreen("chk-multiple");
        button(multiple, word("fr", "block.check.submit")).click();
        until(() -> !live(multiple).isEmpty());
        assertThat(live(multiple)).isEqualTo(word("fr", "block.check.emptyMultiple"));
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("bothRenderers")
    void aScenarioIsExploredByKeyboardAloneAndAnotherChoiceCanBeTried(LessonRenderer renderer) {
        open(renderer, "fr", 1280);
        LessonBlock.Scenario model = block("fr", LessonBlock.Scenario.class, "scn-amie");
        WebElement scenario = onScreen("scn-amie");
        assertThat(plain(scenario.getText()))
                .contains(plain(Jsoup.parse(model.situationHtml()).text()));
        List<LessonBlock.ScenarioChoice> choices = model.choices();
        for (LessonBlock.ScenarioChoice choice : choices) {
            assertThat(button(scenario, plain(choice.text()))).isNotNull();
        }
        assertThat(live(scenario)).isEmpty();

        browser.executeScript(
                "arguments[0].focus();", button(scenario, plain(choices.get(0).text())));
        press(Keys.ENTER);
        until(() -> live(scenario).contains(plain(choices.get(0).consequence())));
        assertThat(live(scenario))
                .contains(
                        word("fr", "block.scenario.consequence"),
                        plain(choices.get(0).explanation()),
                        word("fr", "block.scenario.explanation"));
        String again = word("fr", "block.scenario.again");
        until(() -> plain(browser.switchTo().activeElement().getText()).equals(again));

        press(Keys.ENTER);
        until(() -> live(scenario).isEmpty());
        until(
                () ->
                        plain(browser.switchTo().activeElement().getText())
                                .equals(plain(choices.get(0).text())));
        press(Keys.TAB);
        assertThat(plain(browser.switchTo().activeElement().getText()))
                .isEqualTo(plain(choices.get(1).text()));
        press(Keys.SPACE);
        until(() -> live(scenario).contains(plain(choices.get(1).consequence())));
        assertThat(live(scenario))
                .contains(plain(choices.get(1).explanation()))
                .doesNotContain(plain(choices.get(0).consequence()));
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("bothRenderers")
    void afterAnsweringTheLessonPassesAxeAndFitsA375PixelScreen(LessonRenderer renderer) {
        open(renderer, "fr", 375);
        LessonBlock.Check single = block("fr", LessonBlock.Check.class, "chk-simple");
        LessonBlock.Check multiple = block("fr", LessonBlock.Check.class, "chk-multiple");
        answer(onScreen("chk-simple"), single, "fr", List.of(single.choices().get(0)));
        answer(
                onScreen("chk-multiple"),
                multiple,
                "fr",
                multiple.choices().stream()
                        .filter(LessonBlock.CheckChoice::correct)
                        .limit(1)
                        .toList());
        WebElement scenario = onScreen("scn-amie");
        button(
                        scenario,
                        plain(
                                block("fr", LessonBlock.Scenario.class, "scn-amie")
                                        .choices()
                                        .get(0)
                                        .text()))
                .click();
        until(() -> !live(scenario).isEmpty());
        Accessibility.assertNoViolations(browser, renderer.name() + " " + LESSON + " answered");
        Number overflow =
                (Number)
                        browser.executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("sideways scroll at 375 px").isLessThanOrEqualTo(0);
    }
}
