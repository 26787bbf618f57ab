package fr.immunolearn.trainerui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.learnerui.LearnerSteps;
import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.testing.Browser;
import fr.immunolearn.testing.DatabaseTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may open the trainer's pages and files: anonymous visitors are sent to sign in, learners are
 * refused (the page does not exist for them), trainers are let in. Every route and every download,
 * one by one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class TrainerAccessIT {

    private static final String PASSWORD = "une phrase facile 42";
    private static final String TOKEN = "scorm12.fr.-.-.r.-";

    @LocalServerPort int port;

    @Autowired Registration registration;

    @Autowired CourseEditions editions;

    private ChromeDriver browser;
    private LearnerSteps steps;
    private String learnerEmail;
    private String trainerEmail;
    private long learnerId;

    @BeforeEach
    void accounts() {
        learnerEmail = "access-learner-" + UUID.randomUUID() + "@example.fr";
        trainerEmail = "access-trainer-" + UUID.randomUUID() + "@example.fr";
        learnerId =
                registration
                        .registerLearner(
                                new RegistrationForm("Apprenant", learnerEmail, PASSWORD, "fr"))
                        .id();
        registration.registerTrainer(
                new RegistrationForm("Formateur Test", trainerEmail, PASSWORD, "fr"));
        browser = Browser.start();
        steps = new LearnerSteps(browser, base(), editions.edition("fr"));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Each trainer page and the heading a trainer sees on it. */
    private Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("formateur", "Apprenants");
        routes.put("formateur/questions", "Questions");
        routes.put("formateur/export", "Export SCORM");
        routes.put("formateur/contenu", "Vérification du contenu");
        routes.put("formateur/apprenant/" + learnerId, "Apprenant");
        return routes;
    }

    private static List<String> downloads() {
        return List.of(
                "formateur/telechargement/apprenants.csv",
                "formateur/telechargement/questions.csv?style=semicolon",
                "formateur/telechargement/scorm/" + TOKEN,
                "formateur/apercu-scorm/" + TOKEN + "/lms.html",
                "formateur/apercu-scorm/" + TOKEN + "/lms.js",
                "formateur/apercu-scorm/" + TOKEN + "/package/index.html",
                "formateur/apercu-scorm/" + TOKEN + "/package/imsmanifest.xml",
                "formateur/telechargement/banque/moodle-xml.fr.r",
                "formateur/telechargement/banque/gift.en.o");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String route : routes().keySet()) {
            steps.open(route);
            steps.find("vaadin-login-form");
            assertThat(steps.heading()).as(route).isEqualTo("Se connecter");
        }
        for (String download : downloads()) {
            HttpResponse<byte[]> response = TrainerSteps.download(browser, base(), download);
            assertThat(response.statusCode()).as(download).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as(download)
                    .endsWith("/connexion");
        }
    }

    @Test
    void learnersAreRefusedEverywhere() throws Exception {
        steps.signIn(learnerEmail, PASSWORD);
        for (String route : routes().keySet()) {
            steps.open(route);
            assertThat(steps.heading()).as(route).isEqualTo("Page introuvable");
            assertThat(steps.all(".trainer-page")).as(route).isEmpty();
        }
        for (String download : downloads()) {
            HttpResponse<byte[]> response = TrainerSteps.download(browser, base(), download);
            assertThat(response.statusCode()).as(download).isEqualTo(403);
            assertThat(new String(response.body()))
                    .as(download)
                    .contains("\"status\":403")
                    .doesNotContain("Apprenant")
                    .doesNotContain("<manifest")
                    .doesNotContain("scoring");
        }
        assertThat(steps.all(".trainer-link")).isEmpty();
    }

    @Test
    void trainersAreLetIn() throws Exception {
        steps.signIn(trainerEmail, PASSWORD);
        for (Map.Entry<String, String> route : routes().entrySet()) {
            steps.open(route.getKey());
            steps.assertOn(route.getValue());
            assertThat(steps.all(".trainer-page")).as(route.getKey()).hasSize(1);
        }
        for (String download : downloads()) {
            HttpResponse<byte[]> response = TrainerSteps.download(browser, base(), download);
            assertThat(response.statusCode()).as(download).isEqualTo(200);
            assertThat(response.body()).as(download).isNotEmpty();
        }
        assertThat(
                        TrainerSteps.download(
                                        browser,
                                        base(),
                                        "formateur/telechargement/banque/gift.fr.r.no-such-quiz")
                                .statusCode())
                .isEqualTo(404);
        assertThat(
                        TrainerSteps.download(
                                        browser,
                                        base(),
                                        "formateur/telechargement/scorm/not-a-token")
                                .statusCode())
                .isEqualTo(404);
        assertThat(
                        TrainerSteps.download(
                                        browser,
                                        base(),
                                        "formateur/apercu-scorm/" + TOKEN + "/package/../pom.xml")
                                .statusCode())
                .isIn(400, 404);
    }
}
