package fr.immunolearn.security;

import static fr.immunolearn.testing.SignInForm.location;
import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.DatabaseTest;
import fr.immunolearn.testing.SignInForm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in over HTTP, as the browser's login form posts it: passwords, throttling, forged sign-ins,
 * Actuator. The app runs as the README says to run it behind a proxy ({@code
 * server.forward-headers-strategy=native}), so each test is a client address of its own through
 * {@code X-Forwarded-For}; the first delay of the throttle is three seconds instead of a minute, to
 * keep the tests quick, every other limit is the default.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.forward-headers-strategy=native",
            "immunolearn.sign-in.first-delay=3s"
        })
@DatabaseTest
class SignInIT {

    private static final String PASSWORD = "une phrase facile 42";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort int port;

    @Autowired Registration registration;

    @Autowired AccountRepository accounts;

    @Autowired PasswordEncoder passwords;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private SignInForm form;

    @BeforeEach
    void openTheSite() {
        form = new SignInForm(http, "http://localhost:" + port);
    }

    /** A client address of its own for each caller, as a proxy would pass it on. */
    private static Map<String, String> newClient() {
        int n = ADDRESSES.incrementAndGet();
        return Map.of("X-Forwarded-For", "198.51." + (100 + n / 250) + "." + (1 + n % 250));
    }

    private HttpResponse<String> signIn(String email, String password, Map<String, String> client)
            throws Exception {
        return form.signIn(email, password, client);
    }

    private static boolean signedIn(HttpResponse<?> response) {
        return response.statusCode() == 302 && !location(response).contains("/connexion");
    }

    private static boolean slowedDown(HttpResponse<?> response) {
        return location(response).matches(".*/connexion\\?wait=\\d+");
    }

    private String newLearner() {
        String email = "signin-" + UUID.randomUUID() + "@example.fr";
        registration.registerLearner(new RegistrationForm("Sign In", email, PASSWORD, "fr"));
        return email;
    }

    private static String unknownEmail() {
        return "nobody-" + UUID.randomUUID() + "@example.fr";
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
        Map<String, String> client = newClient();
        assertThat(location(signIn(email, "pas le bon mot de passe", client)))
                .endsWith("/connexion?error");
        HttpResponse<String> ok = signIn(email.toUpperCase(), PASSWORD, client);
        assertThat(signedIn(ok)).as(location(ok)).isTrue();
    }

    @Test
    void afterFiveWrongPasswordsTheNextAttemptWaitsButTheAccountIsNeverLocked() throws Exception {
        String email = newLearner();
        Map<String, String> guesser = newClient();
        for (int i = 0; i < 5; i++) {
            assertThat(location(signIn(email, "mauvais " + i, guesser)))
                    .endsWith("/connexion?error");
        }
        // The sixth attempt is not even evaluated: the right password gets the same answer as a
        // wrong one.
        HttpResponse<String> early = signIn(email, PASSWORD, guesser);
        assertThat(location(early)).endsWith("/connexion?wait=3");
        assertThat(location(signIn(email, "mauvais 6", guesser))).isEqualTo(location(early));
        // Meanwhile the account is open to anyone else, and to the same client once the delay is
        // over.
        assertThat(signedIn(signIn(email, PASSWORD, newClient()))).isTrue();
        Thread.sleep(3_100);
        assertThat(signedIn(signIn(email, PASSWORD, guesser))).isTrue();
    }

    @Test
    void theDelayDoublesWithEachFurtherWrongPassword() throws Exception {
        String email = newLearner();
        Map<String, String> guesser = newClient();
        for (int i = 0; i < 5; i++) {
            signIn(email, "mauvais " + i, guesser);
        }
        Thread.sleep(3_100);
        assertThat(location(signIn(email, "mauvais 5", guesser))).endsWith("/connexion?error");
        assertThat(location(signIn(email, PASSWORD, guesser))).endsWith("/connexion?wait=6");
    }

    @Test
    void anAnonymousAttackerCannotLockTheTrainerOut() throws Exception {
        String trainer = "formatrice-" + UUID.randomUUID() + "@example.fr";
        registration.registerTrainer(
                new RegistrationForm("Camille Martin", trainer, PASSWORD, "fr"));
        Map<String, String> attacker = newClient();
        int evaluated = 0;
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> guess = signIn(trainer, "devine " + i, attacker);
            assertThat(signedIn(guess)).isFalse();
            evaluated += location(guess).endsWith("?error") ? 1 : 0;
        }
        assertThat(evaluated).as("guesses evaluated").isEqualTo(5);
        HttpResponse<String> trainerSignsIn = signIn(trainer, PASSWORD, newClient());
        assertThat(signedIn(trainerSignsIn)).as(location(trainerSignsIn)).isTrue();
    }

    @Test
    void sprayingManyAccountsFromOneAddressIsSlowedWithTheSameAnswerForEveryName()
            throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            names.add(i % 2 == 0 ? newLearner() : unknownEmail());
        }
        Map<String, String> sprayer = newClient();
        int evaluated = 0;
        int slowed = 0;
        for (int round = 0; round < 4; round++) {
            for (String name : names) {
                HttpResponse<String> guess = signIn(name, "Motdepasse" + round, sprayer);
                assertThat(signedIn(guess)).isFalse();
                evaluated += location(guess).endsWith("/connexion?error") ? 1 : 0;
                slowed += slowedDown(guess) ? 1 : 0;
            }
        }
        assertThat(evaluated + slowed).isEqualTo(144);
        // The address's budget is 30 wrong passwords an hour, whichever names they were tried on.
        assertThat(evaluated).as("guesses evaluated").isEqualTo(30);
        // Once it is spent, even a right password from that address gets the same answer,
        // unevaluated...
        HttpResponse<String> right = signIn(names.get(0), PASSWORD, sprayer);
        assertThat(slowedDown(right)).as(location(right)).isTrue();
        // ...while the learner signs in from anywhere else.
        assertThat(signedIn(signIn(names.get(0), PASSWORD, newClient()))).isTrue();
    }

    @Test
    void existingAndUnknownAddressesGetTheSameAnswersAttemptAfterAttempt() throws Exception {
        List<String> existing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String learner = newLearner();
        String nobody = unknownEmail();
        Map<String, String> first = newClient();
        Map<String, String> second = newClient();
        for (int i = 0; i < 8; i++) {
            existing.add(
                    location(signIn(learner, "mauvais " + i, first))
                            .replaceAll("wait=\\d+", "wait=N"));
            unknown.add(
                    location(signIn(nobody, "mauvais " + i, second))
                            .replaceAll("wait=\\d+", "wait=N"));
        }
        assertThat(existing)
                .isEqualTo(unknown)
                .anyMatch(answer -> answer.endsWith("/connexion?wait=N"));
    }

    @Test
    void guessesSentAllAtOnceAreEvaluatedNoMoreThanFiveTimes() throws Exception {
        String email = newLearner();
        Map<String, String> guesser = newClient();
        List<SignInForm.Page> pages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            pages.add(form.open(guesser));
        }
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Future<HttpResponse<String>>> guesses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                SignInForm.Page page = pages.get(i);
                String guess = "devine " + i;
                guesses.add(pool.submit(() -> form.post(page, email, guess, guesser)));
            }
            int evaluated = 0;
            for (Future<HttpResponse<String>> guess : guesses) {
                evaluated += location(guess.get()).endsWith("/connexion?error") ? 1 : 0;
            }
            assertThat(evaluated).as("guesses evaluated").isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String email = newLearner();
        Map<String, String> client = newClient();
        for (int i = 0; i < 4; i++) {
            signIn(email, "mauvais " + i, client);
        }
        assertThat(signedIn(signIn(email, PASSWORD, client))).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(location(signIn(email, "encore " + i, client))).endsWith("/connexion?error");
        }
    }

    @Test
    void aSignInPostedFromAnotherSiteDoesNotSignIn() throws Exception {
        // Login CSRF: a foreign page posts the attacker's own credentials, to sign the visitor into
        // them.
        String attackersAccount = newLearner();
        HttpResponse<String> forged =
                form.post(
                        null,
                        attackersAccount,
                        PASSWORD,
                        Map.of("Origin", "https://attacker.example"));
        assertThat(signedIn(forged)).as(location(forged)).isFalse();
        assertThat(location(forged)).endsWith("/connexion?expired");
    }

    @Test
    void aSignInWithAForeignRefererAndNoOriginDoesNotSignIn() throws Exception {
        String attackersAccount = newLearner();
        HttpResponse<String> forged =
                form.post(
                        null,
                        attackersAccount,
                        PASSWORD,
                        Map.of("Referer", "https://attacker.example/gagnez-un-voyage"));
        assertThat(signedIn(forged)).as(location(forged)).isFalse();
    }

    @Test
    void theTokenOfAnotherSessionDoesNotSignIn() throws Exception {
        // The attacker opens the page himself for a token, and has the visitor's browser post it.
        String attackersAccount = newLearner();
        SignInForm.Page attackers = form.open(Map.of());
        SignInForm.Page visitors = form.open(Map.of());
        HttpResponse<String> forged =
                form.post(
                        new SignInForm.Page(
                                visitors.cookie(), attackers.tokenParameter(), attackers.token()),
                        attackersAccount,
                        PASSWORD,
                        Map.of("Origin", "https://attacker.example"));
        assertThat(signedIn(forged)).as(location(forged)).isFalse();
    }

    @Test
    void theSignInPageOfTheSiteItselfSignsIn() throws Exception {
        String email = newLearner();
        String site = "http://localhost:" + port;
        SignInForm.Page page = form.open(Map.of());
        assertThat(page.tokenParameter()).isEqualTo("_csrf");
        HttpResponse<String> ok =
                form.post(
                        page,
                        email,
                        PASSWORD,
                        Map.of("Origin", site, "Referer", site + "/connexion"));
        assertThat(signedIn(ok)).as(location(ok)).isTrue();
    }

    @Test
    void anAddressTypedWithInvisibleOrFullWidthCharactersSignsIntoTheSameAccount()
            throws Exception {
        String email = newLearner();
        for (String typed :
                new String[] {
                    email + "\u200B",
                    "\u00A0" + email,
                    "\uFEFF" + email.toUpperCase(),
                    email.replace("signin", "ｓｉｇｎｉｎ")
                }) {
            HttpResponse<String> answer = signIn(typed, PASSWORD, newClient());
            assertThat(signedIn(answer))
                    .as(
                            typed.codePoints()
                                            .mapToObj(
                                                    c ->
                                                            c < 128
                                                                    ? Character.toString(c)
                                                                    : String.format("\\u%04X", c))
                                            .reduce("", String::concat)
                                    + " -> "
                                    + location(answer))
                    .isTrue();
        }
        // Spelt differently, still one name for the throttle: five guesses under variants, then the
        // plain address from the same client has to wait.
        Map<String, String> guesser = newClient();
        String[] variants = {
            email + "\u200B", "\u00A0" + email, email.toUpperCase(), email + "\uFEFF", email
        };
        for (int i = 0; i < variants.length; i++) {
            assertThat(location(signIn(variants[i], "mauvais " + i, guesser)))
                    .endsWith("/connexion?error");
        }
        assertThat(slowedDown(signIn(email, PASSWORD, guesser))).isTrue();
    }

    @Test
    void onlyTheHealthEndpointOfActuatorIsOpen() throws Exception {
        HttpResponse<String> health =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        for (String path :
                new String[] {
                    "/actuator",
                    "/actuator/env",
                    "/actuator/beans",
                    "/actuator/metrics",
                    "/actuator/heapdump",
                    "/actuator/health/db"
                }) {
            HttpResponse<String> response =
                    http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("spring.datasource");
        }
    }
}
