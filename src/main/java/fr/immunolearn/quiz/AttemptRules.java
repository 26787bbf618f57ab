package fr.immunolearn.quiz;

import fr.immunolearn.course.Quiz;

/** How many attempts a learner has at a quiz. */
public final class AttemptRules {

    private AttemptRules() {
    }

    /** Whether a learner who has already started {@code attemptsStarted} attempts may start another. */
    public static boolean mayStartAnother(Quiz quiz, int attemptsStarted) {
        return quiz.maxAttempts() == 0 || attemptsStarted < quiz.maxAttempts();
    }

    /** Attempts left after {@code attemptsStarted}, or -1 when there is no limit. */
    public static int attemptsLeft(Quiz quiz, int attemptsStarted) {
        return quiz.maxAttempts() == 0 ? -1 : Math.max(0, quiz.maxAttempts() - attemptsStarted);
    }
}
