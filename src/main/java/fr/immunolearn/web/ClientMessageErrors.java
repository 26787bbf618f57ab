package fr.immunolearn.web;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinRequest;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A well-formed UIDL message can still name an invocation Vaadin does not know, or give a value of
 * the wrong type; Vaadin then throws from its message handling, and its default handler logs the
 * error at ERROR with a 150-line stack trace (22 KB for a 60-byte message). Such an error is the
 * client's, not ours: one WARN line says so. The session's error handler ({@code
 * shell.ActionErrors}) asks here first; every other error (a bug of ours, in a view or a listener)
 * still goes to Vaadin's default handling, stack trace and all, and the learner is told the action
 * failed.
 */
public final class ClientMessageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ClientMessageErrors.class);

    /** Frames that only say where a value was read, before Vaadin's own code is reached. */
    private static final Pattern LIBRARY_FRAME =
            Pattern.compile("^(java|javax|jdk|sun|elemental\\.json)\\..*");

    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}]+");
    private static final int REASON_LENGTH = 160;

    private ClientMessageErrors() {}

    /**
     * When {@code event} is an error of the client's message, logs the one WARN line it is worth
     * and says so; otherwise does nothing and answers false.
     */
    public static boolean loggedAsTheClients(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (!thrownReadingAClientMessage(error)) {
            return false;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        String reason =
                UNPRINTABLE
                        .matcher(error.getClass().getSimpleName() + ": " + error.getMessage())
                        .replaceAll(" ");
        LOG.warn(
                "Refused a Vaadin message from {}: {}",
                request == null ? "?" : request.getRemoteAddr(),
                reason.length() > REASON_LENGTH
                        ? reason.substring(0, REASON_LENGTH) + "…"
                        : reason);
        return true;
    }

    /**
     * Whether the first frame past the JDK and the JSON library is Vaadin's handling of client
     * messages.
     */
    static boolean thrownReadingAClientMessage(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (!LIBRARY_FRAME.matcher(frame.getClassName()).matches()) {
                return frame.getClassName().startsWith("com.vaadin.flow.server.communication.");
            }
        }
        return false;
    }
}
