package fr.immunolearn.course;

import java.util.List;

/**
 * One question, one idea. What is common to every type lives here; what makes a single choice
 * differ from an ordering lives in its {@link QuestionKind}.
 *
 * @param prompt plain text, always shown as text
 * @param weight how much the question counts in its quiz's score, relative to the others
 * @param passageId the passage that teaches the answer
 */
public record Question(
        String id,
        String prompt,
        double weight,
        List<String> concepts,
        String passageId,
        Feedback feedback,
        QuestionKind kind) {

    public Question {
        concepts = List.copyOf(concepts);
    }

    public QuestionType type() {
        return kind.type();
    }
}
