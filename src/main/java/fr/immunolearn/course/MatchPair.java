package fr.immunolearn.course;

/** A premise and the response that goes with it; the pair's id identifies both sides. */
public record MatchPair(String id, String premise, String response) {}
