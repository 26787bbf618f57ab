package fr.immunolearn.progress;

import fr.immunolearn.course.Quiz;
import java.util.List;
import java.util.Objects;

/**
 * What the course rules need to know of one quiz and a learner's attempts at it, whichever renderer
 * keeps them: its pass mark and attempt limit (0: no limit), how many attempts were started,
 * whether one is open and how many of its questions are answered, and the best finished score
 * (percent, one decimal), null before any attempt is finished. {@code answered} only matters to
 * {@link CourseRules#resume} without a last position, where it gives the question to resume at.
 */
public record QuizRecord(
        String quizId,
        int passMark,
        int maxAttempts,
        int attempts,
        boolean open,
        int answered,
        Double best) {

    public QuizRecord {
        Objects.requireNonNull(quizId, "quizId");
        if (attempts < 0 || answered < 0 || maxAttempts < 0) {
            throw new IllegalArgumentException("negative count in quiz record " + quizId);
        }
    }

    /**
     * A learner's attempts at a quiz as the app stores them; {@code answered} is that of the open
     * attempt, if any.
     */
    public static QuizRecord of(Quiz quiz, List<Attempt> attempts, int answered) {
        Double best =
                attempts.stream()
                        .filter(Attempt::isFinished)
                        .map(Attempt::percent)
                        .max(Double::compare)
                        .orElse(null);
        boolean open = attempts.stream().anyMatch(a -> !a.isFinished());
        return new QuizRecord(
                quiz.id(),
                quiz.passMark(),
                quiz.maxAttempts(),
                attempts.size(),
                open,
                open ? answered : 0,
                best);
    }
}
