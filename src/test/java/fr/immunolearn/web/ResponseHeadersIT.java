package fr.immunolearn.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.learnerui.LearnerSteps;
import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.testing.Browser;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every kind of response carries the security headers: a Vaadin page and its UIDL answers, static
 * files, redirects to sign-in, 404s and refusals, a trainer's download, the SCORM preview (with a
 * policy of its own) and Actuator. The session cookie is SameSite=Lax and HttpOnly, and no URL ever
 * carries the session id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResponseHeadersIT {

    private static final String PASSWORD = "une phrase facile 42";
    private static final String PREVIEW = "/formateur/apercu-scorm/scorm12.fr.-.-.r.-/";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern BUNDLE_SCRIPT =
            Pattern.compile("src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"");

    @LocalServerPort int port;

    @Autowired Registration registration;

    @Autowired CourseEditions editions;

    private VaadinClient vaadin;

    @BeforeEach
    void client() {
        vaadin = new VaadinClient(port);
    }

    @Test
    void aVaadinPageAndItsBootstrapScriptsCarryTheNonceOfItsPolicy() throws Exception {
        HttpResponse<String> page = vaadin.get("/connexion", null);
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = assertHeaders("sign-in page", page);
        assertThat(policy)
                .contains("script-src 'self' 'unsafe-eval' 'nonce-")
                .doesNotContain("'unsafe-inline' 'nonce");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).isTrue();
        assertThat(org.jsoup.Jsoup.parse(page.body()).select("script"))
                .isNotEmpty()
                .allSatisfy(
                        script ->
                                assertThat(script.attr("nonce"))
                                        .as(script.outerHtml())
                                        .isEqualTo(nonce.group(1)));
        String again =
                vaadin.get("/connexion", null)
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow();
        assertThat(again).as("a nonce per response").isNotEqualTo(policy);
    }

    @Test
    void staticFilesAndVaadinsAnswersCarryTheHeaders() throws Exception {
        assertHeaders("stylesheet", expect(200, vaadin.get("/styles/immunolearn.css", null)));
        Matcher bundle = BUNDLE_SCRIPT.matcher(vaadin.get("/connexion", null).body());
        assertThat(bundle.find()).as("the page loads Vaadin's bundle").isTrue();
        assertHeaders("Vaadin bundle", expect(200, vaadin.get("/" + bundle.group(1), null)));
        VaadinClient.Session session = vaadin.openSession();
        assertHeaders("UIDL answer", expect(200, vaadin.postEmptyMessage(session)));
        assertHeaders("refused UIDL body", expect(400, vaadin.postUidl(session, "{\"csrf\"")));
        assertHeaders("health", expect(200, vaadin.get("/actuator/health", null)));
    }

    @Test
    void redirectsToSignInCarryTheHeadersAndNoSessionIdInTheirUrl() throws Exception {
        HttpResponse<String> download =
                expect(302, vaadin.get("/formateur/telechargement/apprenants.csv", null));
        assertHeaders("redirect to sign-in", download);
        assertThat(download.headers().firstValue("Location").orElseThrow())
                .endsWith("/connexion")
                .doesNotContainIgnoringCase("jsessionid");
        HttpResponse<String> vaadinFolder = vaadin.get("/VAADIN/", null);
        assertHeaders("VAADIN folder", vaadinFolder);
        assertThat(vaadinFolder.headers().firstValue("Location").orElse(""))
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(vaadin.get("/connexion", null).body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        String cookie =
                vaadin.get("/connexion", null).headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst()
                        .orElseThrow();
        assertThat(cookie)
                .containsIgnoringCase("; SameSite=Lax")
                .containsIgnoringCase("; HttpOnly");
    }

    @Test
    void aTrainersDownloadsAndTheScormPreviewCarryTheHeaders() throws Exception {
        String email = "headers-trainer-" + UUID.randomUUID() + "@example.fr";
        registration.registerTrainer(new RegistrationForm("Formateur Test", email, PASSWORD, "fr"));
        String cookie;
        ChromeDriver browser = Browser.start();
        try {
            new LearnerSteps(browser, "http://localhost:" + port, editions.edition("fr"))
                    .signIn(email, PASSWORD);
            cookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        } finally {
            browser.quit();
        }
        HttpResponse<String> csv =
                expect(200, vaadin.get("/formateur/telechargement/apprenants.csv", cookie));
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertHeaders("CSV download", csv);
        assertHeaders(
                "unknown package",
                expect(404, vaadin.get("/formateur/telechargement/scorm/nope", cookie)));
        for (String file :
                new String[] {"lms.html", "lms.js", "package/index.html", "package/player.js"}) {
            String policy =
                    assertHeaders(
                            "preview " + file, expect(200, vaadin.get(PREVIEW + file, cookie)));
            // The player runs no eval and one inline script, allowed by its hash.
            assertThat(policy)
                    .as(file)
                    .contains("script-src 'self' 'sha256-")
                    .doesNotContain("unsafe-eval")
                    .doesNotContain("nonce-");
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        return response;
    }

    /** Asserts the headers every response carries and returns its Content-Security-Policy. */
    private static String assertHeaders(String what, HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .as(what + ": one policy")
                .hasSize(1);
        assertThat(policy)
                .as(what)
                .contains(
                        "default-src 'self'",
                        "object-src 'none'",
                        "base-uri 'self'",
                        "form-action 'self'",
                        "frame-ancestors 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(response.headers().firstValue("Referrer-Policy"))
                .as(what)
                .hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy").orElse(""))
                .as(what)
                .contains("camera=()", "microphone=()", "geolocation=()");
        return policy;
    }
}
