package fr.immunolearn.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a refused sign-in goes: back to the form, with "wrong e-mail or password" or "try again in
 * N s". Both answers are the same for an address with an account and one without.
 */
final class SignInFailures implements AuthenticationFailureHandler {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException refused)
            throws IOException {
        String answer =
                refused instanceof SignInThrottled throttled
                        ? "?wait=" + throttled.seconds()
                        : "?error";
        redirect.sendRedirect(request, response, SecurityConfiguration.LOGIN_PATH + answer);
    }
}
