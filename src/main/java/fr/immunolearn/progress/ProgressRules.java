package fr.immunolearn.progress;

import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.Lesson;
import fr.immunolearn.course.Quiz;
import fr.immunolearn.course.UnlockRule;
import fr.immunolearn.progress.CourseProgress.AssessmentStatus;
import fr.immunolearn.progress.CourseProgress.LessonStatus;
import fr.immunolearn.progress.CourseProgress.State;
import fr.immunolearn.quiz.AttemptRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What counts as done, unlocked and completed. A lesson is done once its quiz is passed, or once
 * every attempt at it is used: a learner who cannot pass is not locked out of the rest.
 */
public final class ProgressRules {

    private ProgressRules() {
    }

    public static CourseProgress evaluate(Course course, List<LessonProgress> visits, List<Attempt> attempts) {
        Map<String, List<Attempt>> byQuiz = attempts.stream().collect(Collectors.groupingBy(Attempt::quizId));
        List<LessonStatus> lessons = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            boolean opened = visits.stream().anyMatch(v -> v.lessonId().equals(lesson.id()));
            lessons.add(lessonStatus(lesson, opened, byQuiz.getOrDefault(lesson.quiz().id(), List.of())));
        }
        boolean allDone = lessons.stream().allMatch(l -> l.state() == State.DONE);
        Quiz finalQuiz = course.finalAssessment();
        List<Attempt> finalAttempts = byQuiz.getOrDefault(finalQuiz.id(), List.of());
        AssessmentStatus assessment = new AssessmentStatus(
                course.finalUnlock() == UnlockRule.ALWAYS || allDone,
                finalAttempts.stream().anyMatch(a -> !a.isFinished()),
                best(finalAttempts), finalAttempts.stream().anyMatch(Attempt::hasPassed), finalAttempts.size(),
                AttemptRules.attemptsLeft(finalQuiz, finalAttempts.size()));
        long done = lessons.stream().filter(l -> l.state() == State.DONE).count() + (assessment.passed() ? 1 : 0);
        int percent = (int) Math.round(100.0 * done / (lessons.size() + 1));
        return new CourseProgress(lessons, assessment, percent, completed(course.completion(), lessons, assessment));
    }

    private static LessonStatus lessonStatus(Lesson lesson, boolean opened, List<Attempt> attempts) {
        Quiz quiz = lesson.quiz();
        boolean passed = attempts.stream().anyMatch(Attempt::hasPassed);
        long finished = attempts.stream().filter(Attempt::isFinished).count();
        boolean exhausted = quiz.maxAttempts() > 0 && finished >= quiz.maxAttempts();
        State state = passed || exhausted ? State.DONE
                : opened || !attempts.isEmpty() ? State.IN_PROGRESS : State.NOT_STARTED;
        return new LessonStatus(lesson.id(), state, best(attempts), passed, attempts.size(),
                AttemptRules.attemptsLeft(quiz, attempts.size()));
    }

    private static boolean completed(CompletionRule rule, List<LessonStatus> lessons, AssessmentStatus assessment) {
        return switch (rule) {
            case ALL_LESSONS_DONE -> lessons.stream().allMatch(l -> l.state() == State.DONE);
            case ALL_QUIZZES_PASSED -> lessons.stream().allMatch(LessonStatus::quizPassed);
            case FINAL_ASSESSMENT_PASSED -> assessment.passed();
        };
    }

    private static Double best(List<Attempt> attempts) {
        return attempts.stream().filter(Attempt::isFinished).map(Attempt::percent)
                .max(Double::compare).orElse(null);
    }
}
