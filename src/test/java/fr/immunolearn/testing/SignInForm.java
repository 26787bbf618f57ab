package fr.immunolearn.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The sign-in form over plain HTTP, as a browser uses it: opening {@code /connexion} gives a
 * session cookie and the page's CSRF token (Vaadin writes it in {@code <meta name="_csrf">}, and
 * the login form posts it back); posting the form sends both.
 */
public final class SignInForm {

    /**
     * A sign-in page as one browser opened it: its session cookie, and the token the form would
     * post.
     */
    public record Page(String cookie, String tokenParameter, String token) {}

    private final HttpClient http;
    private final String base;

    public SignInForm(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * Opens the sign-in page with the given request headers (for instance {@code X-Forwarded-For}).
     */
    public Page open(Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/connexion"));
        headers.forEach(request::header);
        HttpResponse<String> page =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("the sign-in page answered " + page.statusCode());
        }
        String cookie =
                page.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .map(c -> c.substring(0, c.indexOf(';')))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "the sign-in page opened no session"));
        Document html = Jsoup.parse(page.body());
        return new Page(
                cookie,
                html.select("meta[name=_csrf_parameter]").attr("content"),
                html.select("meta[name=_csrf]").attr("content"));
    }

    /**
     * Posts the form. {@code page} may be null (no cookie, no token: what a foreign site's form can
     * send at best); {@code headers} are added as given (Origin, Referer, X-Forwarded-For...).
     */
    public HttpResponse<String> post(
            Page page, String email, String password, Map<String, String> headers)
            throws IOException, InterruptedException {
        StringBuilder form =
                new StringBuilder("username=")
                        .append(URLEncoder.encode(email, StandardCharsets.UTF_8))
                        .append("&password=")
                        .append(URLEncoder.encode(password, StandardCharsets.UTF_8));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + "/connexion"))
                        .header("Content-Type", "application/x-www-form-urlencoded");
        if (page != null) {
            request.header("Cookie", page.cookie());
            if (!page.tokenParameter().isEmpty()) {
                form.append('&')
                        .append(URLEncoder.encode(page.tokenParameter(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(page.token(), StandardCharsets.UTF_8));
            }
        }
        headers.forEach(request::header);
        return http.send(
                request.POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the page, then posts the form from the same session, as a person at a browser does. */
    public HttpResponse<String> signIn(String email, String password, Map<String, String> headers)
            throws IOException, InterruptedException {
        return post(open(headers), email, password, headers);
    }

    /** Where a sign-in's answer sends the browser. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
