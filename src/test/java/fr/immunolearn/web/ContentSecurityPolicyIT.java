package fr.immunolearn.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.learnerui.LearnerSteps;
import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.testing.Browser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Content-Security-Policy leaves every page working in Chromium: each kind of page of the
 * learner and of the trainer, and the SCORM preview with the course running in its frames, with not
 * one violation reported. A listener placed in every document before its own scripts run records
 * each {@code securitypolicyviolation}; that it would see one is checked too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContentSecurityPolicyIT {

    private static final String PASSWORD = "une phrase facile 42";
    private static final String RECORD_VIOLATIONS =
            """
            document.addEventListener('securitypolicyviolation', function (e) {
              var seen = JSON.parse(localStorage.getItem('csp-violations') || '[]');
              seen.push(location.pathname + ': ' + e.effectiveDirective + ' blocked ' + e.blockedURI
                  + ' ' + (e.sample || ''));
              localStorage.setItem('csp-violations', JSON.stringify(seen));
            });
            """;

    @LocalServerPort int port;

    @Autowired CourseEditions editions;

    @Autowired Registration registration;

    private ChromeDriver browser;
    private LearnerSteps steps;
    private Course course;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        browser.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        course = editions.edition("fr");
        steps = new LearnerSteps(browser, "http://localhost:" + port, course);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aLearnersPagesWorkWithNoViolation() {
        steps.open("");
        assertNoViolation("home, signed out");
        steps.open("connexion");
        steps.find("vaadin-login-form");
        assertNoViolation("sign-in");
        steps.register("Camille", "csp-" + UUID.randomUUID() + "@example.fr", PASSWORD);
        steps.waitForSignedIn();
        steps.assertOn(course.title());
        assertNoViolation("registration, then home signed in");

        Lesson lesson = course.lessons().get(0);
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
        assertNoViolation("lesson");
        steps.click(".to-quiz");
        steps.assertOn(lesson.quiz().title());
        while (true) {
            steps.answerCurrentQuestion(true);
            if (steps.onLastQuestion()) {
                break;
            }
            steps.nextQuestion();
        }
        assertNoViolation("quiz");
        steps.seeResults();
        assertThat(steps.find(".verdict").getText()).contains("Réussi");
        assertNoViolation("results");
    }

    @Test
    void aTrainersPagesAndTheScormPreviewWorkWithNoViolation() {
        String email = "csp-trainer-" + UUID.randomUUID() + "@example.fr";
        long learner =
                registration
                        .registerLearner(
                                new RegistrationForm(
                                        "Apprenant",
                                        "csp-learner-" + UUID.randomUUID() + "@example.fr",
                                        PASSWORD,
                                        "fr"))
                        .id();
        registration.registerTrainer(new RegistrationForm("Formateur Test", email, PASSWORD, "fr"));
        steps.signIn(email, PASSWORD);
        for (Map.Entry<String, String> page :
                Map.of(
                                "formateur",
                                "Apprenants",
                                "formateur/questions",
                                "Questions",
                                "formateur/contenu",
                                "Vérification du contenu",
                                "formateur/apprenant/" + learner,
                                "Apprenant")
                        .entrySet()) {
            steps.open(page.getKey());
            steps.assertOn(page.getValue());
            assertNoViolation(page.getKey());
        }
        steps.open("formateur/export");
        steps.assertOn("Export SCORM");
        steps.click(".prepare-export");
        steps.find(".export-sound");
        browser.switchTo().frame(steps.find("iframe.preview-frame"));
        steps.find("#state-status");
        browser.switchTo().frame(steps.find("iframe#sco"));
        assertThat(steps.find("h1").getText()).isEqualTo(course.title());
        browser.switchTo().defaultContent();
        assertNoViolation("SCORM export and its preview");
        String previewUrl = steps.find(".preview-link").getAttribute("href");
        browser.get(previewUrl);
        browser.switchTo().frame(steps.find("iframe#sco"));
        assertThat(steps.find("h1").getText()).isEqualTo(course.title());
        browser.switchTo().defaultContent();
        // The preview LMS shows what the course recorded: its scripts ran.
        assertThat(browser.findElement(By.id("preview-edition")).getText()).isEqualTo("SCORM 1.2");
        assertNoViolation("SCORM preview in its own tab");
    }

    @Test
    void anInlineScriptWithoutTheNonceIsRefusedAndReported() {
        steps.open("connexion");
        steps.find("vaadin-login-form");
        browser.executeScript(
                "var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                        + " document.head.appendChild(s);");
        assertThat(browser.executeScript("return window.injected === true")).isEqualTo(false);
        assertThat(violations()).singleElement().asString().contains("script-src");
    }

    private List<?> violations() {
        return (List<?>)
                browser.executeScript(
                        "return JSON.parse(localStorage.getItem('csp-violations') || '[]')");
    }

    private void assertNoViolation(String page) {
        assertThat(violations()).as(page).isEmpty();
    }
}
