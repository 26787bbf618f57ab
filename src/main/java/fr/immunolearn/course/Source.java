package fr.immunolearn.course;

/** Where the course's content comes from, shown to learners beside the disclaimer. */
public record Source(String title, String author, String url, String note) {}
