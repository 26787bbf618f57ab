package fr.immunolearn.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app ({@code target/immunolearn.jar}) running as a process of its own, so a test can
 * kill it with {@code kill -9} or stop it and start another one on the same database.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the app on a free port with {@code datasource} arguments and waits until it is
     * healthy.
     */
    public static AppProcess start(List<String> databaseArguments, Path logFile) throws Exception {
        return start(databaseArguments, logFile, TestContent.folder());
    }

    /**
     * Starts the app as {@link #start(List, Path)} does, serving the course in {@code
     * contentFolder}.
     */
    public static AppProcess start(List<String> databaseArguments, Path logFile, Path contentFolder)
            throws Exception {
        Path jar = Path.of("target", "immunolearn.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    "target/immunolearn.jar is missing: run through ./mvnw verify");
        }
        int port = freePort();
        List<String> command =
                new ArrayList<>(
                        List.of(
                                javaBinary(),
                                "-Xmx512m",
                                "-jar",
                                jar.toString(),
                                "--server.port=" + port,
                                "--immunolearn.content-dir=" + contentFolder.toAbsolutePath(),
                                "--vaadin.devmode.devTools.enabled=false",
                                "--vaadin.launch-browser=false"));
        command.addAll(databaseArguments);
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        AppProcess app = new AppProcess(builder.start(), port, logFile);
        try {
            // Generous: on 2 cores shared with other builds, a start has taken over two minutes.
            app.awaitHealthy(Duration.ofSeconds(240));
        } catch (Exception notStarted) {
            // never left running behind a failed start
            app.close();
            throw notStarted;
        }
        return app;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * {@code kill -9}: no shutdown hook, no flush, nothing but what is already on disk survives.
     */
    public void kill9() throws Exception {
        new ProcessBuilder("kill", "-9", Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the app did not die");
        }
    }

    /** A normal stop (SIGTERM), as a deployment stops an instance. */
    public void stop() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health =
                        http.send(
                                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                "the app did not become healthy in " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(
                        System.getProperty("java.home"),
                        "bin",
                        "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
