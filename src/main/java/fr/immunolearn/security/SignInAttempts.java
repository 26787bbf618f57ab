package fr.immunolearn.security;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sign-in attempts per throttle key, in the database so that every instance behind a load balancer
 * counts the same attempts. Plain SQL, each statement on its own: a row is only ever changed by a
 * compare-and-set on its count, so concurrent attempts under one key are counted one by one without
 * holding a lock while a password is checked, the same way on H2 and PostgreSQL.
 */
@Repository
class SignInAttempts {

    /** One key's state: attempts since the last success, and when the next one may be evaluated. */
    record Row(int attempts, Instant retryAt, Instant lastAttemptAt) {}

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(String key) {
        return jdbc.sql(
                        "select attempts, retry_at, last_attempt_at from sign_in_attempt where throttle_key = :key")
                .param("key", key)
                .query(
                        (rs, n) ->
                                new Row(
                                        rs.getInt(1),
                                        instant(rs.getTimestamp(2)),
                                        instant(rs.getTimestamp(3))))
                .optional();
    }

    /** The first attempt under {@code key}; false if another request created the row meanwhile. */
    boolean first(String key, Instant retryAt, Instant now) {
        try {
            jdbc.sql(
                            "insert into sign_in_attempt (throttle_key, attempts, retry_at, last_attempt_at)"
                                    + " values (:key, 1, :retryAt, :now)")
                    .param("key", key)
                    .param("retryAt", timestamp(retryAt), Types.TIMESTAMP)
                    .param("now", timestamp(now))
                    .update();
            return true;
        } catch (DuplicateKeyException createdMeanwhile) {
            return false;
        }
    }

    /**
     * Moves {@code key} from {@code seen} attempts to {@code attempts}; false if another request
     * moved it first.
     */
    boolean next(String key, int seen, int attempts, Instant retryAt, Instant now) {
        return jdbc.sql(
                                "update sign_in_attempt set attempts = :attempts, retry_at = :retryAt, last_attempt_at = :now"
                                        + " where throttle_key = :key and attempts = :seen")
                        .param("attempts", attempts)
                        .param("retryAt", timestamp(retryAt), Types.TIMESTAMP)
                        .param("now", timestamp(now))
                        .param("key", key)
                        .param("seen", seen)
                        .update()
                == 1;
    }

    void forget(String key) {
        jdbc.sql("delete from sign_in_attempt where throttle_key = :key")
                .param("key", key)
                .update();
    }

    void forgetOlderThan(Instant cutoff) {
        jdbc.sql("delete from sign_in_attempt where last_attempt_at < :cutoff")
                .param("cutoff", timestamp(cutoff))
                .update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
