package fr.immunolearn.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} wrong passwords in a row an account
 * is locked for a minute, then twice as long after each further failure, up to half an hour. The
 * count lives in the database, so every instance behind the load balancer enforces it.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(30);

    private final AccountRepository accounts;
    private final Clock clock;

    LoginThrottle(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** How long an account is locked after {@code failures} wrong passwords in a row. */
    static Duration lockAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findBySignInAddress(event.getAuthentication().getName()).ifPresent(account -> {
            int failures = account.failedLogins() + 1;
            Duration lock = lockAfter(failures);
            Instant until = lock.isZero() ? null : clock.instant().plus(lock);
            accounts.recordLoginFailures(account.id(), failures, until);
        });
    }

    @EventListener
    @Transactional
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordLoginSuccess(principal.accountId(), clock.instant());
        }
    }
}
