package fr.immunolearn.progress;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.progress.CourseProgress.State;
import fr.immunolearn.testing.TestContent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a lesson is done, when the final assessment opens, when the course is completed. */
class ProgressRulesTest {

    private final Course course = TestContent.editions().defaultEdition();
    private final List<Attempt> attempts = new ArrayList<>();
    private final List<LessonProgress> visits = new ArrayList<>();

    private void attempt(String quizId, int number, Double percent, boolean passed) {
        Instant now = Instant.now();
        attempts.add(new Attempt((long) attempts.size(), 1, quizId, number, "", "", now, percent == null ? null : now,
                null, null, percent, percent == null ? null : passed));
    }

    private CourseProgress progress() {
        return ProgressRules.evaluate(course, visits, attempts);
    }

    @Test
    void nothingDoneYet() {
        CourseProgress progress = progress();
        assertThat(progress.lessons()).allSatisfy(l -> assertThat(l.state()).isEqualTo(State.NOT_STARTED));
        assertThat(progress.finalAssessment().unlocked()).isFalse();
        assertThat(progress.percent()).isZero();
        assertThat(progress.completed()).isFalse();
    }

    @Test
    void aLessonIsInProgressOnceOpenedAndDoneOnceItsQuizIsPassed() {
        String lesson = course.lessons().get(0).id();
        visits.add(new LessonProgress(1, lesson, Instant.now(), null, null, 0, Instant.now()));
        assertThat(progress().lesson(lesson).orElseThrow().state()).isEqualTo(State.IN_PROGRESS);
        attempt(course.lessons().get(0).quiz().id(), 1, 60.0, false);
        assertThat(progress().lesson(lesson).orElseThrow().state()).isEqualTo(State.IN_PROGRESS);
        attempt(course.lessons().get(0).quiz().id(), 2, 80.0, true);
        var status = progress().lesson(lesson).orElseThrow();
        assertThat(status.state()).isEqualTo(State.DONE);
        assertThat(status.bestPercent()).isEqualTo(80.0);
        assertThat(status.attemptsLeft()).isEqualTo(1);
    }

    @Test
    void aLessonWhoseAttemptsAreAllUsedIsDoneSoTheLearnerIsNotLockedOut() {
        String quiz = course.lessons().get(0).quiz().id();
        attempt(quiz, 1, 20.0, false);
        attempt(quiz, 2, 40.0, false);
        attempt(quiz, 3, 60.0, false);
        var status = progress().lesson(course.lessons().get(0).id()).orElseThrow();
        assertThat(status.state()).isEqualTo(State.DONE);
        assertThat(status.quizPassed()).isFalse();
        assertThat(status.attemptsLeft()).isZero();
    }

    @Test
    void theFinalAssessmentOpensWhenEveryLessonIsDoneAndPassingItCompletesTheCourse() {
        course.lessons().forEach(l -> attempt(l.quiz().id(), 1, 100.0, true));
        assertThat(progress().finalAssessment().unlocked()).isTrue();
        assertThat(progress().percent()).isEqualTo(80);
        assertThat(progress().completed()).isFalse();
        attempt(course.finalAssessment().id(), 1, 70.0, false);
        assertThat(progress().completed()).isFalse();
        attempt(course.finalAssessment().id(), 2, 90.0, true);
        assertThat(progress().completed()).isTrue();
        assertThat(progress().percent()).isEqualTo(100);
        assertThat(progress().finalAssessment().bestPercent()).isEqualTo(90.0);
    }

    @Test
    void anUnfinishedFinalAttemptIsInProgress() {
        course.lessons().forEach(l -> attempt(l.quiz().id(), 1, 100.0, true));
        attempt(course.finalAssessment().id(), 1, null, false);
        assertThat(progress().finalAssessment().inProgress()).isTrue();
        assertThat(progress().finalAssessment().bestPercent()).isNull();
    }
}
