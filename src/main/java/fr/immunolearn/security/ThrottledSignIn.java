package fr.immunolearn.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one way to sign in: Spring Security's own password check (BCrypt, and the same work for a
 * name without an account), behind {@link LoginThrottle}. It is the only AuthenticationProvider, so
 * nothing reaches a password without going through the throttle.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledSignIn(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        // request.getRemoteAddr(), as the sign-in filter recorded it: the client itself, or behind
        // a proxy
        // with server.forward-headers-strategy=native, the client the proxy names.
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails web
                        ? web.getRemoteAddress()
                        : "";
        String name = attempt.getName();
        var wait = throttle.admit(name, address);
        if (wait.isPresent()) {
            throw new SignInThrottled(wait.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(name, address);
            return signedIn;
        } catch (AuthenticationException refused) {
            throttle.failed(address);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
