package fr.immunolearn.traffic;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away, with 429 and a short page, a request that has no session when its address already
 * holds {@link TrafficLimits#anonymousSessionsPerAddress()} anonymous sessions: nearly every such
 * request would make one more (Vaadin makes a session for any page, Spring Security for the
 * sign-in). Requests of a live session always pass, so learners already on the site keep working
 * whatever another client of their address does; and the files of Vaadin's bundle and the health
 * check never make a session, so they pass too. It runs before everything else, so that the session
 * made further down learns its address ({@link SessionCensus}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SessionGuard extends OncePerRequestFilter {

    private final SessionCensus census;
    private final TrafficLimits limits;

    SessionGuard(SessionCensus census, TrafficLimits limits) {
        this.census = census;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (request.getSession(false) == null && census.isFull(address) && makesSessions(request)) {
            RefusalPage.write(response, Refusal.SESSIONS, limits.anonymousSessionTimeout());
            return;
        }
        census.enter(address);
        try {
            chain.doFilter(request, response);
        } finally {
            census.leave();
        }
    }

    /**
     * Error pages run after the first pass has ended, and may make a session too: name its address
     * then as well.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static boolean makesSessions(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/VAADIN/build/")
                || path.startsWith("/VAADIN/static/")
                || path.startsWith("/styles/")
                || path.startsWith("/actuator/health"));
    }
}
