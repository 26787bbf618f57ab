package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.learnerui.LearnerSteps;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.LongPasswords;
import java.time.Duration;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The registration form in Chromium: a password BCrypt cannot take and an address that looks like a
 * registered one are each refused under their field, in the learner's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationIT {

    private static final ResourceBundle FRENCH =
            ResourceBundle.getBundle("vaadin-i18n/translations_fr");

    @LocalServerPort int port;

    @Autowired CourseEditions editions;

    @Autowired Registration registration;

    @Autowired AccountRepository accounts;

    private final ChromeDriver browser = Browser.start();

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String errorUnder(String field) {
        return Browser.waitUpTo(browser, Duration.ofSeconds(30))
                .until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(field + "[invalid] [slot='error-message']")))
                .getText();
    }

    @Test
    void aPasswordOver72BytesAndALookAlikeAddressAreRefusedUnderTheirFields() {
        LearnerSteps steps =
                new LearnerSteps(browser, "http://localhost:" + port, editions.defaultEdition());
        String email =
                "jean.dupont."
                        + UUID.randomUUID().toString().substring(0, 8).replaceAll("[^0-9]", "x")
                        + "@example.fr";
        steps.register("Jean Dupont", email, LongPasswords.ASCII_73);
        assertThat(errorUnder("vaadin-password-field"))
                .isEqualTo(FRENCH.getString("register.error.password.long"));
        assertThat(accounts.existsByEmail(email)).isFalse();

        registration.registerLearner(
                new RegistrationForm("Jean Dupont", email, "une phrase facile 42", "fr"));
        steps.register("Jean Dupont", email + "\u200B", "une phrase facile 42");
        assertThat(errorUnder("vaadin-email-field"))
                .isEqualTo(FRENCH.getString("register.error.email.taken"));
        steps.register(
                "Jean Dupont", email.replace("dupont", "dup\u043Ent"), "une phrase facile 42");
        assertThat(errorUnder("vaadin-email-field"))
                .isEqualTo(FRENCH.getString("register.error.email.mixed"));
    }
}
