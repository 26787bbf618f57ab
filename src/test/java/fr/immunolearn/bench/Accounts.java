package fr.immunolearn.bench;

import fr.immunolearn.security.Account;
import fr.immunolearn.security.AccountRepository;
import fr.immunolearn.security.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Learner accounts made in bulk, sharing one BCrypt hash: hashing 500 passwords would measure
 * BCrypt.
 */
final class Accounts {

    static final String PASSWORD = "une phrase de banc 2026";

    private Accounts() {}

    static List<Account> learners(AppInProcess app, int count, String tag) {
        AccountRepository accounts = app.bean(AccountRepository.class);
        String hash = app.bean(PasswordEncoder.class).encode(PASSWORD);
        List<Account> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(
                    accounts.save(
                            new Account(
                                    null,
                                    tag + "-" + i + "-" + UUID.randomUUID() + "@bench.example",
                                    "Bench " + i,
                                    hash,
                                    Role.LEARNER,
                                    "fr",
                                    UUID.randomUUID().toString().substring(0, 24),
                                    Instant.now(),
                                    null)));
        }
        return created;
    }
}
