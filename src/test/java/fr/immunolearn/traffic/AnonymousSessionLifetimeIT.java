package fr.immunolearn.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.testing.SignInForm;
import fr.immunolearn.testing.TestContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A session that nobody signs in to lives only the short anonymous lifetime (2 s here) and then
 * stops counting against its address; once its learner signs in, it lives the usual lifetime.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "immunolearn.traffic.anonymous-session-timeout=2s")
@ActiveProfiles("test")
class AnonymousSessionLifetimeIT {

    private static final String ADDRESS = "127.0.0.1";

    @LocalServerPort int port;

    @Autowired SessionCensus census;

    @Autowired Registration registration;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAnonymousSessionEndsAfterTheShortLifetimeAndIsForgotten() throws Exception {
        String first = AnonymousSessionCapIT.sessionCookie(get("/connexion", null));
        assertThat(first).isNotNull();
        assertThat(census.anonymousSessions(ADDRESS)).isPositive();

        Thread.sleep(3_000);
        HttpResponse<String> later = get("/connexion", first);
        String second = AnonymousSessionCapIT.sessionCookie(later);
        assertThat(second)
                .as("the expired session is replaced by a new one")
                .isNotNull()
                .isNotEqualTo(first);

        // Tomcat removes expired sessions on its background run, every 10 s here: then the address
        // holds none (the second session has expired too by then).
        long end = System.nanoTime() + 40_000_000_000L;
        while (census.anonymousSessions(ADDRESS) > 0 && System.nanoTime() < end) {
            Thread.sleep(500);
        }
        assertThat(census.anonymousSessions(ADDRESS)).isZero();
    }

    @Test
    void aSignedInSessionOutlivesTheAnonymousLifetime() throws Exception {
        String email = "lifetime-" + UUID.randomUUID() + "@example.fr";
        String password = "une phrase qui dure 12";
        registration.registerLearner(new RegistrationForm("Lifetime", email, password, "fr"));
        SignInForm form = new SignInForm(http, base());
        HttpResponse<String> signIn = form.post(form.open(Map.of()), email, password, Map.of());
        assertThat(SignInForm.location(signIn))
                .as("signed in")
                .isNotEmpty()
                .doesNotContain("/connexion");
        String signedIn = AnonymousSessionCapIT.sessionCookie(signIn);
        assertThat(signedIn).as("a new session id at sign-in").isNotNull();

        Thread.sleep(3_000);
        String lesson = "/lecon/" + TestContent.editions().defaultEdition().lessons().get(0).id();
        HttpResponse<String> page = get(lesson, signedIn);
        assertThat(page.statusCode())
                .as("still signed in after the anonymous lifetime")
                .isEqualTo(200);
        assertThat(AnonymousSessionCapIT.sessionCookie(page)).isNull();
    }

    private String base() {
        return "http://" + ADDRESS + ":" + port;
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
