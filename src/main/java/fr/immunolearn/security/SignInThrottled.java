package fr.immunolearn.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt held back by {@link LoginThrottle}: its password was not looked at. */
class SignInThrottled extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final transient Duration wait;

    SignInThrottled(Duration wait) {
        super("too many attempts");
        this.wait = wait;
    }

    /** Whole seconds to wait, rounded up, at least one. */
    long seconds() {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
