package fr.immunolearn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.security.Account;
import fr.immunolearn.testing.SignInForm;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Heap held per learner session on a quiz. Real HTTP sessions, no browser: each learner opens the
 * sign-in page and signs in through its form, then asks for a Vaadin UI ({@code ?v-r=init}) and
 * navigates it to the quiz's route ({@code ui-navigate}) exactly as the browser's bootstrap and
 * router do, so the server builds the real session, UI and quiz view. Live heap is read after full
 * garbage collections, with the app in this JVM.
 */
final class SessionMemory {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One client for every learner, sessions told apart by their cookie: a client per learner would
     * put its own buffers and threads in the very heap being measured.
     */
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The session cookies, kept so that no session ends before the measurement. */
    private final List<String> sessions = new ArrayList<>();

    private final AppInProcess app;
    private final SignInForm signInForm;
    private final String quizRoute;

    SessionMemory(AppInProcess app) {
        this(
                app,
                "quiz/"
                        + app.bean(CourseEditions.class)
                                .defaultEdition()
                                .lessons()
                                .get(0)
                                .quiz()
                                .id());
    }

    /**
     * Sessions that open a UI on {@code route}, or none at all when {@code route} is null (signed
     * in only).
     */
    SessionMemory(AppInProcess app, String route) {
        this.app = app;
        this.signInForm = new SignInForm(client, app.baseUrl());
        this.quizRoute = route;
    }

    /**
     * The lesson whose passages hold the most interactive blocks (every block but plain prose), the
     * heaviest lesson view a learner can open; the first such lesson on a tie, the first lesson
     * when none has a block. Chosen from the model, so the figure follows the course as it grows.
     */
    static Lesson lessonWithMostBlocks(Course course) {
        return course.lessons().stream()
                .max(
                        Comparator.comparingLong(SessionMemory::blocks)
                                .thenComparing(lesson -> -course.lessons().indexOf(lesson)))
                .orElseThrow();
    }

    /** The interactive blocks of a lesson, every passage together. */
    static long blocks(Lesson lesson) {
        return lesson.passages().stream()
                .flatMap(passage -> passage.body().stream())
                .filter(block -> !(block instanceof LessonBlock.Prose))
                .count();
    }

    /** Opens sessions until {@code total} are open, each on a quiz. */
    void openUntil(int total, List<Account> learners) throws Exception {
        while (sessions.size() < total) {
            Account learner = learners.get(sessions.size());
            // Through the sign-in page, as a browser: its session cookie and the form's CSRF token.
            HttpResponse<String> signIn =
                    signInForm.signIn(learner.email(), Accounts.PASSWORD, Map.of());
            String cookie =
                    signIn.headers().allValues("Set-Cookie").stream()
                            .filter(c -> c.startsWith("JSESSIONID="))
                            .map(c -> c.substring(0, c.indexOf(';')))
                            .findFirst()
                            .orElse(null);
            if (cookie == null || SignInForm.location(signIn).contains("/connexion")) {
                throw new IllegalStateException("sign-in refused for " + learner.email());
            }
            if (quizRoute == null) {
                sessions.add(cookie);
                continue;
            }
            HttpResponse<String> init =
                    client.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    app.baseUrl()
                                                            + "/?v-r=init&location="
                                                            + URLEncoder.encode(
                                                                    quizRoute,
                                                                    StandardCharsets.UTF_8)
                                                            + "&query="))
                                    .header("Cookie", cookie)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode config = JSON.readTree(init.body()).path("appConfig");
            String uiId = config.path("v-uiId").asText();
            String csrf = config.path("uidl").path("Vaadin-Security-Key").asText();
            // The browser's router then tells the server where it is: the server builds the quiz
            // view.
            String navigate =
                    "{\"csrfToken\":\""
                            + csrf
                            + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                            + "\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                            + quizRoute
                            + "\",\"query\":\"\","
                            + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                            + "\"syncId\":0,\"clientId\":0}";
            HttpResponse<String> view =
                    client.send(
                            HttpRequest.newBuilder(
                                            URI.create(app.baseUrl() + "/?v-r=uidl&v-uiId=" + uiId))
                                    .header("Content-Type", "application/json; charset=UTF-8")
                                    .header("Cookie", cookie)
                                    .POST(HttpRequest.BodyPublishers.ofString(navigate))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (view.statusCode() != 200
                    || (quizRoute.startsWith("quiz/") && !view.body().contains("question-card"))) {
                throw new IllegalStateException(
                        "no quiz view for " + learner.email() + ": " + view.statusCode());
            }
            // Then the page settles: the browser's next message (here an empty one) answers the
            // first. Vaadin
            // keeps each UI's last response for a client that would resend its request; left at the
            // first
            // response, that is the whole view's description, which an open page never keeps.
            String settle =
                    "{\"csrfToken\":\""
                            + csrf
                            + "\",\"rpc\":[],\"syncId\":"
                            + syncId(view.body())
                            + ",\"clientId\":1}";
            HttpResponse<String> settled =
                    client.send(
                            HttpRequest.newBuilder(
                                            URI.create(app.baseUrl() + "/?v-r=uidl&v-uiId=" + uiId))
                                    .header("Content-Type", "application/json; charset=UTF-8")
                                    .header("Cookie", cookie)
                                    .POST(HttpRequest.BodyPublishers.ofString(settle))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (settled.statusCode() != 200) {
                throw new IllegalStateException("the page did not settle for " + learner.email());
            }
            sessions.add(cookie);
        }
    }

    /**
     * The sync id of a UIDL response ("for(;;);[{…"syncId":1…}]"), which the next message echoes.
     */
    private static int syncId(String uidl) throws java.io.IOException {
        return JSON.readTree(uidl.substring(uidl.indexOf('['))).get(0).path("syncId").asInt();
    }

    /** Bytes of live heap after full collections, one value per reading. */
    static List<Double> liveHeap(int readings) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < readings; i++) {
            for (int gc = 0; gc < 3; gc++) {
                System.gc();
                Thread.sleep(150);
            }
            values.add((double) memory.getHeapMemoryUsage().getUsed());
        }
        return values;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
