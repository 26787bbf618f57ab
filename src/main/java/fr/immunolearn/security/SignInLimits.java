package fr.immunolearn.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard password guessing is slowed down ({@code immunolearn.sign-in.*}).
 *
 * @param freeFailures attempts on one name from one client address that cost nothing, before each
 *     further one waits
 * @param firstDelay the wait after {@code freeFailures} attempts without success; it doubles with
 *     each further one
 * @param longestDelay the wait stops doubling here
 * @param failuresPerAddress wrong passwords one client address may send, on any names, before it
 *     waits
 * @param addressRefill how long a spent address budget takes to refill completely (it refills
 *     gradually)
 * @param forgetAfter attempts under a name and address this old no longer count, and are deleted
 * @param trackedAddresses addresses whose budget is held in memory before the full ones are dropped
 */
@ConfigurationProperties("immunolearn.sign-in")
public record SignInLimits(
        @DefaultValue("5") int freeFailures,
        @DefaultValue("1m") Duration firstDelay,
        @DefaultValue("30m") Duration longestDelay,
        @DefaultValue("30") int failuresPerAddress,
        @DefaultValue("1h") Duration addressRefill,
        @DefaultValue("1d") Duration forgetAfter,
        @DefaultValue("10000") int trackedAddresses) {

    public SignInLimits {
        if (freeFailures < 1 || failuresPerAddress < 1 || trackedAddresses < 1) {
            throw new IllegalArgumentException(
                    "immunolearn.sign-in: free-failures, failures-per-address and"
                            + " tracked-addresses must be at least 1");
        }
        if (!positive(firstDelay)
                || longestDelay.compareTo(firstDelay) < 0
                || !positive(addressRefill)
                || !positive(forgetAfter)) {
            throw new IllegalArgumentException(
                    "immunolearn.sign-in: first-delay, address-refill and forget-after"
                            + " must be positive, and longest-delay at least first-delay");
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /**
     * How long the next attempt waits once {@code attempts} attempts under one name and address
     * have gone without success: nothing for the first {@link #freeFailures}, then {@link
     * #firstDelay}, doubling each time, up to {@link #longestDelay}.
     */
    public Duration delayAfter(int attempts) {
        if (attempts < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
