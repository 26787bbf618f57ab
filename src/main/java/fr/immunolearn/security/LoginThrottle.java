package fr.immunolearn.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without ever locking anyone out. Two limits, both checked before a
 * password is looked at, and both answering the same for a name with or without an account:
 *
 * <ul>
 *   <li><b>per name and client address</b>, in the database so that every instance counts the same
 *       attempts: after {@link SignInLimits#freeFailures()} attempts without success, each next one
 *       waits (a minute, doubling up to half an hour). Counting per address is what keeps the
 *       trainer able to sign in while someone elsewhere guesses her password: the guesser only
 *       slows himself down. Attempts are counted <em>before</em> the password is checked, so
 *       guesses sent all at once are held back too.
 *   <li><b>per client address</b>, on any names: a budget of wrong passwords (30 an hour by
 *       default) in a token bucket (Bucket4j), against one address trying a few passwords on many
 *       accounts. It is held in memory: it is there to blunt floods of guesses, and a database
 *       write per rejected guess would let the flood through to the database; with several
 *       instances an address gets one budget per instance, which still bounds it. Only wrong
 *       passwords spend it, so a class signing in behind one address is not held back; guesses sent
 *       at once are charged afterwards, leaving the budget in debt.
 * </ul>
 *
 * What is held back gets the same "try again in N s" answer whatever the password, so waiting
 * attempts reveal nothing.
 */
@Component
public class LoginThrottle {

    private final SignInAttempts attempts;
    private final AccountRepository accounts;
    private final SignInLimits limits;
    private final Clock clock;
    private final Map<ClientAddress, Bucket> addresses = new ConcurrentHashMap<>();

    LoginThrottle(
            SignInAttempts attempts, AccountRepository accounts, SignInLimits limits, Clock clock) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Called before the password of an attempt is checked: empty if it may be checked (and it is
     * then counted), or how long the client has to wait before trying again.
     */
    Optional<Duration> admit(String name, String remoteAddress) {
        ClientAddress address = ClientAddress.of(remoteAddress);
        Bucket budget = addresses.get(address);
        if (budget != null) {
            var probe = budget.estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
        }
        return count(key(name, address));
    }

    /** A wrong password (or an unknown name): it spends the address's budget. */
    void failed(String remoteAddress) {
        ClientAddress address = ClientAddress.of(remoteAddress);
        if (addresses.size() >= limits.trackedAddresses() && !addresses.containsKey(address)) {
            forgetFullBudgets();
        }
        addresses
                .computeIfAbsent(
                        address,
                        any ->
                                Bucket.builder()
                                        .addLimit(
                                                Bandwidth.builder()
                                                        .capacity(limits.failuresPerAddress())
                                                        .refillGreedy(
                                                                limits.failuresPerAddress(),
                                                                limits.addressRefill())
                                                        .build())
                                        .build())
                .consumeIgnoringRateLimits(1);
    }

    /** The right password: attempts under this name from this address start again from nothing. */
    void succeeded(String name, String remoteAddress) {
        attempts.forget(key(name, ClientAddress.of(remoteAddress)));
    }

    /**
     * Counts one more attempt under {@code key} unless it has to wait. A compare-and-set on the
     * count: when two requests race, one wins and the other reads the row again.
     */
    private Optional<Duration> count(String key) {
        for (int race = 0; race < 20; race++) {
            Instant now = clock.instant();
            Optional<SignInAttempts.Row> row = attempts.find(key);
            if (row.isPresent()
                    && row.get().retryAt() != null
                    && row.get().retryAt().isAfter(now)) {
                return Optional.of(Duration.between(now, row.get().retryAt()));
            }
            boolean stale =
                    row.isPresent()
                            && row.get().lastAttemptAt().isBefore(now.minus(limits.forgetAfter()));
            int next = row.isEmpty() || stale ? 1 : row.get().attempts() + 1;
            Duration delay = limits.delayAfter(next);
            Instant retryAt = delay.isZero() ? null : now.plus(delay);
            if (row.isEmpty()) {
                if (attempts.first(key, retryAt, now)) {
                    // A new row is where the table grows, so it is also where old rows go.
                    attempts.forgetOlderThan(now.minus(limits.forgetAfter()));
                    return Optional.empty();
                }
            } else if (attempts.next(key, row.get().attempts(), next, retryAt, now)) {
                return Optional.empty();
            }
        }
        // So many attempts at once under one key is itself a flood: it waits like one.
        return Optional.of(limits.firstDelay());
    }

    /** A full budget says nothing an absent one does not; dropping them bounds the memory held. */
    private void forgetFullBudgets() {
        addresses
                .values()
                .removeIf(bucket -> bucket.getAvailableTokens() >= limits.failuresPerAddress());
        if (addresses.size() >= limits.trackedAddresses()) {
            // Still full of addresses in debt: an attack from very many addresses. Memory comes
            // first;
            // the per-name delays, in the database, still hold.
            addresses.clear();
        }
    }

    /**
     * The key of a name typed (normalised like an e-mail, whether or not an account has it) and of
     * a client address, hashed: fixed length, and nothing typed is kept in clear.
     */
    static String key(String name, ClientAddress address) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest =
                    sha256.digest(
                            (RegistrationRules.normaliseEmail(name) + '\n' + address.key())
                                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    @EventListener
    @Transactional
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordLoginSuccess(principal.accountId(), clock.instant());
        }
    }
}
