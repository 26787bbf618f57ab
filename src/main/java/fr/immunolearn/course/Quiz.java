package fr.immunolearn.course;

import java.util.List;
import java.util.Optional;

/**
 * A quiz: a lesson's, or the final assessment, whose questions form a pool from which {@code
 * drawCount} are drawn for each attempt.
 *
 * @param lessonId the lesson the quiz follows, or {@code null} for the final assessment
 * @param passMark percent from 0 to 100 that a score must reach to pass
 * @param maxAttempts how many attempts a learner has; 0 means no limit
 * @param drawCount how many questions an attempt holds; equal to the pool size for a lesson quiz
 */
public record Quiz(
        String id,
        String lessonId,
        String title,
        int passMark,
        int maxAttempts,
        int drawCount,
        boolean shuffleQuestions,
        boolean shuffleChoices,
        List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    public boolean isFinalAssessment() {
        return lessonId == null;
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
