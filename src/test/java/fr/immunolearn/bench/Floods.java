package fr.immunolearn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.immunolearn.testing.SignInForm;
import fr.immunolearn.testing.TestContent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The app under attack from one client while a learner works: the production jar in a JVM of its
 * own with {@code -Xmx1g}, 250 connections sending a sign-in body of 100,000 bytes one byte every 3
 * s (each reconnecting a second after the server drops it), and 6 threads opening new sessions as
 * fast as they can, each as a browser opens the sign-in page (the page, its UI, the view). All of
 * it for 45 s, on loopback: the attacker comes from {@code ::1}, the learner from {@code
 * 127.0.0.1}, two addresses of this machine as two networks would be. Meanwhile a signed-in learner
 * loads a lesson about every 0.5 s (the page and its UI, as the browser does); its load times, the
 * heap of the app's JVM (jstat, every second) and what the attack got are the figures.
 *
 * <p>{@code java … fr.immunolearn.bench.Floods [jar]} runs this scenario alone.
 */
final class Floods {

    static final Duration LENGTH = Duration.ofSeconds(45);
    static final int SLOW_BODIES = 250;
    static final int FLOOD_THREADS = 6;
    private static final String ATTACKER = "::1";
    private static final String LEARNER = "127.0.0.1";
    private static final String PASSWORD = "une phrase de banc 2026";

    /** A load that takes longer than this counts as this long: the learner would have given up. */
    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    private static final double MIB = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Floods() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/immunolearn.jar");
        Path report = Path.of(args.length > 1 ? args[1] : "target/bench/floods.json");
        // "bodies" or "sessions" runs one attack alone, to see what each does to an unbounded app.
        String only = args.length > 2 ? args[2] : "both";
        BenchReport bench = new BenchReport();
        addTo(
                bench,
                jar,
                only.equals("sessions") ? 0 : SLOW_BODIES,
                only.equals("bodies") ? 0 : FLOOD_THREADS);
        bench.print(System.out);
        bench.write(report);
        System.out.println("Written to " + report.toAbsolutePath());
    }

    static void addTo(BenchReport bench, Path jar) throws Exception {
        addTo(bench, jar, SLOW_BODIES, FLOOD_THREADS);
    }

    private static void addTo(BenchReport bench, Path jar, int slowBodies, int floodThreads)
            throws Exception {
        Result result = run(jar, slowBodies, floodThreads);
        String under =
                "during "
                        + slowBodies
                        + " slow bodies and a session flood of "
                        + floodThreads
                        + " threads from one other address, 45 s, -Xmx1g";
        Figure loads =
                Figure.of(
                        "flood learner page",
                        "learner's page load " + under,
                        "ms",
                        result.pageMillis(),
                        null,
                        result.pageFailures()
                                + " loads failed or took over "
                                + GIVE_UP.toSeconds()
                                + " s");
        bench.add(loads);
        bench.add(
                Figure.of(
                        "flood learner page p95",
                        "learner's page load p95 under the floods",
                        "ms",
                        List.of(loads.percentile(95)),
                        1000.0,
                        null));
        bench.add(
                Figure.of(
                        "flood learner page p99",
                        "learner's page load p99 under the floods",
                        "ms",
                        List.of(loads.percentile(99)),
                        null,
                        null));
        bench.add(
                Figure.of(
                        "flood heap peak",
                        "peak heap used under the floods (jstat, each second)",
                        "MiB",
                        List.of(result.peakHeapKib() * 1024 / MIB),
                        512.0,
                        "eden, survivors and old generation together: garbage not yet collected included"));
        bench.add(
                Figure.of(
                        "flood old generation peak",
                        "peak old generation under the floods",
                        "MiB",
                        List.of(result.peakOldKib() * 1024 / MIB),
                        null,
                        "what survived collections: the sessions held"));
        bench.add(
                Figure.of(
                        "flood heap after",
                        "heap after a full GC once the floods stop",
                        "MiB",
                        List.of(result.heapAfterKib() * 1024 / MIB),
                        null,
                        null));
        bench.add(
                Figure.of(
                        "flood heap kept",
                        "heap the floods left behind (after minus before, full GCs)",
                        "MiB",
                        List.of((result.heapAfterKib() - result.heapBeforeKib()) * 1024 / MIB),
                        null,
                        "what the flood's sessions still hold once it stops: they stay until they time out"));
        bench.add(
                new Figure(
                        "flood sessions made",
                        "sessions the flood obtained",
                        "sessions",
                        List.of((double) result.sessionsMade()),
                        null,
                        true,
                        null));
        bench.add(
                new Figure(
                        "flood sessions refused",
                        "new sessions refused to the flood (429)",
                        "requests",
                        List.of((double) result.sessionsRefused()),
                        null,
                        false,
                        result.floodErrors() + " flood requests failed"));
        bench.add(
                new Figure(
                        "flood slow bodies",
                        "slow-body connections opened by the attacker",
                        "connections",
                        List.of((double) result.slowConnections()),
                        null,
                        true,
                        "answers: " + result.slowAnswers()));
    }

    record Result(
            List<Double> pageMillis,
            int pageFailures,
            long peakHeapKib,
            long peakOldKib,
            long heapBeforeKib,
            long heapAfterKib,
            int sessionsMade,
            int sessionsRefused,
            int floodErrors,
            int slowConnections,
            Map<String, Integer> slowAnswers) {}

    static Result run(Path jar, int slowBodies, int floodThreads) throws Exception {
        Path dir = Files.createTempDirectory("immunolearn-floods");
        String database =
                "jdbc:h2:file:" + dir.resolve("db") + ";DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
        String email = "floods-" + UUID.randomUUID() + "@bench.example";
        createLearner(database, email);
        int port = 18100;
        Process app =
                new ProcessBuilder(
                                javaTool("java"),
                                "-Xmx1g",
                                "-jar",
                                jar.toAbsolutePath().toString(),
                                "--server.port=" + port,
                                "--spring.datasource.url=" + database,
                                "--immunolearn.content-dir="
                                        + TestContent.folder().toAbsolutePath())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("app.log").toFile())
                        .start();
        try {
            awaitHealthy(app, port, dir);
            return underAttack(app, port, email, slowBodies, floodThreads);
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static Result underAttack(
            Process app, int port, String email, int slowBodies, int floodThreads)
            throws Exception {
        String lesson = "lecon/" + TestContent.editions().defaultEdition().lessons().get(0).id();
        HttpClient learner =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(GIVE_UP)
                        .build();
        String learnerBase = "http://" + LEARNER + ":" + port;
        String cookie = signIn(learner, learnerBase, email);
        for (int i = 0; i < 20; i++) {
            loadPage(learner, learnerBase, lesson, cookie);
        }

        run(javaTool("jcmd"), Long.toString(app.pid()), "GC.run");
        HeapSampler.Sample before = HeapSampler.once(app.pid());
        Instant end = Instant.now().plus(LENGTH);
        HeapSampler heap = HeapSampler.start(app.pid(), (int) LENGTH.toSeconds() + 10);
        List<Thread> attack = new ArrayList<>();
        AtomicInteger slowConnections = new AtomicInteger();
        Map<String, Integer> slowAnswers = new ConcurrentHashMap<>();
        for (int i = 0; i < slowBodies; i++) {
            attack.add(
                    daemon(
                            "slow-body-" + i,
                            () -> slowBody(port, end, slowConnections, slowAnswers)));
        }
        AtomicInteger made = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        for (int i = 0; i < floodThreads; i++) {
            attack.add(daemon("flood-" + i, () -> floodSessions(port, end, made, refused, errors)));
        }

        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        int failures = 0;
        Thread.sleep(2_000);
        while (Instant.now().isBefore(end)) {
            long begin = System.nanoTime();
            boolean ok = loadPage(learner, learnerBase, lesson, cookie);
            double took = (System.nanoTime() - begin) / 1e6;
            if (!ok) {
                failures++;
                took = Math.max(took, GIVE_UP.toMillis());
            }
            millis.add(took);
            Thread.sleep(Math.max(0, 500 - (long) took));
        }
        for (Thread thread : attack) {
            thread.join(15_000);
        }
        HeapSampler.Sample peak = heap.stop();
        run(javaTool("jcmd"), Long.toString(app.pid()), "GC.run");
        HeapSampler.Sample after = HeapSampler.once(app.pid());
        return new Result(
                millis,
                failures,
                peak.used(),
                peak.old(),
                before.used(),
                after.used(),
                made.get(),
                refused.get(),
                errors.get(),
                slowConnections.get(),
                new java.util.TreeMap<>(slowAnswers));
    }

    /**
     * One attacker connection after another, each announcing 100,000 bytes and sending one every 3
     * s.
     */
    private static void slowBody(
            int port, Instant end, AtomicInteger connections, Map<String, Integer> answers) {
        while (Instant.now().isBefore(end)) {
            String answer = "none";
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(ATTACKER, port), 5_000);
                connections.incrementAndGet();
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write(
                        ("POST /connexion HTTP/1.1\r\nHost: localhost\r\n"
                                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                byte[] head = new byte[12];
                while (Instant.now().isBefore(end)) {
                    socket.setSoTimeout(3_000);
                    try {
                        int read = in.readNBytes(head, 0, head.length);
                        answer =
                                read == head.length
                                        ? new String(head, StandardCharsets.US_ASCII).substring(9)
                                        : "closed";
                        break;
                    } catch (SocketTimeoutException threeSecondsLater) {
                        out.write('a');
                        out.flush();
                    }
                }
            } catch (SocketException reset) {
                answer = "reset";
            } catch (IOException other) {
                answer = other.getClass().getSimpleName();
            }
            answers.merge(answer, 1, Integer::sum);
            pause(1_000);
        }
    }

    /** New sessions as fast as they come, each opened as a browser opens the sign-in page. */
    private static void floodSessions(
            int port,
            Instant end,
            AtomicInteger made,
            AtomicInteger refused,
            AtomicInteger errors) {
        HttpClient client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(GIVE_UP)
                        .build();
        String base = "http://[" + ATTACKER + "]:" + port;
        while (Instant.now().isBefore(end)) {
            try {
                HttpResponse<Void> page =
                        client.send(
                                HttpRequest.newBuilder(URI.create(base + "/connexion"))
                                        .timeout(GIVE_UP)
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                String session = sessionCookie(page);
                if (page.statusCode() == 429) {
                    refused.incrementAndGet();
                } else if (session == null) {
                    errors.incrementAndGet();
                } else {
                    made.incrementAndGet();
                    openSignInPage(client, base, session);
                }
            } catch (IOException failed) {
                errors.incrementAndGet();
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    /**
     * What the browser's bootstrap does after the page: ask for the UI, then tell it where it is
     * ({@code ui-navigate}), when the server builds the sign-in view, as {@link SessionMemory}
     * does.
     */
    private static void openSignInPage(HttpClient client, String base, String session)
            throws IOException, InterruptedException {
        HttpResponse<String> init =
                client.send(
                        HttpRequest.newBuilder(
                                        URI.create(base + "/?v-r=init&location=connexion&query="))
                                .header("Cookie", session)
                                .timeout(GIVE_UP)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200) {
            return;
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        String navigate =
                "{\"csrfToken\":\""
                        + config.path("uidl").path("Vaadin-Security-Key").asText()
                        + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                        + "\"connexion\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                        + "\"syncId\":0,\"clientId\":0}";
        client.send(
                HttpRequest.newBuilder(
                                URI.create(
                                        base
                                                + "/?v-r=uidl&v-uiId="
                                                + config.path("v-uiId").asText()))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .header("Cookie", session)
                        .timeout(GIVE_UP)
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** The lesson's page and its UI, as the browser asks for them; whether both came. */
    private static boolean loadPage(HttpClient client, String base, String route, String cookie) {
        try {
            HttpResponse<String> page =
                    client.send(
                            HttpRequest.newBuilder(URI.create(base + "/" + route))
                                    .header("Cookie", cookie)
                                    .timeout(GIVE_UP)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200 || !page.body().contains("<html")) {
                return false;
            }
            HttpResponse<String> ui =
                    client.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    base
                                                            + "/?v-r=init&location="
                                                            + URLEncoder.encode(
                                                                    route, StandardCharsets.UTF_8)
                                                            + "&query="))
                                    .header("Cookie", cookie)
                                    .timeout(GIVE_UP)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return ui.statusCode() == 200 && ui.body().contains("v-uiId");
        } catch (IOException | InterruptedException failed) {
            return false;
        }
    }

    private static String signIn(HttpClient client, String base, String email) throws Exception {
        SignInForm form = new SignInForm(client, base);
        HttpResponse<String> signIn = form.post(form.open(Map.of()), email, PASSWORD, Map.of());
        String cookie = sessionCookie(signIn);
        if (cookie == null || SignInForm.location(signIn).contains("/connexion")) {
            throw new IllegalStateException(
                    "the learner could not sign in: " + SignInForm.location(signIn));
        }
        return cookie;
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }

    /** The schema as the app makes it (its own Flyway migrations), and one learner in it. */
    private static void createLearner(String database, String email) throws Exception {
        Flyway.configure()
                .dataSource(database, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(database, "sa", "");
                PreparedStatement insert =
                        connection.prepareStatement(
                                "insert into account (email, display_name,"
                                        + " password_hash, role, language, seed, created_at) values (?, ?, ?, 'LEARNER', 'fr', ?, ?)")) {
            insert.setString(1, email);
            insert.setString(2, "Floods");
            insert.setString(3, new BCryptPasswordEncoder().encode(PASSWORD));
            insert.setString(4, UUID.randomUUID().toString().substring(0, 24));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static void awaitHealthy(Process app, int port, Path dir) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the jar stopped; see " + dir.resolve("app.log"));
            }
            try {
                HttpResponse<String> health =
                        http.send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://"
                                                                + LEARNER
                                                                + ":"
                                                                + port
                                                                + "/actuator/health"))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the jar did not start; see " + dir.resolve("app.log"));
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static List<String> run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines;
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        process.waitFor(30, TimeUnit.SECONDS);
        return lines;
    }

    /**
     * {@code jstat -gc} on the app's JVM: one process printing a line a second, its highest reading
     * kept.
     */
    static final class HeapSampler {

        record Sample(long used, long old) {}

        private final Process jstat;
        private final Thread reader;
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakOld = new AtomicLong();

        private HeapSampler(Process jstat) {
            this.jstat = jstat;
            this.reader = daemon("jstat", this::read);
        }

        static HeapSampler start(long pid, int seconds) throws IOException {
            return new HeapSampler(
                    new ProcessBuilder(
                                    javaTool("jstat"),
                                    "-gc",
                                    Long.toString(pid),
                                    "1000",
                                    Integer.toString(seconds))
                            .redirectErrorStream(true)
                            .start());
        }

        static Sample once(long pid) throws Exception {
            List<String> lines = run(javaTool("jstat"), "-gc", Long.toString(pid));
            return parse(lines.get(0), lines.get(1));
        }

        private void read() {
            try (BufferedReader out =
                    new BufferedReader(
                            new InputStreamReader(
                                    jstat.getInputStream(), StandardCharsets.UTF_8))) {
                String header = out.readLine();
                String line;
                while ((line = out.readLine()) != null) {
                    Sample sample = parse(header, line);
                    peakUsed.accumulateAndGet(sample.used(), Math::max);
                    peakOld.accumulateAndGet(sample.old(), Math::max);
                }
            } catch (IOException | RuntimeException ended) {
                // jstat stopped with the app
            }
        }

        Sample stop() throws InterruptedException {
            jstat.destroy();
            reader.join(5_000);
            return new Sample(peakUsed.get(), peakOld.get());
        }

        /** Kilobytes used: survivors, eden and old generation (jstat's S0U, S1U, EU, OU). */
        private static Sample parse(String header, String line) {
            List<String> names = List.of(header.trim().split("\\s+"));
            String[] values = line.trim().split("\\s+");
            double used = 0;
            for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                used += Double.parseDouble(values[names.indexOf(column)]);
            }
            return new Sample((long) used, (long) Double.parseDouble(values[names.indexOf("OU")]));
        }
    }
}
