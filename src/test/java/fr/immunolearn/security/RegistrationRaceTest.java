package fr.immunolearn.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.testing.DatabaseTest;
import fr.immunolearn.testing.Race;
import fr.immunolearn.testing.Race.Outcome;
import fr.immunolearn.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same e-mail address registered from two forms at the same instant: one account is created,
 * and the other form is told, on its e-mail field, that the address is taken, as when the account
 * already existed.
 */
@SpringBootTest
@DatabaseTest
class RegistrationRaceTest {

    static final int ROUNDS = 20;

    @Autowired Registration registration;

    @Autowired AccountRepository accounts;

    private final Race race = new Race();

    @AfterEach
    void stopRacing() {
        race.close();
    }

    @Test
    void theSameEmailRegisteredTwiceAtOnceMakesOneAccountAndTellsTheOtherFormItIsTaken() {
        List<String> wrong =
                Race.rounds(
                        ROUNDS,
                        round -> {
                            String email = "twice-" + UUID.randomUUID() + "@example.fr";
                            List<Outcome<Account>> outcomes =
                                    race.run(
                                            () ->
                                                    registration.registerLearner(
                                                            new RegistrationForm(
                                                                    "Première",
                                                                    email,
                                                                    "une phrase facile 42",
                                                                    "fr")),
                                            () ->
                                                    registration.registerLearner(
                                                            new RegistrationForm(
                                                                    "Seconde",
                                                                    email,
                                                                    "une autre phrase 43",
                                                                    "en")));
                            List<Outcome<Account>> created =
                                    outcomes.stream().filter(o -> !o.failed()).toList();
                            List<Outcome<Account>> refused =
                                    outcomes.stream()
                                            .filter(
                                                    o ->
                                                            o.failed()
                                                                    && o.failure()
                                                                            instanceof
                                                                            RegistrationRefused r
                                                                    && r.errors()
                                                                            .equals(
                                                                                    Map.of(
                                                                                            RegistrationField
                                                                                                    .EMAIL,
                                                                                            "register.error.email.taken")))
                                            .toList();
                            if (created.size() != 1 || refused.size() != 1) {
                                return "expected one account and one \"e-mail taken\", got "
                                        + outcomes;
                            }
                            Account stored = accounts.findByEmail(email).orElse(null);
                            if (stored == null
                                    || !stored.id().equals(created.get(0).value().id())) {
                                return "the account stored is "
                                        + stored
                                        + ", not the one created "
                                        + created.get(0).value();
                            }
                            return null;
                        });
        System.out.printf(
                "registration race on %s: %d of %d rounds went wrong%n",
                TestDatabase.isPostgres() ? "PostgreSQL" : "H2", wrong.size(), ROUNDS);
        wrong.stream().limit(3).forEach(w -> System.out.println("  " + w));
        assertThat(wrong).as("rounds that went wrong").isEmpty();
    }
}
