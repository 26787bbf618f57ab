package fr.immunolearn.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.LessonBlock;
import fr.immunolearn.course.Passage;
import fr.immunolearn.progress.CourseRules.CheckVerdict;
import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.storage.Transactions;
import fr.immunolearn.testing.DatabaseTest;
import fr.immunolearn.testing.Race;
import fr.immunolearn.testing.Race.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A learner's answers to a lesson's knowledge checks, as the database keeps them: kept before the
 * verdict is given, the last one wins, the lesson becomes read once every check is answered, and
 * two tabs answering at once leave one whole answer, never a mix. The course is the real one with
 * two checks added to its first lesson.
 */
@SpringBootTest
@DatabaseTest
class LessonChecksTest {

    private static final LessonBlock.Check SINGLE =
            new LessonBlock.Check(
                    "chk-test-single",
                    "?",
                    false,
                    List.of(
                            new LessonBlock.CheckChoice("a", "A", false, "non"),
                            new LessonBlock.CheckChoice("b", "B", true, "oui")));
    private static final LessonBlock.Check MULTIPLE =
            new LessonBlock.Check(
                    "chk-test-multiple",
                    "?",
                    true,
                    List.of(
                            new LessonBlock.CheckChoice("a", "A", true, "oui"),
                            new LessonBlock.CheckChoice("b", "B", false, "non"),
                            new LessonBlock.CheckChoice("c", "C", true, "oui")));

    @Autowired CourseEditions editions;

    @Autowired JdbcClient jdbc;

    @Autowired LessonProgressStore store;

    @Autowired Transactions transactions;

    @Autowired Clock clock;

    @Autowired Registration registration;

    private LessonChecks checks;
    private String lessonId;
    private final Race race = new Race();

    @BeforeEach
    void aCourseWithTwoChecksInItsFirstLesson() {
        Course real = editions.defaultEdition();
        Lesson first = real.lessons().get(0);
        // The lesson's own checks are left out, so the two below are all it has.
        List<Passage> passages =
                new ArrayList<>(
                        first.passages().stream()
                                .map(
                                        p ->
                                                new Passage(
                                                        p.id(),
                                                        p.title(),
                                                        p.concepts(),
                                                        p.body().stream()
                                                                .filter(
                                                                        b ->
                                                                                !(b
                                                                                        instanceof
                                                                                        LessonBlock
                                                                                                .Check))
                                                                .toList()))
                                .toList());
        Passage passage = passages.get(0);
        passages.set(
                0,
                new Passage(
                        passage.id(),
                        passage.title(),
                        passage.concepts(),
                        Stream.concat(passage.body().stream(), Stream.of(SINGLE, MULTIPLE))
                                .toList()));
        Lesson withChecks =
                new Lesson(
                        first.id(),
                        first.title(),
                        first.objectives(),
                        first.concepts(),
                        first.introHtml(),
                        passages,
                        first.keyPoints(),
                        first.glossaryTerms(),
                        first.quiz());
        List<Lesson> lessons = new ArrayList<>(real.lessons());
        lessons.set(0, withChecks);
        Course course =
                new Course(
                        real.id(),
                        real.language(),
                        real.title(),
                        real.description(),
                        real.source(),
                        real.disclaimer(),
                        real.completion(),
                        real.finalUnlock(),
                        real.concepts(),
                        real.glossary(),
                        lessons,
                        real.finalAssessment());
        checks =
                new LessonChecks(
                        new CourseEditions(real.language(), Map.of(real.language(), course)),
                        jdbc,
                        store,
                        transactions,
                        clock);
        lessonId = first.id();
    }

    @AfterEach
    void stopRacing() {
        race.close();
    }

    private long newLearner() {
        return registration
                .registerLearner(
                        new RegistrationForm(
                                "Vérification",
                                "checks-" + UUID.randomUUID() + "@example.fr",
                                "une phrase facile 42",
                                "fr"))
                .id();
    }

    private boolean read(long learner) {
        return store.of(learner).stream()
                .anyMatch(p -> p.lessonId().equals(lessonId) && p.readAt() != null);
    }

    @Test
    void anAnswerIsKeptWithItsVerdictAndTheLastAnswerWins() {
        long learner = newLearner();
        CheckAnswer given = checks.answer(learner, lessonId, MULTIPLE.id(), List.of("c", "a"));
        assertThat(given)
                .isEqualTo(new CheckAnswer(MULTIPLE.id(), List.of("a", "c"), CheckVerdict.CORRECT));
        assertThat(checks.answers(learner, lessonId))
                .containsExactly(Map.entry(MULTIPLE.id(), given));

        CheckAnswer again = checks.answer(learner, lessonId, MULTIPLE.id(), List.of("c"));
        assertThat(again.verdict()).isEqualTo(CheckVerdict.PARTLY);
        assertThat(checks.answers(learner, lessonId))
                .containsExactly(Map.entry(MULTIPLE.id(), again));
    }

    @Test
    void theLessonIsReadOnceEveryCheckIsAnsweredRightOrWrong() {
        long learner = newLearner();
        checks.answer(learner, lessonId, SINGLE.id(), List.of("a"));
        assertThat(read(learner)).as("one check of two").isFalse();
        checks.answer(learner, lessonId, MULTIPLE.id(), List.of("b"));
        assertThat(read(learner)).as("both answered, both wrong").isTrue();
    }

    @Test
    void aRefusedAnswerKeepsNothing() {
        long learner = newLearner();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> checks.answer(learner, lessonId, SINGLE.id(), List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> checks.answer(learner, lessonId, SINGLE.id(), List.of("a", "b")));
        assertThat(checks.answers(learner, lessonId)).isEmpty();
    }

    @Test
    void aCheckThatIsNotInTheLessonIsNotFound() {
        long learner = newLearner();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> checks.answer(learner, lessonId, "chk-none", List.of("a")))
                .isInstanceOfSatisfying(
                        QuizRefusal.class,
                        e -> assertThat(e.reason()).isEqualTo(QuizRefusal.Reason.NOT_FOUND));
    }

    @Test
    void twoTabsAnsweringAtOnceLeaveOneWholeAnswerThatOneOfThemGave() {
        List<String> wrong =
                Race.rounds(
                        TwoSessionsAtOnceTest.ROUNDS,
                        round -> {
                            long learner = newLearner();
                            List<Outcome<CheckAnswer>> outcomes =
                                    race.run(
                                            () ->
                                                    checks.answer(
                                                            learner,
                                                            lessonId,
                                                            MULTIPLE.id(),
                                                            List.of("a", "c")),
                                            () ->
                                                    checks.answer(
                                                            learner,
                                                            lessonId,
                                                            MULTIPLE.id(),
                                                            List.of("b")));
                            if (outcomes.stream().anyMatch(Outcome::failed)) {
                                return "an exception escaped: " + outcomes;
                            }
                            Map<String, CheckAnswer> kept = checks.answers(learner, lessonId);
                            if (kept.size() != 1
                                    || outcomes.stream()
                                            .noneMatch(
                                                    o ->
                                                            o.value()
                                                                    .equals(
                                                                            kept.get(
                                                                                    MULTIPLE
                                                                                            .id())))) {
                                return "kept " + kept + " after " + outcomes;
                            }
                            return null;
                        });
        assertThat(wrong).as("rounds that went wrong").isEmpty();
    }
}
