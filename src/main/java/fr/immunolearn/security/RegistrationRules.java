package fr.immunolearn.security;

import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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

    /**
     * BCrypt reads at most 72 bytes of a password and Spring's encoder refuses more, so the limit
     * is in bytes of UTF-8: 72 letters without accents, fewer with accents (2 bytes) or emoji (4).
     */
    public static final int MAX_PASSWORD_BYTES = 72;

    public static final int MAX_EMAIL_LENGTH = 254;

    /** A practical check, not RFC 5322: one @, no spaces, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Set<String> COMMON_PASSWORDS =
            Set.of(
                    "motdepasse",
                    "password",
                    "azertyuiop",
                    "qwertyuiop",
                    "1234567890",
                    "0123456789",
                    "motdepasse1",
                    "password1",
                    "password12",
                    "password123",
                    "azerty1234",
                    "qwerty1234",
                    "immunotherapie",
                    "soleil1234",
                    "bonjour123",
                    "iloveyou12",
                    "abcdefghij");

    /**
     * The scripts that may share a part of an address: one script alone, or one of the mixes that
     * Japanese, Chinese and Korean writing use, with Latin (Unicode TS #39, "highly restrictive").
     * Anything else, such as Latin with a Cyrillic "о", is how a look-alike address is made.
     */
    private static final List<Set<UnicodeScript>> SCRIPT_MIXES =
            List.of(
                    EnumSet.of(
                            UnicodeScript.LATIN,
                            UnicodeScript.HAN,
                            UnicodeScript.HIRAGANA,
                            UnicodeScript.KATAKANA),
                    EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
                    EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    private RegistrationRules() {}

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
        } else if (email.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
            errors.put(RegistrationField.EMAIL, "register.error.email.invisible");
        } else if (email.length() > MAX_EMAIL_LENGTH
                || !EMAIL.matcher(email).matches()
                || email.codePoints()
                        .anyMatch(c -> isBlankOrInvisible(c) || Character.isISOControl(c))) {
            errors.put(RegistrationField.EMAIL, "register.error.email.invalid");
        } else if (mixesScripts(email)) {
            errors.put(RegistrationField.EMAIL, "register.error.email.mixed");
        }
        String password = form.password() == null ? "" : form.password();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            errors.put(RegistrationField.PASSWORD, "register.error.password.short");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.put(RegistrationField.PASSWORD, "register.error.password.long");
        } else if (isWeak(password, email, name)) {
            errors.put(RegistrationField.PASSWORD, "register.error.password.weak");
        }
        return errors;
    }

    /**
     * The form in which addresses are stored and looked up, at registration and sign-in alike, so
     * that addresses which look the same are the same: compatibility characters folded (NFKC: a
     * full-width "ａ" is an "a", a no-break space a space), spaces and invisible format characters
     * (U+200B, U+FEFF…) trimmed from both ends, and no case, as before.
     */
    public static String normaliseEmail(String email) {
        if (email == null) {
            return "";
        }
        String folded = Normalizer.normalize(email, Normalizer.Form.NFKC);
        int start = 0;
        int end = folded.length();
        while (start < end && isBlankOrInvisible(folded.codePointAt(start))) {
            start += Character.charCount(folded.codePointAt(start));
        }
        while (end > start && isBlankOrInvisible(folded.codePointBefore(end))) {
            end -= Character.charCount(folded.codePointBefore(end));
        }
        return folded.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isBlankOrInvisible(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT;
    }

    /**
     * Whether the local part or a label of the domain mixes scripts in a way no writing system
     * does.
     */
    private static boolean mixesScripts(String email) {
        for (String part : email.split("[@.]")) {
            Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
            part.codePoints()
                    .mapToObj(UnicodeScript::of)
                    .filter(s -> s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED)
                    .forEach(scripts::add);
            if (scripts.size() > 1
                    && SCRIPT_MIXES.stream().noneMatch(mix -> mix.containsAll(scripts))) {
                return true;
            }
        }
        return false;
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
