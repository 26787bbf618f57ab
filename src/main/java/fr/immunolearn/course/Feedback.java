package fr.immunolearn.course;

/**
 * What the learner reads after answering.
 *
 * @param explanation why the right answer is right; always shown
 * @param whenCorrect shown above the explanation when the answer is right; may be empty
 * @param whenIncorrect shown above the explanation when the answer is wrong; may be empty
 */
public record Feedback(String explanation, String whenCorrect, String whenIncorrect) {}
