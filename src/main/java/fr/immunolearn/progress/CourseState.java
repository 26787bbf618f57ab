package fr.immunolearn.progress;

import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.UnlockRule;
import java.util.List;
import java.util.Objects;

/**
 * A learner's course as the course rules see it: each lesson (opened or not, and its quiz), the final
 * assessment, and the course's unlock and completion rules. Both renderers build one from what they
 * store, and the shared vectors write one down per case.
 */
public record CourseState(List<LessonState> lessons, QuizRecord finalAssessment, UnlockRule unlock,
        CompletionRule completion) {

    public CourseState {
        lessons = List.copyOf(lessons);
        Objects.requireNonNull(finalAssessment, "finalAssessment");
        Objects.requireNonNull(unlock, "unlock");
        Objects.requireNonNull(completion, "completion");
    }

    /** One lesson: whether the learner opened it, and its quiz. */
    public record LessonState(String lessonId, boolean opened, QuizRecord quiz) {
        public LessonState {
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(quiz, "quiz");
        }
    }
}
