package fr.immunolearn.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the body of each Vaadin UIDL request before Vaadin reads it. Vaadin 24.9 parses that body
 * with elemental.json ({@code ServerRpcHandler.RpcRequest}), which has no depth limit (100,000
 * nested brackets overflow the stack: HTTP 500 and 250 KB of log) and logs any malformed body at
 * ERROR with a 150-line stack trace. Vaadin offers no hook before that parse, so this filter reads
 * the body once with Jackson's streaming parser under {@link JsonLimits}, checks the envelope
 * Vaadin dereferences without checking, and refuses anything else with 400 (413 when too large) and
 * one WARN line. A body that passes goes on to Vaadin unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UidlBodyCheck extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UidlBodyCheck.class);
    private static final Pattern UIDL_REQUEST = Pattern.compile("(^|&)v-r=uidl(&|$)");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}]+");
    private static final int REASON_LENGTH = 160;
    private static final JsonFactory JSON =
            JsonFactory.builder().streamReadConstraints(JsonLimits.constraints()).build();

    /** The members of the envelope and the JSON type Vaadin reads each as, when present. */
    private static final Map<String, JsonToken> ENVELOPE =
            Map.of(
                    "csrfToken", JsonToken.VALUE_STRING,
                    "syncId", JsonToken.VALUE_NUMBER_INT,
                    "clientId", JsonToken.VALUE_NUMBER_INT,
                    "resynchronize", JsonToken.VALUE_TRUE,
                    "rpc", JsonToken.START_ARRAY);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The query string, not getParameter(): that would consume a form-encoded body.
        String query = request.getQueryString();
        return !"POST".equals(request.getMethod())
                || query == null
                || !UIDL_REQUEST.matcher(query).find();
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > JsonLimits.MAX_DOCUMENT_BYTES) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "body of " + request.getContentLengthLong() + " bytes");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(JsonLimits.MAX_DOCUMENT_BYTES + 1);
        if (body.length > JsonLimits.MAX_DOCUMENT_BYTES) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "body over " + JsonLimits.MAX_DOCUMENT_BYTES + " bytes");
            return;
        }
        String problem = problem(body);
        if (problem != null) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, problem);
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** What is wrong with the body, or null when Vaadin may read it. */
    static String problem(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "not a JSON object";
            }
            boolean syncId = false;
            boolean unload = false;
            for (JsonToken token = parser.nextToken();
                    token == JsonToken.FIELD_NAME;
                    token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                JsonToken expected = ENVELOPE.get(name);
                if (expected != null && !sameType(expected, value)) {
                    return "member " + name + " of the wrong type";
                }
                syncId |= "syncId".equals(name);
                unload |= "UNLOAD".equals(name);
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                return "content after the JSON object";
            }
            // The beacon a closing tab sends carries no syncId.
            return syncId || unload ? null : "no syncId";
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage();
        }
    }

    private static boolean sameType(JsonToken expected, JsonToken actual) {
        return switch (expected) {
            case VALUE_TRUE -> actual == JsonToken.VALUE_TRUE || actual == JsonToken.VALUE_FALSE;
            case VALUE_NUMBER_INT ->
                    actual == JsonToken.VALUE_NUMBER_INT || actual == JsonToken.VALUE_NUMBER_FLOAT;
            default -> actual == expected;
        };
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String problem)
            throws IOException {
        String reason =
                UNPRINTABLE.matcher(problem == null ? "unreadable" : problem).replaceAll(" ");
        if (reason.length() > REASON_LENGTH) {
            reason = reason.substring(0, REASON_LENGTH) + "…";
        }
        LOG.warn(
                "Refused a Vaadin request from {} ({}): {}",
                request.getRemoteAddr(),
                status,
                reason);
        // No body: only a client other than Vaadin's sends such a request, and no person reads the
        // answer.
        response.setStatus(status);
    }

    /** The request as it came, its body read again from the bytes already read. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // The whole body is already here: a reader that goes asynchronous is told at
                    // once
                    // that data is available, and then that all of it has been read.
                    try {
                        if (!isFinished()) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (IOException | RuntimeException failed) {
                        listener.onError(failed);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknownCharset) {
                // UTF-8, as Vaadin's client always sends.
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
