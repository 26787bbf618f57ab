package fr.immunolearn.progress;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.Course;
import fr.immunolearn.progress.CourseProgress.State;
import fr.immunolearn.testing.TestContent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the app's stored visits and attempts read under the course rules; the rules themselves are
 * the shared vectors' business (CourseRulesVectorsTest).
 */
class ProgressRulesTest {

    private final Course course = TestContent.editions().defaultEdition();
    private final List<Attempt> attempts = new ArrayList<>();
    private final List<LessonProgress> visits = new ArrayList<>();

    private void attempt(String quizId, int number, Double percent, boolean passed) {
        Instant now = Instant.now();
        attempts.add(
                new Attempt(
                        (long) attempts.size(),
                        1,
                        quizId,
                        number,
                        "",
                        "",
                        now,
                        percent == null ? null : now,
                        null,
                        null,
                        percent,
                        percent == null ? null : passed));
    }

    private CourseProgress progress() {
        return ProgressRules.evaluate(course, visits, attempts);
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
    void anUnfinishedFinalAttemptIsInProgress() {
        course.lessons().forEach(l -> attempt(l.quiz().id(), 1, 100.0, true));
        attempt(course.finalAssessment().id(), 1, null, false);
        assertThat(progress().finalAssessment().inProgress()).isTrue();
        assertThat(progress().finalAssessment().bestPercent()).isNull();
    }
}
