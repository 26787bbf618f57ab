package fr.immunolearn.trainerui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** Downloads made with the browser's session, as a click on a download link would. */
final class TrainerSteps {

    private TrainerSteps() {}

    static HttpResponse<byte[]> download(WebDriver browser, String base, String path)
            throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/" + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
