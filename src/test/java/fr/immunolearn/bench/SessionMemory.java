package fr.immunolearn.bench;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.security.Account;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap held per learner session on a quiz. Real HTTP sessions, no browser: each learner signs in
 * through the login form, then asks for a Vaadin UI on the quiz's route exactly as the browser's
 * bootstrap does ({@code ?v-r=init&location=…}), so the server builds the real session, UI and
 * quiz view. Live heap is read after full garbage collections, with the app in this JVM.
 */
final class SessionMemory {

    /** The clients are kept so that no session is released before the measurement. */
    private final List<HttpClient> clients = new ArrayList<>();
    private final AppInProcess app;
    private final String quizRoute;

    SessionMemory(AppInProcess app) {
        this.app = app;
        this.quizRoute = "quiz/" + app.bean(CourseEditions.class).defaultEdition().lessons().get(0).quiz().id();
    }

    /** Opens sessions until {@code total} are open, each on a quiz. */
    void openUntil(int total, List<Account> learners) throws Exception {
        while (clients.size() < total) {
            Account learner = learners.get(clients.size());
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String form = "username=" + URLEncoder.encode(learner.email(), StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(Accounts.PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<Void> signIn = client.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/connexion"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            if (signIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in refused for " + learner.email());
            }
            HttpResponse<String> ui = client.send(HttpRequest.newBuilder(URI.create(app.baseUrl()
                    + "/?v-r=init&location=" + URLEncoder.encode(quizRoute, StandardCharsets.UTF_8) + "&query="))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (ui.statusCode() != 200 || !ui.body().contains("\"v-uiId\"") || !ui.body().contains("question-card")) {
                throw new IllegalStateException("no quiz view for " + learner.email() + ": " + ui.statusCode());
            }
            clients.add(client);
        }
    }

    /** Bytes of live heap after full collections; the median of {@code readings}. */
    static double liveHeap(int readings) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < readings; i++) {
            for (int gc = 0; gc < 3; gc++) {
                System.gc();
                Thread.sleep(150);
            }
            values.add(memory.getHeapMemoryUsage().getUsed());
        }
        values.sort(Long::compare);
        return values.get(values.size() / 2);
    }
}
