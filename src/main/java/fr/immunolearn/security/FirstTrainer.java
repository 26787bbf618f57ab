package fr.immunolearn.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first trainer comes from the environment ({@code IMMUNOLEARN_TRAINER_EMAIL}, {@code
 * IMMUNOLEARN_TRAINER_PASSWORD}, optionally {@code IMMUNOLEARN_TRAINER_NAME}). There is no default
 * password anywhere: with nothing configured and no trainer yet, none is created and the log says
 * how to create one. Whatever happens to the configured account, the log says it, and nothing here
 * stops the app from starting.
 */
@Component
class FirstTrainer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstTrainer.class);

    static final String COMMAND =
            "java -jar target/immunolearn.jar trainer add --email you@example.org";
    static final String HOW_TO =
            "No trainer account exists. Create one with: "
                    + COMMAND
                    + " (it asks for the password, or reads IMMUNOLEARN_TRAINER_PASSWORD),"
                    + " or start the app with IMMUNOLEARN_TRAINER_EMAIL and IMMUNOLEARN_TRAINER_PASSWORD set.";

    private final AccountRepository accounts;
    private final Registration registration;
    private final String email;
    private final String password;
    private final String name;

    FirstTrainer(
            AccountRepository accounts,
            Registration registration,
            @Value("${immunolearn.trainer.email:${IMMUNOLEARN_TRAINER_EMAIL:}}") String email,
            @Value("${immunolearn.trainer.password:${IMMUNOLEARN_TRAINER_PASSWORD:}}")
                    String password,
            @Value("${immunolearn.trainer.name:${IMMUNOLEARN_TRAINER_NAME:Formateur}}")
                    String name) {
        this.accounts = accounts;
        this.registration = registration;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (email.isBlank()) {
            if (accounts.countByRole(Role.TRAINER) == 0) {
                log.warn(HOW_TO);
            }
            return;
        }
        String address = RegistrationRules.normaliseEmail(email);
        Optional<Account> existing = accounts.findByEmail(address);
        if (existing.isPresent() && existing.get().role() == Role.TRAINER) {
            log.warn(
                    "Trainer account {} already exists: IMMUNOLEARN_TRAINER_PASSWORD is used only to create it"
                            + " and does not change its password; it can be removed from the environment.",
                    address);
            return;
        }
        if (password.isEmpty()) {
            log.error(
                    "IMMUNOLEARN_TRAINER_EMAIL is set but IMMUNOLEARN_TRAINER_PASSWORD is not: no trainer created.");
            return;
        }
        if (existing.isPresent()) {
            promote(address);
            return;
        }
        try {
            registration.registerTrainer(new RegistrationForm(name, email, password, "fr"));
            log.info("Trainer account {} created from the configuration.", address);
        } catch (RegistrationRefused refused) {
            log.error(
                    "The configured trainer account was refused ({}): no trainer created. Fix"
                            + " IMMUNOLEARN_TRAINER_EMAIL or IMMUNOLEARN_TRAINER_PASSWORD and restart.",
                    String.join("; ", refused.describe()));
        }
    }

    /**
     * The address belongs to a learner. Making it a trainer on the address alone would give the
     * trainer space to whoever registered it first, so only the learner's own password promotes it.
     */
    private void promote(String address) {
        if (registration.promoteToTrainer(address, password)) {
            log.warn(
                    "IMMUNOLEARN_TRAINER_EMAIL {} belonged to a learner account whose password is"
                            + " IMMUNOLEARN_TRAINER_PASSWORD: that account is a trainer now, and signs in with that password.",
                    address);
        } else {
            log.error(
                    "IMMUNOLEARN_TRAINER_EMAIL {} already belongs to a learner account, and"
                            + " IMMUNOLEARN_TRAINER_PASSWORD is not its password: no trainer created, the account stays a"
                            + " learner and the configured password does not sign in. If that learner account is yours, set"
                            + " IMMUNOLEARN_TRAINER_PASSWORD to its password and restart to make it a trainer; if it is not,"
                            + " someone else registered this address: configure another one, or create a trainer with: "
                            + COMMAND,
                    address);
        }
    }
}
