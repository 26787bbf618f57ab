package fr.immunolearn.course;

/**
 * An option of a choice question.
 *
 * @param feedback why this option is right or wrong, shown when the learner picked it; may be empty
 */
public record Choice(String id, String text, boolean correct, String feedback) {}
