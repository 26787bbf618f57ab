package fr.immunolearn.progress;

import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.UnlockRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A learner's course as the course rules see it: each lesson (opened or not, and its quiz), the
 * final assessment, and the course's unlock and completion rules. Both renderers build one from
 * what they store, and the shared vectors write one down per case.
 */
public record CourseState(
        List<LessonState> lessons,
        QuizRecord finalAssessment,
        UnlockRule unlock,
        CompletionRule completion) {

    public CourseState {
        lessons = List.copyOf(lessons);
        Objects.requireNonNull(finalAssessment, "finalAssessment");
        Objects.requireNonNull(unlock, "unlock");
        Objects.requireNonNull(completion, "completion");
    }

    /**
     * A learner's course as the app stores it: the lessons they opened and their attempts. Open
     * attempts count no answered question here (see {@link QuizRecord#of}).
     */
    public static CourseState of(
            Course course, List<LessonProgress> visits, List<Attempt> attempts) {
        Map<String, List<Attempt>> byQuiz =
                attempts.stream().collect(Collectors.groupingBy(Attempt::quizId));
        List<LessonState> lessons = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            boolean opened = visits.stream().anyMatch(v -> v.lessonId().equals(lesson.id()));
            lessons.add(
                    new LessonState(
                            lesson.id(),
                            opened,
                            QuizRecord.of(
                                    lesson.quiz(),
                                    byQuiz.getOrDefault(lesson.quiz().id(), List.of()),
                                    0)));
        }
        QuizRecord last =
                QuizRecord.of(
                        course.finalAssessment(),
                        byQuiz.getOrDefault(course.finalAssessment().id(), List.of()),
                        0);
        return new CourseState(lessons, last, course.finalUnlock(), course.completion());
    }

    /** One lesson: whether the learner opened it, and its quiz. */
    public record LessonState(String lessonId, boolean opened, QuizRecord quiz) {
        public LessonState {
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(quiz, "quiz");
        }
    }
}
