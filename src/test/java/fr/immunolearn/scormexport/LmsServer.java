package fr.immunolearn.scormexport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One local HTTP server for the test LMS page, the SCORM runtime and the unzipped packages: one
 * origin, so the package's frame can reach the runtime's API in the page above it, as in a real
 * LMS. It keeps every path asked for, so a test can check that a package fetches nothing of its own
 * outside itself.
 */
public final class LmsServer implements AutoCloseable {

    private static final Map<String, String> TYPES =
            Map.of(
                    "html", "text/html; charset=utf-8",
                    "js", "text/javascript; charset=utf-8",
                    "css", "text/css; charset=utf-8",
                    "xml", "application/xml",
                    "json", "application/json");

    static {
        // Without TCP_NODELAY the JDK's server meets the client's delayed ACKs: every response
        // after a
        // connection's first waits ~40 ms, which no LMS web server does. Read once, before the
        // first server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final Map<String, Path> packages = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> missing = new CopyOnWriteArrayList<>();

    public LmsServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // Requests served side by side, as any LMS's web server does: one at a time, a package's
        // dozen files would queue behind each other and every launch would look slower than it is.
        server.setExecutor(workers);
        server.start();
    }

    /** The folder scorm-again's browser files were unpacked into by ./test.sh. */
    static Path runtimeFolder() {
        Path dir = Path.of(System.getProperty("scorm.runtime", "target/scorm-again/package/dist"));
        if (!Files.isRegularFile(dir.resolve("scorm12.min.js"))
                || !Files.isRegularFile(dir.resolve("scorm2004.min.js"))) {
            throw new IllegalStateException(
                    "scorm-again 3.4.3 is not unpacked in "
                            + dir.toAbsolutePath()
                            + ": run ./test.sh, which fetches it with npm pack");
        }
        return dir;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves an unzipped package at /pkg/NAME/ and gives the URL of its launch page. */
    public String serve(String name, Path folder) {
        packages.put(name, folder);
        return base() + "/pkg/" + name + "/" + ScormExporter.LAUNCH_FILE;
    }

    String lmsPage() {
        return base() + "/lms/lms.html";
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    /** Paths that were asked for and not found. */
    List<String> missing() {
        return List.copyOf(missing);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().toString()).getPath();
        requests.add(path);
        byte[] body = read(path);
        if (body == null) {
            missing.add(path);
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        exchange.getResponseHeaders()
                .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private byte[] read(String path) throws IOException {
        if (path.startsWith("/lms/")) {
            try (InputStream in = LmsServer.class.getResourceAsStream("lms/" + path.substring(5))) {
                return in == null ? null : in.readAllBytes();
            }
        }
        if (path.startsWith("/runtime/")) {
            return file(runtimeFolder(), path.substring(9));
        }
        if (path.startsWith("/pkg/")) {
            String rest = path.substring(5);
            int slash = rest.indexOf('/');
            Path folder = slash < 0 ? null : packages.get(rest.substring(0, slash));
            return folder == null ? null : file(folder, rest.substring(slash + 1));
        }
        return null;
    }

    private static byte[] file(Path folder, String relative) throws IOException {
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return null;
        }
        return Files.readAllBytes(file);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
