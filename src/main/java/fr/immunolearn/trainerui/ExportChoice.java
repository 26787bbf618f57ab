package fr.immunolearn.trainerui;

import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.scormexport.ExportOptions;
import fr.immunolearn.scormexport.ScormEdition;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trainer's export options written as one path segment, such as
 * {@code scorm12.fr.80.3.r.final-assessment-passed} ("-" for what the content decides), so that the
 * download and every file of a preview carry them in their address. A package whose finished course
 * starts a new attempt ends in {@code .n}; tokens without it keep their meaning.
 */
final class ExportChoice {

    private static final Pattern TOKEN = Pattern.compile(
            "(scorm12|scorm2004)\\.([a-z]{2})\\.(-|\\d{1,3})\\.(-|\\d{1,3})\\.([ro])\\.(-|[a-z-]{1,40})(\\.n)?");

    private ExportChoice() {
    }

    static String token(ExportOptions options, String defaultLanguage) {
        return options.edition().key() + "." + (options.language() == null ? defaultLanguage : options.language()) + "."
                + (options.passMark() == null ? "-" : options.passMark()) + "."
                + (options.maxAttempts() == null ? "-" : options.maxAttempts()) + "."
                + (options.randomise() ? "r" : "o") + "."
                + (options.completion() == null ? "-" : options.completion().key())
                + (options.newAttemptWhenFinished() ? ".n" : "");
    }

    /** The options a token names, or empty for anything that is not a valid token. */
    static Optional<ExportOptions> parse(String token) {
        Matcher matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            ScormEdition edition = ScormEdition.fromKey(matcher.group(1)).orElseThrow();
            CompletionRule completion = matcher.group(6).equals("-") ? null
                    : CompletionRule.fromKey(matcher.group(6)).orElse(null);
            if (!matcher.group(6).equals("-") && completion == null) {
                return Optional.empty();
            }
            return Optional.of(new ExportOptions(edition, matcher.group(2), number(matcher.group(3)),
                    number(matcher.group(4)), completion, matcher.group(5).equals("r"), matcher.group(7) != null));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    private static Integer number(String text) {
        return text.equals("-") ? null : Integer.valueOf(text);
    }
}
