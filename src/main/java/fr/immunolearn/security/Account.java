package fr.immunolearn.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in: a learner or a trainer.
 *
 * @param email lower-cased, unique
 * @param seed seeds this learner's question orders, so a resumed attempt looks the same
 */
@Table("account")
public record Account(
        @Id Long id,
        String email,
        String displayName,
        String passwordHash,
        Role role,
        String language,
        String seed,
        Instant createdAt,
        Instant lastActiveAt) {

    public Account withId(Long newId) {
        return new Account(
                newId,
                email,
                displayName,
                passwordHash,
                role,
                language,
                seed,
                createdAt,
                lastActiveAt);
    }
}
