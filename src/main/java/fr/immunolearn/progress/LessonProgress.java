package fr.immunolearn.progress;

import java.time.Instant;

/**
 * A learner's visits to one lesson.
 *
 * @param readAt when the learner went on to the quiz, or null
 * @param lastPassageId the passage last in view, where "Reprendre" scrolls back to
 */
public record LessonProgress(
        long accountId,
        String lessonId,
        Instant openedAt,
        Instant readAt,
        String lastPassageId,
        long timeSpentMs,
        Instant lastActiveAt) {}
