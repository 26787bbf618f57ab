package fr.immunolearn.security;

/** What an account may do. */
public enum Role {
    LEARNER,
    TRAINER;

    /** The authority Spring Security checks, e.g. {@code ROLE_TRAINER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
