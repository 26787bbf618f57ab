package fr.immunolearn.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One address may hold only so many anonymous sessions: the next new visitor from it gets a 429
 * with a short page, while the sessions it holds keep working and other addresses are not affected.
 * 127.0.0.1 and ::1 are two addresses of this machine, as two networks would be.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "immunolearn.traffic.anonymous-sessions-per-address=3")
@ActiveProfiles("test")
class AnonymousSessionCapIT {

    private static final String IPV4 = "127.0.0.1";

    @LocalServerPort int port;

    @Autowired SessionCensus census;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theAddressHoldingAsManyAnonymousSessionsAsItMayIsRefusedOneMore() throws Exception {
        List<String> cookies = new ArrayList<>();
        while (census.anonymousSessions(IPV4) < 3) {
            HttpResponse<String> page = get("127.0.0.1", "/connexion", null);
            assertThat(page.statusCode()).isEqualTo(200);
            cookies.add(sessionCookie(page));
            assertThat(cookies).hasSizeLessThanOrEqualTo(3);
        }

        HttpResponse<String> refused = get("127.0.0.1", "/connexion", null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(refused.body()).contains("Trop de nouvelles visites", "Too many new visits");
        assertThat(census.anonymousSessions(IPV4)).isEqualTo(3);

        HttpResponse<String> held = get("127.0.0.1", "/connexion", cookies.get(0));
        assertThat(held.statusCode()).as("a session already held keeps working").isEqualTo(200);

        HttpResponse<String> otherAddress = get("[::1]", "/connexion", null);
        assertThat(otherAddress.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(otherAddress)).isNotNull();

        HttpResponse<String> bundle = get("127.0.0.1", "/actuator/health", null);
        assertThat(bundle.statusCode())
                .as("the health check makes no session and is never refused")
                .isEqualTo(200);
    }

    private HttpResponse<String> get(String host, String path, String cookie) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }
}
