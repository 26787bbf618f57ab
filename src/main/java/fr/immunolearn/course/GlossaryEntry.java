package fr.immunolearn.course;

/** A key term and the plain-language definition shown where the term appears. */
public record GlossaryEntry(String id, String term, String definition) {}
