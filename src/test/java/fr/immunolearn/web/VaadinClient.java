package fr.immunolearn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin's client protocol spoken over plain HTTP, as the browser speaks it once a page is open.
 */
final class VaadinClient {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY =
            Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    VaadinClient(int port) {
        this.port = port;
    }

    /** A session with a UI on the sign-in page: the page, then the UI's init request. */
    Session openSession() throws Exception {
        HttpResponse<String> page = get("/connexion", null);
        String cookie =
                page.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .map(c -> c.substring(0, c.indexOf(';')))
                        .findFirst()
                        .orElseThrow();
        HttpResponse<String> init = get("/?v-r=init&location=connexion&query=", cookie);
        Matcher uiId = UI_ID.matcher(init.body());
        Matcher key = SECURITY_KEY.matcher(init.body());
        assertThat(uiId.find() && key.find()).as(init.body()).isTrue();
        return new Session(cookie, uiId.group(1), key.group(1));
    }

    HttpResponse<String> postUidl(Session session, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + session.uiId()))
                        .header("Cookie", session.cookie())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first message a UI sends: nothing to do, which Vaadin answers with the next sync id. */
    HttpResponse<String> postEmptyMessage(Session session) throws Exception {
        return postUidl(
                session,
                "{\"csrfToken\":\""
                        + session.securityKey()
                        + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    record Session(String cookie, String uiId, String securityKey) {}
}
