package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.DatabaseTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in over HTTP, as the browser's login form posts it: passwords, throttling, Actuator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class SignInIT {

    private static final String PASSWORD = "une phrase facile 42";

    @LocalServerPort
    int port;

    @Autowired
    Registration registration;

    @Autowired
    AccountRepository accounts;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> signIn(String email, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String newLearner() {
        String email = "signin-" + UUID.randomUUID() + "@example.fr";
        registration.registerLearner(new RegistrationForm("Sign In", email, PASSWORD, "fr"));
        return email;
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        Account account = accounts.findByEmail(newLearner()).orElseThrow();
        assertThat(account.passwordHash()).startsWith("$2").doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, account.passwordHash())).isTrue();
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneIsRefused() throws Exception {
        String email = newLearner();
        assertThat(signIn(email, "pas le bon mot de passe").headers().firstValue("Location").orElse(""))
                .endsWith("/connexion?error");
        HttpResponse<String> ok = signIn(email.toUpperCase(), PASSWORD);
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void afterFiveWrongPasswordsTheAccountIsLockedEvenForTheRightOne() throws Exception {
        String email = newLearner();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "mauvais " + i).headers().firstValue("Location").orElse("")).endsWith("?error");
        }
        assertThat(accounts.findByEmail(email).orElseThrow().lockedUntil()).isNotNull();
        assertThat(signIn(email, PASSWORD).headers().firstValue("Location").orElse("")).endsWith("/connexion?locked");
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String email = newLearner();
        signIn(email, "mauvais");
        signIn(email, "mauvais encore");
        signIn(email, PASSWORD);
        assertThat(accounts.findByEmail(email).orElseThrow().failedLogins()).isZero();
    }

    @Test
    void anAddressTypedWithInvisibleOrFullWidthCharactersSignsIntoTheSameAccount() throws Exception {
        String email = newLearner();
        for (String typed : new String[] {email + "\u200B", "\u00A0" + email, "\uFEFF" + email.toUpperCase(),
            email.replace("signin", "ｓｉｇｎｉｎ")}) {
            assertThat(signIn(typed, PASSWORD).headers().firstValue("Location").orElse(""))
                    .as(typed.codePoints().mapToObj(c -> c < 128 ? Character.toString(c) : String.format("\\u%04X", c))
                            .reduce("", String::concat))
                    .isNotEmpty().doesNotContain("error");
        }
        for (int i = 0; i < 3; i++) {
            signIn(email + "\u200B", "mauvais " + i);
        }
        assertThat(accounts.findByEmail(email).orElseThrow().failedLogins()).as("failures counted on the same account")
                .isEqualTo(3);
    }

    @Test
    void onlyTheHealthEndpointOfActuatorIsOpen() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
                "/actuator/heapdump", "/actuator/health/db"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("spring.datasource");
        }
    }
}
