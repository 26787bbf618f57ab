package fr.immunolearn.reports;

/** How many learners' best scores fall in [from, to] percent. */
public record ScoreBucket(int from, int to, int learners) {}
