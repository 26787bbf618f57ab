package fr.immunolearn.progress;

import java.util.List;
import java.util.Optional;

/**
 * Where a learner stands in the course: each lesson, the final assessment, how far along, and
 * whether the course is completed by its completion rule.
 *
 * @param percent lessons done plus the final assessment passed, over all of them
 */
public record CourseProgress(
        List<LessonStatus> lessons,
        AssessmentStatus finalAssessment,
        int percent,
        boolean completed) {

    public CourseProgress {
        lessons = List.copyOf(lessons);
    }

    public Optional<LessonStatus> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.lessonId().equals(lessonId)).findFirst();
    }

    /** A lesson's state. */
    public enum State {
        NOT_STARTED,
        IN_PROGRESS,
        DONE
    }

    /**
     * @param bestPercent the best finished attempt's score, or null before any
     * @param attemptsLeft -1 when there is no limit
     */
    public record LessonStatus(
            String lessonId,
            State state,
            Double bestPercent,
            boolean quizPassed,
            int attemptsUsed,
            int attemptsLeft) {}

    /** The final assessment: open or not yet, and how the learner did. */
    public record AssessmentStatus(
            boolean unlocked,
            boolean inProgress,
            Double bestPercent,
            boolean passed,
            int attemptsUsed,
            int attemptsLeft) {}
}
