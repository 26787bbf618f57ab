package fr.immunolearn.security;

/** The fields of the registration form, so a refusal can say which field is wrong. */
public enum RegistrationField {
    NAME,
    EMAIL,
    PASSWORD
}
