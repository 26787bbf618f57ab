package fr.immunolearn.progress;

import java.util.Objects;

/**
 * What the course rules need to know of one quiz and a learner's attempts at it, whichever renderer
 * keeps them: its pass mark and attempt limit (0: no limit), how many attempts were started, whether
 * one is open and how many of its questions are answered, and the best finished score (percent, one
 * decimal), null before any attempt is finished.
 */
public record QuizRecord(String quizId, int passMark, int maxAttempts, int attempts, boolean open, int answered,
        Double best) {

    public QuizRecord {
        Objects.requireNonNull(quizId, "quizId");
        if (attempts < 0 || answered < 0 || maxAttempts < 0) {
            throw new IllegalArgumentException("negative count in quiz record " + quizId);
        }
    }
}
