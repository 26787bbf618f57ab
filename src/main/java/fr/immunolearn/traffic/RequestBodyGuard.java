package fr.immunolearn.traffic;

import jakarta.servlet.ServletException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every request body whole before the app sees it, with a deadline for the whole body, a size
 * limit, and a limit on how many bodies one address may be sending at once.
 *
 * <p>Why a valve rather than Tomcat's settings alone: with NIO, a servlet that reads a body still
 * blocks a worker thread while it waits for the bytes, and Tomcat's timeouts ({@code
 * connectionTimeout}, {@code connectionUploadTimeout}) count from the last byte received, not from
 * the start, so a client sending one byte every 3 s holds a thread for as long as it likes. 250
 * such clients held all 200 threads and the site stopped answering. Here a body gets at most {@link
 * TrafficLimits#bodyDeadline()} (plus one read timeout, the longest a single read waits) and an
 * address at most {@link TrafficLimits#bodiesPerAddress()} threads. A refused or cut-off request is
 * answered and its connection closed without reading the rest of its body (Tomcat would otherwise
 * "swallow" it, slowly, to keep the connection). It runs as a context valve, after the {@code
 * RemoteIpValve} that Spring Boot puts on the engine, so behind a proxy the address is the
 * client's, not the proxy's.
 *
 * <p>Buffering is fine here because no body of this app is large: forms and Vaadin messages of a
 * few KiB (the app takes no upload). An asynchronous servlet reading its body after this valve has
 * returned would find it already read; this app has none.
 */
final class RequestBodyGuard extends ValveBase {

    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyGuard.class);

    private final TrafficLimits limits;
    private final AddressCounts sending = new AddressCounts();

    RequestBodyGuard(TrafficLimits limits) {
        super(true);
        this.limits = limits;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (declared <= 0 && !chunked) {
            getNext().invoke(request, response);
            return;
        }
        if (declared > limits.maxBody().toBytes()) {
            refuse(request, response, Refusal.LARGE_BODY);
            return;
        }
        String address = request.getRemoteAddr();
        if (!sending.tryAdd(address, limits.bodiesPerAddress())) {
            refuse(request, response, Refusal.BODIES);
            return;
        }
        byte[] body;
        try {
            body = readWhole(request.getCoyoteRequest(), declared);
        } catch (TooSlow | SocketTimeoutException slow) {
            refuse(request, response, Refusal.SLOW_BODY);
            return;
        } catch (TooLarge large) {
            refuse(request, response, Refusal.LARGE_BODY);
            return;
        } catch (IOException gone) {
            // The client closed the connection or sent a broken body: nobody is left to answer.
            request.getCoyoteRequest().action(ActionCode.CLOSE_NOW, gone);
            response.setErrorReported();
            return;
        } finally {
            sending.remove(address);
        }
        InputBuffer socket = request.getCoyoteRequest().getInputBuffer();
        request.getCoyoteRequest().setInputBuffer(new ReadBody(body));
        try {
            getNext().invoke(request, response);
        } finally {
            // The processor keeps its input buffer from one request of the connection to the next.
            request.getCoyoteRequest().setInputBuffer(socket);
        }
    }

    private byte[] readWhole(org.apache.coyote.Request coyote, long declared) throws IOException {
        long deadline = System.nanoTime() + limits.bodyDeadline().toNanos();
        long max = limits.maxBody().toBytes();
        ByteArrayOutputStream body =
                new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
        Received received = new Received();
        while (true) {
            if (System.nanoTime() - deadline > 0) {
                throw new TooSlow();
            }
            // Blocks at most Tomcat's connectionUploadTimeout, then throws SocketTimeoutException.
            int read = coyote.doRead(received);
            if (read < 0) {
                return body.toByteArray();
            }
            ByteBuffer bytes = received.getByteBuffer();
            if (body.size() + bytes.remaining() > max) {
                throw new TooLarge();
            }
            byte[] chunk = new byte[bytes.remaining()];
            bytes.get(chunk);
            body.write(chunk, 0, chunk.length);
        }
    }

    private void refuse(Request request, Response response, Refusal refusal) throws IOException {
        // One line per refused request, never a stack trace. A body that is too large or too slow
        // is
        // worth a WARN; a 429 is what a flood gets by the thousand, so it stays at DEBUG, or the
        // log would become the flood's next target.
        if (refusal == Refusal.BODIES) {
            LOG.debug(
                    "Refused a request body from {} ({}): {}",
                    request.getRemoteAddr(),
                    refusal.status,
                    refusal);
        } else {
            LOG.warn(
                    "Refused a request body from {} to {} ({}): {}",
                    request.getRemoteAddr(),
                    printable(request.getRequestURI()),
                    refusal.status,
                    refusal == Refusal.SLOW_BODY
                            ? "not received within " + limits.bodyDeadline().toSeconds() + " s"
                            : "declares or sends more than "
                                    + limits.maxBody().toKilobytes()
                                    + " KB");
        }
        RefusalPage.write(
                response, refusal, refusal == Refusal.BODIES ? limits.bodyDeadline() : null);
        // Close after answering instead of reading (swallowing) the rest of the body. This marks
        // the
        // response as an error, so say it is reported: otherwise Tomcat would also include the
        // app's error page, running the whole filter chain again (for POST /connexion, a sign-in
        // attempt with its BCrypt hash, about 0.1 s of CPU per refusal).
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        response.setErrorReported();
    }

    /** A path as a log line may show it: no control characters, and short. */
    private static String printable(String path) {
        String clean = path == null ? "" : path.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }

    /** Where Tomcat's input buffer hands over what it read. */
    private static final class Received implements ApplicationBufferHandler {

        private ByteBuffer buffer = ApplicationBufferHandler.EMPTY_BUFFER;

        @Override
        public void setByteBuffer(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public ByteBuffer getByteBuffer() {
            return buffer;
        }

        @Override
        public void expand(int size) {
            // Tomcat hands over its own buffer; nothing to grow.
        }
    }

    /** The body already read, served to the app as Tomcat's input buffer would serve it. */
    private static final class ReadBody implements InputBuffer {

        private final ByteBuffer body;

        ReadBody(byte[] bytes) {
            this.body = ByteBuffer.wrap(bytes);
        }

        @Override
        public int doRead(ApplicationBufferHandler handler) {
            if (!body.hasRemaining()) {
                return -1;
            }
            ByteBuffer rest = body.slice();
            body.position(body.limit());
            handler.setByteBuffer(rest);
            return rest.remaining();
        }

        @Override
        public int available() {
            return body.remaining();
        }
    }

    private static final class TooSlow extends IOException {}

    private static final class TooLarge extends IOException {}
}
