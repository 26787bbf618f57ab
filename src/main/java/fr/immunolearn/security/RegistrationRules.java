package fr.immunolearn.security;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a valid account looks like. Passwords follow the current advice (NIST SP 800-63B): length
 * and a block-list of common choices, rather than composition rules people work around.
 */
public final class RegistrationRules {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 128;
    public static final int MAX_EMAIL_LENGTH = 254;

    /** A practical check, not RFC 5322: one @, no spaces, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Set<String> COMMON_PASSWORDS = Set.of("motdepasse", "password", "azertyuiop",
            "qwertyuiop", "1234567890", "0123456789", "motdepasse1", "password1", "password12", "password123",
            "azerty1234", "qwerty1234", "immunotherapie", "soleil1234", "bonjour123", "iloveyou12", "abcdefghij");

    private RegistrationRules() {
    }

    /** Every wrong field with the key of its message; empty when the form is valid. */
    public static Map<RegistrationField, String> check(RegistrationForm form) {
        Map<RegistrationField, String> errors = new EnumMap<>(RegistrationField.class);
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.put(RegistrationField.NAME, "register.error.name.empty");
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.put(RegistrationField.NAME, "register.error.name.long");
        } else if (CONTROL.matcher(name).find()) {
            errors.put(RegistrationField.NAME, "register.error.name.invalid");
        }
        String email = normaliseEmail(form.email());
        if (email.isEmpty()) {
            errors.put(RegistrationField.EMAIL, "register.error.email.empty");
        } else if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            errors.put(RegistrationField.EMAIL, "register.error.email.invalid");
        }
        String password = form.password() == null ? "" : form.password();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            errors.put(RegistrationField.PASSWORD, "register.error.password.short");
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            errors.put(RegistrationField.PASSWORD, "register.error.password.long");
        } else if (isWeak(password, email, name)) {
            errors.put(RegistrationField.PASSWORD, "register.error.password.weak");
        }
        return errors;
    }

    /** E-mail addresses are compared without case or surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isWeak(String password, String email, String name) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON_PASSWORDS.contains(lower) || lower.chars().distinct().count() < 4) {
            return true;
        }
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        return (localPart.length() >= 4 && lower.contains(localPart))
                || (name.length() >= 4 && lower.contains(name.toLowerCase(Locale.ROOT)));
    }
}
