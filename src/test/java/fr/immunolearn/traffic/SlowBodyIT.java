package fr.immunolearn.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.testing.SignInForm;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.test.context.ActiveProfiles;

/**
 * Request bodies that arrive slowly, or not at all, are cut off; one address may send only so many
 * at once; a body that arrives normally, even in pieces, reaches the app whole. Bounds are shrunk
 * to seconds here; the time limits asserted are generous (a cut-off must come, not come fast). Not
 * a database test: the database only holds the account of the last case.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "immunolearn.traffic.body-read-timeout=2s", "immunolearn.traffic.body-deadline=3s",
            "immunolearn.traffic.bodies-per-address=2", "immunolearn.traffic.max-body=256KB"
        })
@ActiveProfiles("test")
class SlowBodyIT {

    /** Far above every bound configured here, far below what a slow body would take uncut. */
    private static final int GENEROUS_MILLIS = 20_000;

    @LocalServerPort int port;

    @Autowired Registration registration;

    @Autowired SignInAttempts attempts;

    /** Failed sign-ins seen by Spring Security: a refused request must never get that far. */
    @TestConfiguration
    static class SignInAttempts {

        final AtomicInteger failed = new AtomicInteger();

        @EventListener
        void on(AbstractAuthenticationFailureEvent failure) {
            failed.incrementAndGet();
        }
    }

    @Test
    void aBodyThatNeverComesIsAnsweredWith408AndItsConnectionClosed() throws Exception {
        int failedBefore = attempts.failed.get();
        try (RawHttp client = new RawHttp(port).postHeaders("/connexion", 100_000)) {
            assertThat(client.readUntilClosed(GENEROUS_MILLIS))
                    .as("connection closed by the server")
                    .isTrue();
            assertThat(client.status()).isEqualTo(408);
            assertThat(client.received()).contains("trop lentement", "too slowly");
        }
        assertThat(attempts.failed.get())
                .as("no sign-in attempted for the refused request")
                .isEqualTo(failedBefore);
    }

    @Test
    void aBodyTrickledOneByteAtATimeIsCutOffAtTheDeadlineThoughNoSingleReadTimesOut()
            throws Exception {
        // One byte every 300 ms: each read comes well within the 2 s read timeout, so only a
        // deadline on the whole body stops it; uncut, 100,000 bytes would take over 8 hours.
        try (RawHttp client = new RawHttp(port).postHeaders("/connexion", 100_000)) {
            long begin = System.nanoTime();
            boolean answered = false;
            while (!answered && System.nanoTime() - begin < GENEROUS_MILLIS * 1_000_000L) {
                client.send("a");
                answered = client.awaitServer(300);
            }
            assertThat(answered)
                    .as("the server answered or closed before the test gave up")
                    .isTrue();
            client.readUntilClosed(GENEROUS_MILLIS);
            assertThat(client.status()).isEqualTo(408);
        }
    }

    @Test
    void anAddressSendingAsManyBodiesAsItMayIsRefusedAnotherWhileOtherAddressesAreNot()
            throws Exception {
        try (RawHttp first = new RawHttp(port).postHeaders("/connexion", 1000);
                RawHttp second = new RawHttp(port).postHeaders("/connexion", 1000)) {
            first.send("u");
            second.send("u");
            Thread.sleep(300);
            int failedBefore = attempts.failed.get();
            try (RawHttp third = new RawHttp(port).postHeaders("/connexion", 1000)) {
                assertThat(third.readUntilClosed(GENEROUS_MILLIS)).isTrue();
                assertThat(third.status()).isEqualTo(429);
                assertThat(third.received()).contains("Retry-After: ");
            }
            assertThat(attempts.failed.get())
                    .as("no sign-in attempted for the refused request")
                    .isEqualTo(failedBefore);
            HttpResponse<String> otherAddress = signIn("[::1]", "nobody@example.org", "pas le bon");
            assertThat(otherAddress.statusCode()).isEqualTo(302);
        }
    }

    @Test
    void aBodyLargerThanAnyThisAppTakesIsRefusedWithoutBeingRead() throws Exception {
        try (RawHttp client = new RawHttp(port).postHeaders("/connexion", 10_000_000)) {
            assertThat(client.readUntilClosed(GENEROUS_MILLIS)).isTrue();
            assertThat(client.status()).isEqualTo(413);
        }
    }

    @Test
    void aBodySentInPiecesWithinTheDeadlineReachesTheAppWhole() throws Exception {
        String email = "pieces-" + UUID.randomUUID() + "@example.fr";
        String password = "une phrase en morceaux 7";
        registration.registerLearner(new RegistrationForm("Pieces", email, password, "fr"));
        // The sign-in form needs its page's session and CSRF token, as a browser sends them.
        SignInForm.Page page =
                new SignInForm(HttpClient.newHttpClient(), "http://127.0.0.1:" + port)
                        .open(Map.of());
        String form =
                "username="
                        + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&"
                        + page.tokenParameter()
                        + "="
                        + URLEncoder.encode(page.token(), StandardCharsets.UTF_8);
        try (RawHttp client =
                new RawHttp(port).postHeaders("/connexion", form.length(), page.cookie())) {
            int third = form.length() / 3;
            client.send(form.substring(0, third));
            Thread.sleep(400);
            client.send(form.substring(third, 2 * third));
            Thread.sleep(400);
            client.send(form.substring(2 * third));
            assertThat(client.awaitServer(GENEROUS_MILLIS)).isTrue();
            assertThat(client.status()).isEqualTo(302);
            assertThat(client.received()).contains("Location: ").doesNotContain("/connexion");
        }
        assertThat(SignInForm.location(signIn("127.0.0.1", email, password)))
                .as("signed in")
                .isNotEmpty()
                .doesNotContain("/connexion");
    }

    private HttpResponse<String> signIn(String host, String email, String password)
            throws Exception {
        return new SignInForm(HttpClient.newHttpClient(), "http://" + host + ":" + port)
                .signIn(email, password, Map.of());
    }
}
