package fr.immunolearn.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in form that does not carry the CSRF token of the visitor's own session: without
 * it, any site could post its own credentials to {@code /connexion} and sign the visitor into the
 * attacker's account (login CSRF), to read later what the visitor did there.
 *
 * <p>Vaadin's {@code setLoginView} exempts the sign-in path from Spring's CSRF check, yet Vaadin's
 * login form does post the token (it copies the {@code _csrf} meta tags Vaadin writes into every
 * page). So the check is made here, with Spring's own token repository and handler (the {@code
 * CsrfFilter} before this one has loaded the session's token), rather than by checking Origin or
 * Referer, which a proxy in front of the app would have to forward exactly. A session that expired
 * while its sign-in page stayed open fails the same way, so the answer says to sign in again.
 */
final class SignInForgeryCheck extends OncePerRequestFilter {

    private final RequestMatcher signIn =
            PathPatternRequestMatcher.withDefaults()
                    .matcher(HttpMethod.POST, SecurityConfiguration.LOGIN_PATH);
    private final CsrfTokenRequestHandler tokens = new XorCsrfTokenRequestAttributeHandler();
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (signIn.matches(request) && !carriesItsSessionsToken(request)) {
            redirect.sendRedirect(request, response, SecurityConfiguration.LOGIN_PATH + "?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean carriesItsSessionsToken(HttpServletRequest request) {
        if (!(request.getAttribute(DeferredCsrfToken.class.getName())
                instanceof DeferredCsrfToken deferred)) {
            return false;
        }
        CsrfToken expected = deferred.get();
        if (deferred.isGenerated()) {
            // The session had no token: the form was not opened in it.
            return false;
        }
        String actual = tokens.resolveCsrfTokenValue(request, expected);
        return actual != null
                && MessageDigest.isEqual(
                        expected.getToken().getBytes(StandardCharsets.UTF_8),
                        actual.getBytes(StandardCharsets.UTF_8));
    }
}
