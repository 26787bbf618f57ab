package fr.immunolearn.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CourseWords;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.testing.Accessibility;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a learner sees and can do with each lesson block, the same in the app and in the SCORM
 * player: one test per block, run against both renderers, on the blocks' test course. Elements are
 * found by the DOM contract ({@code data-block}, ARIA roles and states), never by a framework's
 * tags.
 */
class LessonBlocksIT {

    // Started once for the class and closed after it (the parametrised tests do not close them).
    private static final List<LessonRenderer> RENDERERS =
            List.of(new AppLessons(), new PlayerLessons());
    private static final String HEADER = "[role=button][aria-expanded], button[aria-expanded]";

    private ChromeDriver browser;

    static Stream<Arguments> renderers() {
        return RENDERERS.stream()
                .flatMap(r -> Stream.of(Arguments.of(r, "fr"), Arguments.of(r, "en")));
    }

    static Stream<LessonRenderer> bothRenderers() {
        return RENDERERS.stream();
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

    private void open(LessonRenderer renderer, String language, String lessonId) {
        open(renderer, language, lessonId, 1280);
    }

    private void open(LessonRenderer renderer, String language, String lessonId, int width) {
        browser = Browser.start(width, 900);
        renderer.openLesson(browser, language, lessonId);
    }

    private static Lesson lesson(String language, String lessonId) {
        return BlocksCourse.editions().edition(language).lesson(lessonId).orElseThrow();
    }

    private static <T extends LessonBlock> List<T> blocks(
            String language, String lessonId, Class<T> type) {
        return lesson(language, lessonId).passages().stream()
                .flatMap(p -> p.body().stream())
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private List<WebElement> onScreen(String type) {
        return browser.findElements(By.cssSelector("main [data-block='" + type + "']"));
    }

    private WebElement single(String type) {
        List<WebElement> found = onScreen(type);
        assertThat(found).as("%s blocks on screen", type).hasSize(1);
        return found.get(0);
    }

    /** What the learner reads, whitespace made plain (non-breaking spaces included). */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String textOf(String html) {
        return plain(Jsoup.parse(html).text());
    }

    /** The text the learner sees in an element now: hidden parts left out. */
    private static String visible(WebElement element) {
        return plain(element.getText());
    }

    private static String word(String language, String key, Object... arguments) {
        String text = CourseWords.load(language).get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    private void press(CharSequence key) {
        browser.switchTo().activeElement().sendKeys(key);
    }

    private void until(java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> condition.get());
    }

    @ParameterizedTest(name = "{0} {1}", autoCloseArguments = false)
    @MethodSource("renderers")
    void calloutsShowTheirKindAndTitle(LessonRenderer renderer, String language) {
        open(renderer, language, "blocs-lecture");
        List<LessonBlock.Callout> callouts =
                blocks(language, "blocs-lecture", LessonBlock.Callout.class);
        List<WebElement> shown = onScreen("callout");
        assertThat(shown).hasSize(callouts.size());
        assertThat(shown.stream().map(e -> e.getAttribute("data-kind")).toList())
                .containsExactly("note", "warning", "article");
        for (int i = 0; i < callouts.size(); i++) {
            LessonBlock.Callout callout = callouts.get(i);
            String kind = callout.kind().name().toLowerCase(java.util.Locale.ROOT);
            assertThat(shown.get(i).getAttribute("data-kind")).isEqualTo(kind);
            assertThat(visible(shown.get(i)))
                    .contains(
                            word(language, "block.callout." + kind),
                            plain(callout.title()),
                            textOf(callout.html()));
        }
    }

    @ParameterizedTest(name = "{0} {1}", autoCloseArguments = false)
    @MethodSource("renderers")
    void accordionPanelsOpenAndCloseByClickAndByKeyboard(LessonRenderer renderer, String language) {
        open(renderer, language, "blocs-lecture");
        List<LessonBlock.Panel> panels =
                blocks(language, "blocs-lecture", LessonBlock.Accordion.class).get(0).panels();
        WebElement accordion = single("accordion");
        List<WebElement> headers = accordion.findElements(By.cssSelector(HEADER));
        assertThat(headers).hasSize(panels.size());
        for (int i = 0; i < panels.size(); i++) {
            assertThat(plain(headers.get(i).getText())).isEqualTo(plain(panels.get(i).title()));
            assertThat(headers.get(i).getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(visible(accordion)).doesNotContain(textOf(panels.get(i).html()));
        }

        headers.get(0).click();
        until(() -> "true".equals(headers.get(0).getAttribute("aria-expanded")));
        assertThat(visible(accordion)).contains(textOf(panels.get(0).html()));

        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", headers.get(1));
        press(Keys.ENTER);
        until(() -> "true".equals(headers.get(1).getAttribute("aria-expanded")));
        assertThat(visible(accordion)).contains(textOf(panels.get(1).html()));
        assertThat(headers.get(0).getAttribute("aria-expanded"))
                .as("panels open independently")
                .isEqualTo("true");

        press(Keys.SPACE);
        until(() -> "false".equals(headers.get(1).getAttribute("aria-expanded")));
        assertThat(visible(accordion)).doesNotContain(textOf(panels.get(1).html()));
    }

    @ParameterizedTest(name = "{0} {1}", autoCloseArguments = false)
    @MethodSource("renderers")
    void tabsShowOnePanelAtATimeAndArrowKeysMoveBetweenTabs(
            LessonRenderer renderer, String language) {
        open(renderer, language, "blocs-lecture");
        List<LessonBlock.Panel> panels =
                blocks(language, "blocs-lecture", LessonBlock.Tabs.class).get(0).panels();
        WebElement tabs = single("tabs");
        assertThat(tabs.findElements(By.cssSelector("[role=tablist]"))).hasSize(1);
        List<WebElement> tab = tabs.findElements(By.cssSelector("[role=tab]"));
        assertThat(tab.stream().map(t -> plain(t.getText())).toList())
                .containsExactlyElementsOf(panels.stream().map(p -> plain(p.title())).toList());
        shows(tabs, tab, panels, 0);

        tab.get(1).click();
        until(() -> "true".equals(tab.get(1).getAttribute("aria-selected")));
        shows(tabs, tab, panels, 1);

        press(Keys.ARROW_RIGHT);
        until(() -> "true".equals(tab.get(2).getAttribute("aria-selected")));
        shows(tabs, tab, panels, 2);
        assertThat(browser.switchTo().activeElement())
                .as("focus follows the arrow")
                .isEqualTo(tab.get(2));

        press(Keys.ARROW_LEFT);
        until(() -> "true".equals(tab.get(1).getAttribute("aria-selected")));
        shows(tabs, tab, panels, 1);
    }

    private static void shows(
            WebElement tabs, List<WebElement> tab, List<LessonBlock.Panel> panels, int selected) {
        for (int i = 0; i < tab.size(); i++) {
            assertThat(tab.get(i).getAttribute("aria-selected"))
                    .as("tab %d selected", i)
                    .isEqualTo(String.valueOf(i == selected));
        }
        List<WebElement> shownPanels =
                tabs.findElements(By.cssSelector("[role=tabpanel]")).stream()
                        .filter(WebElement::isDisplayed)
                        .toList();
        assertThat(shownPanels).as("panels shown").hasSize(1);
        assertThat(visible(shownPanels.get(0))).contains(textOf(panels.get(selected).html()));
        for (int i = 0; i < panels.size(); i++) {
            if (i != selected) {
                assertThat(visible(tabs)).doesNotContain(textOf(panels.get(i).html()));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}", autoCloseArguments = false)
    @MethodSource("renderers")
    void flipCardsTurnToShowTheirBack(LessonRenderer renderer, String language) {
        open(renderer, language, "blocs-decouverte");
        List<LessonBlock.FlipCard> cards =
                blocks(language, "blocs-decouverte", LessonBlock.FlipCards.class).get(0).cards();
        WebElement block = single("flipcards");
        List<WebElement> buttons =
                block.findElements(
                        By.cssSelector("button[aria-pressed], [role=button][aria-pressed]"));
        assertThat(buttons).hasSize(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            assertThat(plain(buttons.get(i).getText())).isEqualTo(plain(cards.get(i).front()));
            assertThat(buttons.get(i).getAttribute("aria-pressed")).isEqualTo("false");
            assertThat(visible(block)).doesNotContain(textOf(cards.get(i).backHtml()));
        }

        buttons.get(0).click();
        until(() -> "true".equals(buttons.get(0).getAttribute("aria-pressed")));
        assertThat(visible(block)).contains(textOf(cards.get(0).backHtml()));

        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", buttons.get(1));
        press(Keys.ENTER);
        until(() -> "true".equals(buttons.get(1).getAttribute("aria-pressed")));
        assertThat(visible(block)).contains(textOf(cards.get(1).backHtml()));

        buttons.get(0).click();
        until(() -> "false".equals(buttons.get(0).getAttribute("aria-pressed")));
        assertThat(visible(block)).doesNotContain(textOf(cards.get(0).backHtml()));
    }

    @ParameterizedTest(name = "{0} {1}", autoCloseArguments = false)
    @MethodSource("renderers")
    void stepsShowOneStepAtATimeWithTheirPlace(LessonRenderer renderer, String language) {
        open(renderer, language, "blocs-decouverte");
        List<LessonBlock.Panel> steps =
                blocks(language, "blocs-decouverte", LessonBlock.Steps.class).get(0).steps();
        WebElement block = single("steps");
        WebElement previous = button(block, word(language, "block.steps.previous"));
        WebElement next = button(block, word(language, "block.steps.next"));
        showsStep(block, steps, 0, language);
        assertThat(enabled(previous)).as("no step before the first").isFalse();

        for (int i = 1; i < steps.size(); i++) {
            next.click();
            int step = i;
            until(
                    () ->
                            visible(block)
                                    .contains(
                                            word(
                                                    language,
                                                    "block.steps.progress",
                                                    step + 1,
                                                    steps.size())));
            showsStep(block, steps, i, language);
        }
        assertThat(enabled(next)).as("no step after the last").isFalse();

        previous.click();
        until(
                () ->
                        visible(block)
                                .contains(
                                        word(
                                                language,
                                                "block.steps.progress",
                                                steps.size() - 1,
                                                steps.size())));
        showsStep(block, steps, steps.size() - 2, language);
    }

    private static void showsStep(
            WebElement block, List<LessonBlock.Panel> steps, int current, String language) {
        String text = visible(block);
        assertThat(text)
                .contains(word(language, "block.steps.progress", current + 1, steps.size()));
        for (int i = 0; i < steps.size(); i++) {
            if (i == current) {
                assertThat(text).contains(plain(steps.get(i).title()), textOf(steps.get(i).html()));
            } else {
                assertThat(text)
                        .as("step %d hidden", i)
                        .doesNotContain(textOf(steps.get(i).html()));
            }
        }
    }

    private static WebElement button(WebElement block, String label) {
        return block.findElements(By.cssSelector("button, [role=button]")).stream()
                .filter(b -> plain(b.getText()).equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + label + "\""));
    }

    private static boolean enabled(WebElement button) {
        return !Boolean.parseBoolean(button.getDomProperty("disabled"));
    }

    @ParameterizedTest(name = "{0} {1}", autoCloseArguments = false)
    @MethodSource("renderers")
    void theFigureIsAnImageWithItsAltTextCaptionAndLongDescription(
            LessonRenderer renderer, String language) {
        open(renderer, language, "blocs-decouverte");
        LessonBlock.Figure figure =
                blocks(language, "blocs-decouverte", LessonBlock.Figure.class).get(0);
        WebElement block = single("figure");
        assertThat(block.getTagName()).isEqualTo("figure");
        WebElement svg = block.findElement(By.cssSelector("svg"));
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo(figure.alt());
        assertThat(plain(block.findElement(By.tagName("figcaption")).getText()))
                .isEqualTo(plain(figure.caption()));
        String description = textOf(figure.descriptionHtml());
        assertThat(visible(block)).doesNotContain(description);
        WebElement disclosure = block.findElement(By.tagName("summary"));
        assertThat(plain(disclosure.getText()))
                .isEqualTo(word(language, "block.figure.description"));
        disclosure.click();
        until(() -> visible(block).contains(description));
    }

    /**
     * Opens what the learner can open, so that axe also sees each block in its other states: every
     * accordion panel, the last tab, every card's back, the last step.
     */
    private void openEveryPart(String language, String lessonId) {
        for (WebElement accordion : onScreen("accordion")) {
            for (WebElement header : accordion.findElements(By.cssSelector(HEADER))) {
                header.click();
                until(() -> "true".equals(header.getAttribute("aria-expanded")));
            }
        }
        for (WebElement tabs : onScreen("tabs")) {
            List<WebElement> tab = tabs.findElements(By.cssSelector("[role=tab]"));
            WebElement last = tab.get(tab.size() - 1);
            last.click();
            until(() -> "true".equals(last.getAttribute("aria-selected")));
        }
        for (WebElement cards : onScreen("flipcards")) {
            for (WebElement card :
                    cards.findElements(
                            By.cssSelector("button[aria-pressed], [role=button][aria-pressed]"))) {
                card.click();
                until(() -> "true".equals(card.getAttribute("aria-pressed")));
            }
        }
        for (WebElement steps : onScreen("steps")) {
            WebElement next = button(steps, word(language, "block.steps.next"));
            int count = blocks(language, lessonId, LessonBlock.Steps.class).get(0).steps().size();
            for (int i = 1; i < count; i++) {
                next.click();
                int step = i + 1;
                until(
                        () ->
                                visible(steps)
                                        .contains(
                                                word(
                                                        language,
                                                        "block.steps.progress",
                                                        step,
                                                        count)));
            }
        }
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("bothRenderers")
    void everyLessonPassesAxeAndFitsA375PixelScreen(LessonRenderer renderer) {
        for (Lesson lesson : BlocksCourse.editions().edition("fr").lessons()) {
            if (browser == null) {
                open(renderer, "fr", lesson.id(), 375);
            } else {
                renderer.reopenLesson(browser, "fr", lesson.id());
            }
            Accessibility.assertNoViolations(browser, renderer.name() + " " + lesson.id());
            openEveryPart("fr", lesson.id());
            Accessibility.assertNoViolations(
                    browser, renderer.name() + " " + lesson.id() + ", every part opened");
            Number overflow =
                    (Number)
                            browser.executeScript(
                                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue())
                    .as("sideways scroll on %s at 375 px", lesson.id())
                    .isLessThanOrEqualTo(0);
        }
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("bothRenderers")
    void printedEveryPanelTabCardBackAndStepShows(LessonRenderer renderer) {
        open(renderer, "fr", "blocs-lecture");
        printMedia();
        List<String> hidden = new java.util.ArrayList<>();
        String lecture = visible(browser.findElement(By.tagName("main")));
        blocks("fr", "blocs-lecture", LessonBlock.Accordion.class)
                .get(0)
                .panels()
                .forEach(p -> expect(lecture, p.html(), hidden));
        blocks("fr", "blocs-lecture", LessonBlock.Tabs.class)
                .get(0)
                .panels()
                .forEach(p -> expect(lecture, p.html(), hidden));

        renderer.reopenLesson(browser, "fr", "blocs-decouverte");
        printMedia();
        String discovery = visible(browser.findElement(By.tagName("main")));
        blocks("fr", "blocs-decouverte", LessonBlock.FlipCards.class)
                .get(0)
                .cards()
                .forEach(c -> expect(discovery, c.backHtml(), hidden));
        blocks("fr", "blocs-decouverte", LessonBlock.Steps.class)
                .get(0)
                .steps()
                .forEach(s -> expect(discovery, s.html(), hidden));
        expect(
                discovery,
                blocks("fr", "blocs-decouverte", LessonBlock.Figure.class).get(0).descriptionHtml(),
                hidden);
        assertThat(hidden).as("texts a printed page leaves out").isEmpty();
    }

    private static void expect(String page, String html, List<String> hidden) {
        if (!page.contains(textOf(html))) {
            hidden.add(textOf(html));
        }
    }

    private void printMedia() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }
}
