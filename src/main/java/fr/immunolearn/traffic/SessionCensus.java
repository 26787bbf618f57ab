package fr.immunolearn.traffic;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Counts the live anonymous sessions of each client address, gives a new session the short
 * anonymous lifetime, and the usual one ({@code server.servlet.session.timeout}) once its learner
 * signs in, when it stops counting against the address.
 *
 * <p>A session learns its address from the request that creates it ({@link SessionGuard} names the
 * address of the request the thread is serving), and keeps it as an attribute, which survives the
 * change of session id at sign-in. Sign-in is seen as Spring Security storing an authenticated
 * context in the session, so this needs no hook in the security configuration.
 */
@Component
public class SessionCensus implements HttpSessionListener, HttpSessionAttributeListener {

    static final String ANONYMOUS = SessionCensus.class.getName() + ".anonymous";
    private static final ThreadLocal<String> REQUEST_ADDRESS = new ThreadLocal<>();
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final TrafficLimits limits;
    private final AddressCounts anonymous = new AddressCounts();

    SessionCensus(TrafficLimits limits) {
        this.limits = limits;
    }

    /** Anonymous sessions that {@code address} holds now. */
    public int anonymousSessions(String address) {
        return anonymous.of(address);
    }

    boolean isFull(String address) {
        return anonymous.of(address) >= limits.anonymousSessionsPerAddress();
    }

    /** Names the address of the request this thread serves, until {@link #leave()}. */
    void enter(String address) {
        REQUEST_ADDRESS.set(address);
    }

    void leave() {
        REQUEST_ADDRESS.remove();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        String address = REQUEST_ADDRESS.get();
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval((int) limits.anonymousSessionTimeout().toSeconds());
        if (address != null) {
            anonymous.add(address);
            session.setAttribute(ANONYMOUS, new Mark(address, new AtomicBoolean(true)));
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        forget(event.getSession());
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        signedIn(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        signedIn(event);
    }

    private void signedIn(HttpSessionBindingEvent event) {
        if (!HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY.equals(
                event.getName())) {
            return;
        }
        HttpSession session = event.getSession();
        // For attributeReplaced the event carries the old value: read the one now in the session.
        if (session.getAttribute(event.getName()) instanceof SecurityContext context
                && TRUST.isAuthenticated(context.getAuthentication())) {
            session.setMaxInactiveInterval(session.getServletContext().getSessionTimeout() * 60);
            forget(session);
            session.removeAttribute(ANONYMOUS);
        }
    }

    private void forget(HttpSession session) {
        if (session.getAttribute(ANONYMOUS) instanceof Mark mark
                && mark.counted().compareAndSet(true, false)) {
            anonymous.remove(mark.address());
        }
    }

    /**
     * The address an anonymous session counts against; {@code counted} makes sure it is uncounted
     * once.
     */
    private record Mark(String address, AtomicBoolean counted) implements Serializable {}
}
