package fr.immunolearn.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts; refuses a bad form as a whole and saves nothing then. */
@Service
public class Registration {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public Registration(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * @throws RegistrationRefused naming every wrong field, including an e-mail already in use
     */
    @Transactional
    public Account registerLearner(RegistrationForm form) {
        return create(form, Role.LEARNER);
    }

    /** For the trainer commands and the configured first trainer: the same rules as learners. */
    @Transactional
    public Account registerTrainer(RegistrationForm form) {
        return create(form, Role.TRAINER);
    }

    /**
     * Makes the learner with this address a trainer, only if {@code password} is that learner's
     * password: whoever registered the address first must not become a trainer by it.
     *
     * @return whether the account is a trainer now
     */
    @Transactional
    public boolean promoteToTrainer(String email, String password) {
        // BCrypt would compare the first 72 bytes only, and no account has a longer password.
        if (password == null
                || password.getBytes(StandardCharsets.UTF_8).length
                        > RegistrationRules.MAX_PASSWORD_BYTES) {
            return false;
        }
        Optional<Account> learner =
                accounts.findByEmail(RegistrationRules.normaliseEmail(email))
                        .filter(account -> account.role() == Role.LEARNER)
                        .filter(account -> passwords.matches(password, account.passwordHash()));
        learner.ifPresent(account -> accounts.updateRole(account.id(), Role.TRAINER.name()));
        return learner.isPresent();
    }

    private Account create(RegistrationForm form, Role role) {
        Map<RegistrationField, String> errors = RegistrationRules.check(form);
        String email = RegistrationRules.normaliseEmail(form.email());
        if (!errors.containsKey(RegistrationField.EMAIL) && accounts.existsByEmail(email)) {
            errors.put(RegistrationField.EMAIL, "register.error.email.taken");
        }
        if (!errors.isEmpty()) {
            throw new RegistrationRefused(errors);
        }
        Account account =
                new Account(
                        null,
                        email,
                        form.name().strip(),
                        passwords.encode(form.password()),
                        role,
                        form.language() == null ? "fr" : form.language(),
                        newSeed(),
                        clock.instant(),
                        null);
        try {
            return accounts.save(account);
        } catch (DuplicateKeyException raceWithAnotherRegistration) {
            throw new RegistrationRefused(
                    Map.of(RegistrationField.EMAIL, "register.error.email.taken"));
        }
    }

    private static String newSeed() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
