package fr.immunolearn.progress;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.testing.CourseJourneys;
import fr.immunolearn.testing.DatabaseTest;
import fr.immunolearn.testing.Race;
import fr.immunolearn.testing.Race.Outcome;
import fr.immunolearn.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One learner in two tabs (or two devices) doing the same thing at the same instant. Whichever
 * request stores first wins; the other must end with what is stored, as a normal outcome, never
 * with an exception. Each race is played many times: a single round often misses the window.
 */
@SpringBootTest
@DatabaseTest
class TwoSessionsAtOnceTest {

    static final int ROUNDS = 40;

    @Autowired Attempts attempts;

    @Autowired LessonReading reading;

    @Autowired LearnerOverview overview;

    @Autowired Registration registration;

    @Autowired CourseEditions editions;

    private Quiz quiz;
    private final Race race = new Race();

    @BeforeEach
    void firstQuiz() {
        quiz = editions.defaultEdition().lessons().get(0).quiz();
    }

    @AfterEach
    void stopRacing() {
        race.close();
    }

    private long newLearner() {
        return registration
                .registerLearner(
                        new RegistrationForm(
                                "Deux Onglets",
                                "tabs-" + UUID.randomUUID() + "@example.fr",
                                "une phrase facile 42",
                                "fr"))
                .id();
    }

    @Test
    void answeringTheSameQuestionInTwoTabsStoresOneAnswerAndBothTabsGetIt() {
        List<String> wrong =
                Race.rounds(
                        ROUNDS,
                        round -> {
                            long learner = newLearner();
                            AttemptState state = attempts.open(learner, quiz.id());
                            long attemptId = state.attempt().id();
                            String questionId = state.attempt().questionOrder().get(0);
                            Question question = quiz.question(questionId).orElseThrow();
                            List<Outcome<MarkedAnswer>> outcomes =
                                    race.run(
                                            () ->
                                                    attempts.answer(
                                                            learner,
                                                            attemptId,
                                                            questionId,
                                                            CourseJourneys.right(question),
                                                            "fr",
                                                            Duration.ofSeconds(3)),
                                            () ->
                                                    attempts.answer(
                                                            learner,
                                                            attemptId,
                                                            questionId,
                                                            CourseJourneys.wrong(question),
                                                            "fr",
                                                            Duration.ofSeconds(4)));
                            if (outcomes.stream().anyMatch(Outcome::failed)) {
                                return "an exception escaped: " + outcomes;
                            }
                            List<RecordedAnswer> stored =
                                    attempts.state(learner, attemptId).answers();
                            if (stored.size() != 1) {
                                return stored.size() + " answers stored";
                            }
                            Answer kept = AnswerJson.read(stored.get(0).response());
                            for (Outcome<MarkedAnswer> outcome : outcomes) {
                                MarkedAnswer shown = outcome.value();
                                if (!shown.answer().equals(kept)
                                        || shown.mark().credit() != stored.get(0).credit()) {
                                    return "a tab was given "
                                            + shown
                                            + " while "
                                            + stored.get(0)
                                            + " is stored";
                                }
                            }
                            if (outcomes.stream().filter(o -> o.value().alreadyAnswered()).count()
                                    != 1) {
                                return "exactly one tab should be told the question was already answered: "
                                        + outcomes;
                            }
                            return null;
                        });
        report("answer", ROUNDS, wrong);
        assertThat(wrong).as("rounds that went wrong").isEmpty();
    }

    @Test
    void openingTheSameQuizInTwoTabsStartsOneAttemptAndBothTabsAreOnIt() {
        List<String> wrong =
                Race.rounds(
                        ROUNDS,
                        round -> {
                            long learner = newLearner();
                            List<Outcome<AttemptState>> outcomes =
                                    race.run(
                                            () -> attempts.open(learner, quiz.id()),
                                            () -> attempts.open(learner, quiz.id()));
                            return oneAttemptForBoth(
                                    outcomes, attempts.attempts(learner, quiz.id()), 1);
                        });
        report("open", ROUNDS, wrong);
        assertThat(wrong).as("rounds that went wrong").isEmpty();
    }

    @Test
    void retryingInTwoTabsStartsOneNewAttemptAndBothTabsAreOnIt() {
        CourseJourneys journeys = new CourseJourneys(editions.defaultEdition(), attempts, reading);
        List<String> wrong =
                Race.rounds(
                        ROUNDS / 2,
                        round -> {
                            long learner = newLearner();
                            journeys.take(learner, quiz, Set.of(quiz.questions().get(0).id()));
                            List<Outcome<AttemptState>> outcomes =
                                    race.run(
                                            () -> attempts.retry(learner, quiz.id()),
                                            () -> attempts.retry(learner, quiz.id()));
                            return oneAttemptForBoth(
                                    outcomes, attempts.attempts(learner, quiz.id()), 2);
                        });
        report("retry", ROUNDS / 2, wrong);
        assertThat(wrong).as("rounds that went wrong").isEmpty();
    }

    @Test
    void twoTabsMovingToDifferentPlacesAtOnceLeaveOneOfThePositionsWhole() {
        Course course = editions.defaultEdition();
        String lessonId = course.lessons().get(0).id();
        String passageId = course.lessons().get(0).passages().get(0).id();
        List<String> wrong =
                Race.rounds(
                        ROUNDS,
                        round -> {
                            long learner = newLearner();
                            if (round % 2 == 1) {
                                // Half the rounds race the first save (two inserts), half a later
                                // one (two updates).
                                reading.opened(learner, course.lessons().get(1).id());
                            }
                            List<Outcome<Boolean>> outcomes =
                                    race.run(
                                            () -> {
                                                reading.passageSeen(learner, lessonId, passageId);
                                                return true;
                                            },
                                            () -> {
                                                attempts.open(learner, quiz.id());
                                                return true;
                                            });
                            if (outcomes.stream().anyMatch(Outcome::failed)) {
                                return "an exception escaped: " + outcomes;
                            }
                            Optional<Position> position = overview.position(learner);
                            List<Position> either =
                                    List.of(
                                            new Position.InLesson(lessonId, passageId),
                                            new Position.InQuiz(quiz.id(), 0));
                            return position.filter(either::contains).isPresent()
                                    ? null
                                    : "position " + position + " is neither of " + either;
                        });
        report("position", ROUNDS, wrong);
        assertThat(wrong).as("rounds that went wrong").isEmpty();
    }

    @Test
    void openingTheSameLessonForTheFirstTimeInTwoTabsRecordsOneVisit() {
        String lessonId = editions.defaultEdition().lessons().get(0).id();
        List<String> wrong =
                Race.rounds(
                        ROUNDS,
                        round -> {
                            long learner = newLearner();
                            List<Outcome<Boolean>> outcomes =
                                    race.run(
                                            () -> {
                                                reading.opened(learner, lessonId);
                                                return true;
                                            },
                                            () -> {
                                                reading.opened(learner, lessonId);
                                                return true;
                                            });
                            if (outcomes.stream().anyMatch(Outcome::failed)) {
                                return "an exception escaped: " + outcomes;
                            }
                            List<LessonProgress> visits = overview.lessonVisits(learner);
                            return visits.size() == 1 ? null : visits.size() + " visits recorded";
                        });
        report("lesson", ROUNDS, wrong);
        assertThat(wrong).as("rounds that went wrong").isEmpty();
    }

    private static String oneAttemptForBoth(
            List<Outcome<AttemptState>> outcomes, List<Attempt> stored, int number) {
        if (outcomes.stream().anyMatch(Outcome::failed)) {
            return "an exception escaped: " + outcomes;
        }
        if (stored.size() != number) {
            return stored.size() + " attempts stored, " + number + " expected";
        }
        long last = stored.get(number - 1).id();
        for (Outcome<AttemptState> outcome : outcomes) {
            if (outcome.value().attempt().id() != last || outcome.value().attempt().isFinished()) {
                return "a tab is on attempt "
                        + outcome.value().attempt()
                        + ", not on the open attempt "
                        + last;
            }
        }
        return null;
    }

    /** The figure the race gives on this database, in the test's output. */
    static void report(String what, int rounds, List<String> wrong) {
        System.out.printf(
                "%s race on %s: %d of %d rounds went wrong%n",
                what, TestDatabase.isPostgres() ? "PostgreSQL" : "H2", wrong.size(), rounds);
        wrong.stream().limit(3).forEach(w -> System.out.println("  " + w));
    }
}
