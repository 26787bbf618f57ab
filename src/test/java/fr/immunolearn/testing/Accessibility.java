package fr.immunolearn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A/AA rules, and the phone-width check, as assertions on the page shown. */
public final class Accessibility {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa");

    private Accessibility() {}

    /** Fails listing every violation axe finds on the page, with the elements concerned. */
    public static void assertNoViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.getViolations())
                .as("axe violations on " + page + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    /** At 375 px wide (a small phone), nothing may scroll sideways. */
    public static void assertNoHorizontalScrollAtPhoneWidth(WebDriver driver, String page) {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(375, 812));
            Long scrollWidth =
                    (Long)
                            ((JavascriptExecutor) driver)
                                    .executeScript(
                                            "return new Promise(r => requestAnimationFrame(() => r(document.documentElement.scrollWidth)))");
            Long viewport =
                    (Long)
                            ((JavascriptExecutor) driver)
                                    .executeScript("return document.documentElement.clientWidth");
            assertThat(scrollWidth)
                    .as("page width at 375 px on " + page)
                    .isLessThanOrEqualTo(viewport);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(
                        v ->
                                "- "
                                        + v.getId()
                                        + ": "
                                        + v.getHelp()
                                        + " → "
                                        + v.getNodes().stream()
                                                .map(
                                                        n ->
                                                                n.getTarget()
                                                                        + " "
                                                                        + n.getFailureSummary())
                                                .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }
}
