package fr.immunolearn.progress;

import fr.immunolearn.course.Course;
import fr.immunolearn.progress.CourseProgress.AssessmentStatus;
import fr.immunolearn.progress.CourseProgress.LessonStatus;
import fr.immunolearn.progress.CourseProgress.State;
import fr.immunolearn.progress.CourseState.LessonState;
import java.util.List;

/**
 * A learner's standing in the course as the app shows it, by the course rules ({@link
 * CourseRules}): each lesson's state, the final assessment's, the share done and the completion.
 */
public final class ProgressRules {

    private ProgressRules() {}

    public static CourseProgress evaluate(
            Course course, List<LessonProgress> visits, List<Attempt> attempts) {
        CourseState state = CourseState.of(course, visits, attempts);
        List<LessonStatus> lessons =
                state.lessons().stream().map(ProgressRules::lessonStatus).toList();
        QuizRecord last = state.finalAssessment();
        AssessmentStatus assessment =
                new AssessmentStatus(
                        CourseRules.finalUnlocked(state),
                        last.open(),
                        last.best(),
                        CourseRules.passed(last),
                        last.attempts(),
                        CourseRules.attemptsLeft(last));
        return new CourseProgress(
                lessons,
                assessment,
                CourseRules.progressPercent(state),
                CourseRules.completed(state));
    }

    private static LessonStatus lessonStatus(LessonState lesson) {
        QuizRecord quiz = lesson.quiz();
        State state =
                CourseRules.lessonDone(quiz)
                        ? State.DONE
                        : lesson.opened() || quiz.attempts() > 0
                                ? State.IN_PROGRESS
                                : State.NOT_STARTED;
        return new LessonStatus(
                lesson.lessonId(),
                state,
                quiz.best(),
                CourseRules.passed(quiz),
                quiz.attempts(),
                CourseRules.attemptsLeft(quiz));
    }
}
