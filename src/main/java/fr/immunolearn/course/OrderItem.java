package fr.immunolearn.course;

/** An item of an ordering question. */
public record OrderItem(String id, String text) {}
