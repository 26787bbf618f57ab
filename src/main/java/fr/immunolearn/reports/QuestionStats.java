package fr.immunolearn.reports;

/**
 * How one question fares.
 *
 * @param learners how many learners answered it at least once
 * @param firstTryRight how many of them were right at their first answer
 * @param firstTryRightPercent of those learners, the share right at their first answer; null before
 *     any
 * @param commonWrongAnswer the wrong answer given most, in words, or empty
 * @param commonWrongCount how many times it was given
 * @param flagged most learners fail it at first try: the question, or the lesson, needs a look
 */
public record QuestionStats(
        String questionId,
        String quizId,
        String prompt,
        String type,
        int learners,
        int firstTryRight,
        int answers,
        Double firstTryRightPercent,
        String commonWrongAnswer,
        int commonWrongCount,
        long averageTimeMs,
        boolean flagged) {}
