package fr.immunolearn.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.immunolearn.testing.DatabaseTest;
import fr.immunolearn.testing.TestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * V3 on a database that V1 and V2 left with learners in it: every form of route the app wrote into
 * {@code account.resume_location} becomes the same position in {@code learner_position}, and the
 * column goes. On H2, and on PostgreSQL in the build's PostgreSQL run (a schema of its own there).
 */
@DatabaseTest
class ResumePositionMigrationTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:15:00Z");

    private SingleConnectionDataSource database;
    private String schema;
    private Flyway flyway;
    private JdbcClient jdbc;

    @BeforeEach
    void databaseAtV2() {
        if (TestDatabase.isPostgres()) {
            schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
            database =
                    new SingleConnectionDataSource(
                            System.getenv("IMMUNOLEARN_DB_URL"),
                            System.getenv("IMMUNOLEARN_DB_USER"),
                            System.getenv("IMMUNOLEARN_DB_PASSWORD"),
                            true);
        } else {
            database =
                    new SingleConnectionDataSource(
                            "jdbc:h2:mem:migration-"
                                    + UUID.randomUUID()
                                    + ";DATABASE_TO_LOWER=TRUE",
                            "sa",
                            "",
                            true);
        }
        var configuration =
                Flyway.configure().dataSource(database).locations("classpath:db/migration");
        if (schema != null) {
            configuration = configuration.schemas(schema).createSchemas(true);
        }
        flyway = configuration.target("2").load();
        flyway.migrate();
        flyway = configuration.target("3").load();
        jdbc = JdbcClient.create(database);
        if (schema != null) {
            jdbc.sql("set search_path to " + schema).update();
        }
    }

    @AfterEach
    void dropDatabase() {
        if (schema != null) {
            jdbc.sql("drop schema " + schema + " cascade").update();
        }
        database.destroy();
    }

    @Test
    void everyRouteTheAppWroteBecomesTheSamePosition() {
        long lesson = learner("lecon/immunotherapie");
        long passage = learner("lecon/immunotherapie#definition");
        long results = learner("quiz/quiz-a/resultats");
        long untouched = learner(null);

        flyway.migrate();

        assertThat(position(lesson)).contains(new Position.InLesson("immunotherapie", null));
        assertThat(position(passage))
                .contains(new Position.InLesson("immunotherapie", "definition"));
        assertThat(position(results)).contains(new Position.AtResults("quiz-a"));
        assertThat(position(untouched)).isEmpty();
    }

    @Test
    void aQuizResumesWhereItsAttemptsLeftIt() {
        long notStarted = learner("quiz/quiz-a");
        long oneOfThreeAnswered = learner("quiz/quiz-a");
        attempt(oneOfThreeAnswered, "quiz-a", 1, "q1,q2,q3", false, "q1");
        long allAnsweredNotFinished = learner("quiz/quiz-a");
        attempt(allAnsweredNotFinished, "quiz-a", 1, "q1,q2,q3", false, "q1", "q2", "q3");
        long finished = learner("quiz/quiz-a");
        attempt(finished, "quiz-a", 1, "q1,q2,q3", true, "q1", "q2", "q3");
        long retrying = learner("quiz/quiz-a");
        attempt(retrying, "quiz-a", 1, "q1,q2,q3", true, "q1", "q2", "q3");
        attempt(retrying, "quiz-a", 2, "q3,q1,q2", false, "q3", "q1");
        long otherQuizOnly = learner("quiz/quiz-b");
        attempt(otherQuizOnly, "quiz-a", 1, "q1,q2", true, "q1", "q2");

        flyway.migrate();

        assertThat(position(notStarted)).contains(new Position.InQuiz("quiz-a", 0));
        assertThat(position(oneOfThreeAnswered)).contains(new Position.InQuiz("quiz-a", 1));
        assertThat(position(allAnsweredNotFinished))
                .as("the last question, its results one click away")
                .contains(new Position.InQuiz("quiz-a", 2));
        assertThat(position(finished))
                .as("the quiz showed the results of its finished attempt")
                .contains(new Position.AtResults("quiz-a"));
        assertThat(position(retrying)).contains(new Position.InQuiz("quiz-a", 2));
        assertThat(position(otherQuizOnly)).contains(new Position.InQuiz("quiz-b", 0));
    }

    @Test
    void whatIsNoRouteOfTheAppLeavesNoPosition() {
        long[] learners = {
            learner(""),
            learner("accueil"),
            learner("lecon/"),
            learner("lecon/#definition"),
            learner("quiz/"),
            learner("formateur/apprenant/3")
        };

        flyway.migrate();

        for (long learner : learners) {
            assertThat(position(learner)).as("learner " + learner).isEmpty();
        }
    }

    @Test
    void theRouteColumnIsGoneAndAPositionIsTypedOrRefused() {
        long learner = learner("lecon/immunotherapie");

        flyway.migrate();

        assertThatThrownBy(
                        () -> jdbc.sql("select resume_location from account").query().listOfRows())
                .hasMessageContaining("resume_location");
        assertThatThrownBy(
                        () ->
                                jdbc.sql(
                                                "update learner_position set kind = 'QUIZ' where account_id = :id")
                                        .param("id", learner)
                                        .update())
                .as("a quiz position without its quiz and question")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(position(learner)).contains(new Position.InLesson("immunotherapie", null));
    }

    private long learner(String resumeLocation) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into account (email, display_name, password_hash, role, language, seed, created_at,"
                                + " last_active_at, resume_location) values (:email, 'Apprenant', 'x', 'LEARNER', 'fr', 'seed',"
                                + " :at, :at, :location)")
                .param("email", UUID.randomUUID() + "@example.fr")
                .param("at", Timestamp.from(AT))
                .param("location", resumeLocation, java.sql.Types.VARCHAR)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void attempt(
            long account,
            String quizId,
            int number,
            String questions,
            boolean finished,
            String... answered) {
        jdbc.sql(
                        "insert into attempt (account_id, quiz_id, number, question_ids, option_orders, started_at,"
                                + " finished_at) values (:account, :quiz, :number, :questions, '', :at, :finished)")
                .param("account", account)
                .param("quiz", quizId)
                .param("number", number)
                .param("questions", questions)
                .param("at", Timestamp.from(AT))
                .param("finished", finished ? Timestamp.from(AT) : null, java.sql.Types.TIMESTAMP)
                .update();
        long attempt = jdbc.sql("select max(id) from attempt").query(Long.class).single();
        for (int i = 0; i < answered.length; i++) {
            jdbc.sql(
                            "insert into answer (attempt_id, question_id, position, response, credit, correct, answered_at,"
                                    + " time_spent_ms) values (:attempt, :question, :position, '{}', 1, true, :at, 1000)")
                    .param("attempt", attempt)
                    .param("question", answered[i])
                    .param("position", i)
                    .param("at", Timestamp.from(AT))
                    .update();
        }
    }

    private Optional<Position> position(long account) {
        return new PositionStore(jdbc).of(account);
    }
}
