package fr.immunolearn.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar started cold, as a deployment or a trainer at a terminal starts it. */
final class ColdStarts {

    private ColdStarts() {}

    /** Milliseconds from {@code java -jar} to the first page served, over {@code runs} starts. */
    static List<Double> firstPage(Path jar, int runs) throws Exception {
        List<Double> millis = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        for (int i = 0; i < runs; i++) {
            Path dir = Files.createTempDirectory("immunolearn-cold");
            int port = 18000 + i;
            long begin = System.nanoTime();
            Process app =
                    new ProcessBuilder(
                                    java(),
                                    "-jar",
                                    jar.toAbsolutePath().toString(),
                                    "--server.port=" + port,
                                    "--spring.datasource.url=jdbc:h2:file:"
                                            + dir.resolve("db")
                                            + ";DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
                                    "--immunolearn.content-dir="
                                            + Path.of("content").toAbsolutePath())
                            .redirectErrorStream(true)
                            .redirectOutput(dir.resolve("app.log").toFile())
                            .start();
            try {
                while (true) {
                    if (!app.isAlive()) {
                        throw new IllegalStateException(
                                "the jar stopped; see " + dir.resolve("app.log"));
                    }
                    try {
                        HttpResponse<String> page =
                                http.send(
                                        HttpRequest.newBuilder(
                                                        URI.create(
                                                                "http://localhost:" + port + "/"))
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                        if (page.statusCode() == 200 && page.body().contains("<html")) {
                            millis.add((System.nanoTime() - begin) / 1e6);
                            break;
                        }
                    } catch (IOException notYet) {
                        Thread.sleep(20);
                    }
                }
            } finally {
                app.destroy();
                app.waitFor(30, TimeUnit.SECONDS);
            }
        }
        return millis;
    }

    /** Milliseconds of a whole {@code java -jar … export} command, over {@code runs} runs. */
    static List<Double> cliExport(Path jar, int runs) throws Exception {
        List<Double> millis = new ArrayList<>();
        Path out = Files.createTempDirectory("immunolearn-export").resolve("course.zip");
        for (int i = 0; i < runs; i++) {
            long begin = System.nanoTime();
            Process export =
                    new ProcessBuilder(
                                    java(),
                                    "-jar",
                                    jar.toAbsolutePath().toString(),
                                    "export",
                                    "--format",
                                    "scorm12",
                                    "--out",
                                    out.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (export.waitFor() != 0) {
                throw new IllegalStateException("the export command failed");
            }
            millis.add((System.nanoTime() - begin) / 1e6);
        }
        return millis;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
