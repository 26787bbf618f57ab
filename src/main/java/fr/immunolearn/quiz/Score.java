package fr.immunolearn.quiz;

/**
 * A quiz's weighted score.
 *
 * @param earned the sum of each question's weight times its credit
 * @param possible the sum of the weights
 * @param percent earned over possible, in percent, rounded half up to one decimal
 * @param passed whether {@code percent} reaches the pass mark
 */
public record Score(double earned, double possible, double percent, boolean passed) {}
