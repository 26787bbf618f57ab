package fr.immunolearn.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first trainer comes from the environment ({@code IMMUNOLEARN_TRAINER_EMAIL},
 * {@code IMMUNOLEARN_TRAINER_PASSWORD}, optionally {@code IMMUNOLEARN_TRAINER_NAME}). There is no
 * default password anywhere: with nothing configured and no trainer yet, none is created and the
 * log says how to create one.
 */
@Component
class FirstTrainer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstTrainer.class);

    static final String HOW_TO = "No trainer account exists. Create one with: java -jar target/immunolearn.jar"
            + " trainer add --email you@example.org (it asks for the password, or reads IMMUNOLEARN_TRAINER_PASSWORD),"
            + " or start the app with IMMUNOLEARN_TRAINER_EMAIL and IMMUNOLEARN_TRAINER_PASSWORD set.";

    private final AccountRepository accounts;
    private final Registration registration;
    private final String email;
    private final String password;
    private final String name;

    FirstTrainer(AccountRepository accounts, Registration registration,
            @Value("${immunolearn.trainer.email:${IMMUNOLEARN_TRAINER_EMAIL:}}") String email,
            @Value("${immunolearn.trainer.password:${IMMUNOLEARN_TRAINER_PASSWORD:}}") String password,
            @Value("${immunolearn.trainer.name:${IMMUNOLEARN_TRAINER_NAME:Formateur}}") String name) {
        this.accounts = accounts;
        this.registration = registration;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!email.isBlank()) {
            if (accounts.existsByEmail(RegistrationRules.normaliseEmail(email))) {
                return;
            }
            if (password.isEmpty()) {
                log.error("IMMUNOLEARN_TRAINER_EMAIL is set but IMMUNOLEARN_TRAINER_PASSWORD is not: no trainer created.");
                return;
            }
            try {
                registration.registerTrainer(new RegistrationForm(name, email, password, "fr"));
                log.info("Trainer account {} created from the configuration.", RegistrationRules.normaliseEmail(email));
            } catch (RegistrationRefused refused) {
                log.error("The configured trainer account was refused ({}): no trainer created.",
                        String.join("; ", refused.describe()));
            }
            return;
        }
        if (accounts.countByRole(Role.TRAINER) == 0) {
            log.warn(HOW_TO);
        }
    }
}
