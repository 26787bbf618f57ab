package fr.immunolearn.trainerui;

import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.questionbank.BankFormat;
import fr.immunolearn.questionbank.BankOptions;
import fr.immunolearn.scormexport.ExportOptions;
import fr.immunolearn.scormexport.ScormEdition;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trainer's export options written as one path segment, such as {@code
 * scorm12.fr.80.3.r.final-assessment-passed} ("-" for what the content decides), so that the
 * download and every file of a preview carry them in their address. A package whose finished course
 * starts a new attempt ends in {@code .n}; tokens without it keep their meaning. A question bank's
 * token reads like {@code gift.fr.r.quiz-a.quiz-b}.
 */
final class ExportChoice {

    private static final Pattern TOKEN =
            Pattern.compile(
                    "(scorm12|scorm2004)\\.([a-z]{2})\\.(-|\\d{1,3})\\.(-|\\d{1,3})\\.([ro])\\.(-|[a-z-]{1,40})(\\.n)?");

    /**
     * A question bank: format, language, shuffled or not, then the quizzes (none for all), by "."
     * (ids hold none).
     */
    private static final Pattern BANK_TOKEN =
            Pattern.compile(
                    "(moodle-xml|gift)\\.([a-z]{2})\\.([ro])((?:\\.[a-z0-9][a-z0-9_-]{0,63}){0,50})");

    private ExportChoice() {}

    static String bankToken(BankOptions options, String defaultLanguage) {
        StringBuilder token =
                new StringBuilder(options.format().key())
                        .append('.')
                        .append(options.language() == null ? defaultLanguage : options.language())
                        .append('.')
                        .append(options.randomise() ? "r" : "o");
        options.quizIds().forEach(id -> token.append('.').append(id));
        return token.toString();
    }

    /** The question bank options a token names, or empty for anything that is not a valid token. */
    static Optional<BankOptions> parseBank(String token) {
        Matcher matcher = BANK_TOKEN.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> quizzes =
                matcher.group(4).isEmpty()
                        ? List.of()
                        : List.of(matcher.group(4).substring(1).split("\\."));
        return Optional.of(
                new BankOptions(
                        BankFormat.fromKey(matcher.group(1)).orElseThrow(),
                        matcher.group(2),
                        quizzes,
                        matcher.group(3).equals("r")));
    }

    static String token(ExportOptions options, String defaultLanguage) {
        return options.edition().key()
                + "."
                + (options.language() == null ? defaultLanguage : options.language())
                + "."
                + (options.passMark() == null ? "-" : options.passMark())
                + "."
                + (options.maxAttempts() == null ? "-" : options.maxAttempts())
                + "."
                + (options.randomise() ? "r" : "o")
                + "."
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
            CompletionRule completion =
                    matcher.group(6).equals("-")
                            ? null
                            : CompletionRule.fromKey(matcher.group(6)).orElse(null);
            if (!matcher.group(6).equals("-") && completion == null) {
                return Optional.empty();
            }
            return Optional.of(
                    new ExportOptions(
                            edition,
                            matcher.group(2),
                            number(matcher.group(3)),
                            number(matcher.group(4)),
                            completion,
                            matcher.group(5).equals("r"),
                            matcher.group(7) != null));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    private static Integer number(String text) {
        return text.equals("-") ? null : Integer.valueOf(text);
    }
}
