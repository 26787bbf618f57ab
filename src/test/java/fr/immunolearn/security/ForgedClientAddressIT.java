package fr.immunolearn.security;

import static fr.immunolearn.testing.SignInForm.location;
import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.SignInForm;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Run without a proxy (no {@code server.forward-headers-strategy}), the app counts the address the
 * connection comes from: a client naming another address in {@code X-Forwarded-For} gets no fresh
 * budget. The address budget is 3 here, against 30 by default, to keep the test short.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "immunolearn.sign-in.failures-per-address=3")
@ActiveProfiles("test")
class ForgedClientAddressIT {

    @LocalServerPort int port;

    @Test
    void aForgedForwardedForHeaderGivesNoFreshBudget() throws Exception {
        SignInForm form =
                new SignInForm(
                        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(),
                        "http://localhost:" + port);
        for (int i = 0; i < 3; i++) {
            Map<String, String> forged = Map.of("X-Forwarded-For", "192.0.2." + (10 + i));
            assertThat(
                            location(
                                    form.signIn(
                                            "nobody-" + UUID.randomUUID() + "@example.fr",
                                            "devine",
                                            forged)))
                    .endsWith("/connexion?error");
        }
        assertThat(
                        location(
                                form.signIn(
                                        "nobody-" + UUID.randomUUID() + "@example.fr",
                                        "devine",
                                        Map.of("X-Forwarded-For", "192.0.2.99"))))
                .matches(".*/connexion\\?wait=\\d+");
    }
}
