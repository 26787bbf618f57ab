package fr.immunolearn.course;

/** One idea of the article that lessons teach and questions assess, named by a stable tag. */
public record Concept(String id, String label) {}
