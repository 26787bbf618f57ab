package fr.immunolearn.traffic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP/1.1 client on a bare socket, for what the JDK's client will not do: send headers that
 * announce a body and then send it slowly, or not at all.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private boolean closedByServer;

    RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** Sends a POST's request line and headers, announcing {@code contentLength} bytes of form. */
    RawHttp postHeaders(String path, long contentLength) throws IOException {
        return postHeaders(path, contentLength, "");
    }

    /** The same, with a {@code Cookie} header (none when {@code cookie} is empty). */
    RawHttp postHeaders(String path, long contentLength, String cookie) throws IOException {
        send(
                "POST "
                        + path
                        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + (cookie.isEmpty() ? "" : "Cookie: " + cookie + "\r\n")
                        + "Content-Length: "
                        + contentLength
                        + "\r\n\r\n");
        return this;
    }

    void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Waits up to {@code millis} for the server; true when it has answered or closed. Reading
     * doubles as the pause between two bytes of a slow body.
     */
    boolean awaitServer(int millis) throws IOException {
        socket.setSoTimeout(millis);
        byte[] buffer = new byte[8192];
        try {
            int read = in.read(buffer);
            if (read < 0) {
                closedByServer = true;
                return true;
            }
            received.write(buffer, 0, read);
            return true;
        } catch (SocketTimeoutException stillWaiting) {
            return false;
        } catch (SocketException reset) {
            closedByServer = true;
            return true;
        }
    }

    /** Reads until the server closes the connection, at most {@code millis}; whether it closed. */
    boolean readUntilClosed(int millis) throws IOException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (!closedByServer && System.nanoTime() < end) {
            awaitServer((int) Math.max(1, (end - System.nanoTime()) / 1_000_000L));
        }
        return closedByServer;
    }

    /** The status code of the answer received, or 0 when none came. */
    int status() {
        String text = received();
        return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : 0;
    }

    String received() {
        return received.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
