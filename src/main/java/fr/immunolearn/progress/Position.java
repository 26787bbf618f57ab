package fr.immunolearn.progress;

import java.util.Objects;

/**
 * Where a learner is in the course, as the domain knows it (never a URL): what "Reprendre" leads
 * back to, and what the database stores. {@code shell.Routes} turns a position into an address and
 * back.
 */
public sealed interface Position {

    /** In a lesson, at a passage, or at its top when {@code passageId} is null. */
    record InLesson(String lessonId, String passageId) implements Position {
        public InLesson {
            Objects.requireNonNull(lessonId, "lessonId");
        }
    }

    /**
     * In a quiz, at its question {@code question} (0-based, in the order the attempt shows them).
     */
    record InQuiz(String quizId, int question) implements Position {
        public InQuiz {
            Objects.requireNonNull(quizId, "quizId");
            if (question < 0) {
                throw new IllegalArgumentException("question " + question + " < 0");
            }
        }
    }

    /** On the results of a quiz's last attempt. */
    record AtResults(String quizId) implements Position {
        public AtResults {
            Objects.requireNonNull(quizId, "quizId");
        }
    }
}
