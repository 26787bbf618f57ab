package fr.immunolearn.security;

/** What a learner types to create an account; nothing here is trusted yet. */
public record RegistrationForm(String name, String email, String password, String language) {}
