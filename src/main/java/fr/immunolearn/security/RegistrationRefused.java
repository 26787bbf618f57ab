package fr.immunolearn.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A registration was refused and nothing was saved. Each wrong field comes with the key of a
 * message a learner can read ({@code register.error.*} in the translations).
 */
public class RegistrationRefused extends RuntimeException {

    private final transient Map<RegistrationField, String> errors;

    public RegistrationRefused(Map<RegistrationField, String> errors) {
        super("registration refused: " + errors);
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    public Map<RegistrationField, String> errors() {
        return errors;
    }

    /** Each wrong field and what is wrong with it, in English, for logs and the command line. */
    public java.util.List<String> describe() {
        java.util.ResourceBundle messages =
                java.util.ResourceBundle.getBundle(
                        "vaadin-i18n/translations", java.util.Locale.ENGLISH);
        return errors.entrySet().stream()
                .map(
                        e ->
                                e.getKey().name().toLowerCase(java.util.Locale.ROOT)
                                        + ": "
                                        + messages.getString(e.getValue()))
                .toList();
    }
}
