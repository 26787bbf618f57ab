package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.learnerui.LearnerSteps;
import fr.immunolearn.testing.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-in form in Chromium: it posts the page's CSRF token, so signing in works with the token
 * required, and a held-back attempt says how long to wait, in French and in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserSignInIT {

    private static final String PASSWORD = "une phrase facile 42";

    /** The text of the login form's error box, in the shadow root of the form's wrapper. */
    private static final String ERROR_TEXT =
            """
            const find = root => {
              for (const element of root.querySelectorAll('*')) {
                if (element.localName === 'vaadin-login-form-wrapper') return element;
                if (element.shadowRoot) { const found = find(element.shadowRoot); if (found) return found; }
              }
              return null;
            };
            const wrapper = find(document);
            const box = wrapper && wrapper.shadowRoot && wrapper.shadowRoot.querySelector('[part="error-message"]');
            if (!box) return 'no error box';
            return box.hasAttribute('hidden') ? 'hidden' : box.textContent.replace(/\\s+/g, ' ').trim();
            """;

    @LocalServerPort int port;

    @Autowired Registration registration;

    @Autowired CourseEditions editions;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver newBrowser() {
        ChromeDriver browser = Browser.start();
        browsers.add(browser);
        return browser;
    }

    private String newLearner() {
        String email = "navigateur-" + UUID.randomUUID() + "@example.fr";
        registration.registerLearner(new RegistrationForm("Navigateur", email, PASSWORD, "fr"));
        return email;
    }

    /** Types into the form and presses "Se connecter", then waits for the page it leads to. */
    private void submit(ChromeDriver browser, LearnerSteps steps, String email, String password) {
        steps.open("connexion");
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(email);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(30))
                .until(b -> !b.getCurrentUrl().equals(before));
        steps.waitForVaadin();
    }

    /** The error box's text once it shows {@code title}. */
    private static String errorText(ChromeDriver browser, String title) {
        AtomicReference<Object> last = new AtomicReference<>();
        try {
            return Browser.waitUpTo(browser, Duration.ofSeconds(30))
                    .until(
                            b -> {
                                last.set(((JavascriptExecutor) b).executeScript(ERROR_TEXT));
                                return last.get() instanceof String text && text.contains(title)
                                        ? text
                                        : null;
                            });
        } catch (TimeoutException notShown) {
            throw new AssertionError(
                    "the sign-in form shows no \"" + title + "\" but: " + last.get(), notShown);
        }
    }

    @Test
    void theFormSignsInWithItsTokenAndAHeldBackAttemptSaysHowLongToWaitInBothLanguages() {
        String email = newLearner();
        ChromeDriver browser = newBrowser();
        LearnerSteps steps =
                new LearnerSteps(browser, "http://localhost:" + port, editions.edition("fr"));
        submit(browser, steps, email, PASSWORD);
        steps.waitForSignedIn();

        ChromeDriver other = newBrowser();
        LearnerSteps guesser =
                new LearnerSteps(other, "http://localhost:" + port, editions.edition("fr"));
        for (int i = 0; i < 5; i++) {
            submit(other, guesser, email, "mauvais " + i);
            assertThat(other.getCurrentUrl()).endsWith("/connexion?error");
            assertThat(errorText(other, "Connexion impossible"))
                    .contains("Adresse e-mail ou mot de passe incorrect.");
        }
        // The sixth is held back, right password or not, and says so.
        submit(other, guesser, email, PASSWORD);
        assertThat(other.getCurrentUrl()).matches(".*/connexion\\?wait=\\d+");
        assertThat(errorText(other, "Trop de tentatives"))
                .containsPattern("Réessayez dans \\d+ s\\.");

        guesser.click(".language-switch");
        guesser.all("vaadin-select-item").stream()
                .filter(item -> item.getText().equals("English"))
                .findFirst()
                .orElseThrow()
                .click();
        guesser.waitForVaadin();
        assertThat(errorText(other, "Too many attempts")).containsPattern("Try again in \\d+ s\\.");
    }
}
