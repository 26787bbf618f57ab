package fr.immunolearn.reports;

import java.time.Instant;
import java.util.Map;

/**
 * One learner in the trainer's table.
 *
 * @param bestPercentByQuiz the best finished score of each quiz taken, by quiz id
 * @param timeSpentMs lessons read plus questions answered
 * @param lastActivity the last thing the learner did, or when they registered
 */
public record LearnerRow(
        long accountId,
        String name,
        String email,
        String language,
        int progressPercent,
        boolean completed,
        Map<String, Double> bestPercentByQuiz,
        Double finalBestPercent,
        boolean finalPassed,
        int attempts,
        long timeSpentMs,
        Instant lastActivity) {

    public LearnerRow {
        bestPercentByQuiz = Map.copyOf(bestPercentByQuiz);
    }
}
