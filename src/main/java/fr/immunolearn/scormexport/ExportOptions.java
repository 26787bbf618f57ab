package fr.immunolearn.scormexport;

import fr.immunolearn.course.CompletionRule;
import java.util.Objects;

/**
 * What a trainer chooses when exporting. Every override left {@code null} keeps what the course's
 * content says.
 *
 * @param language the edition to export, such as {@code fr}; {@code null} for the course's default
 * @param passMark percent from 0 to 100 that every quiz and the course require; {@code null} keeps each quiz's own
 * @param maxAttempts attempts allowed at every quiz, 0 for no limit; {@code null} keeps each quiz's own
 * @param completion when the LMS is told the course is completed; {@code null} keeps the course's rule
 * @param randomise whether questions and choices are shuffled for each attempt; the final assessment
 *        still draws its questions from its pool, and ordering questions still start out of order
 */
public record ExportOptions(
        ScormEdition edition,
        String language,
        Integer passMark,
        Integer maxAttempts,
        CompletionRule completion,
        boolean randomise) {

    /** The most attempts the content format allows, kept here so a package never promises more. */
    public static final int MOST_ATTEMPTS = 100;

    public ExportOptions {
        Objects.requireNonNull(edition, "edition");
        if (language != null && !language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("the language must be a two-letter code such as fr or en, not \""
                    + language + "\"");
        }
        if (passMark != null && (passMark < 0 || passMark > 100)) {
            throw new IllegalArgumentException("the pass mark must be between 0 and 100, not " + passMark);
        }
        if (maxAttempts != null && (maxAttempts < 0 || maxAttempts > MOST_ATTEMPTS)) {
            throw new IllegalArgumentException("the number of attempts must be between 0 (no limit) and "
                    + MOST_ATTEMPTS + ", not " + maxAttempts);
        }
    }

    /** The course as its content says, in its default language, shuffled. */
    public static ExportOptions of(ScormEdition edition) {
        return new ExportOptions(edition, null, null, null, null, true);
    }

    public ExportOptions withLanguage(String newLanguage) {
        return new ExportOptions(edition, newLanguage, passMark, maxAttempts, completion, randomise);
    }

    public ExportOptions withPassMark(Integer newPassMark) {
        return new ExportOptions(edition, language, newPassMark, maxAttempts, completion, randomise);
    }

    public ExportOptions withMaxAttempts(Integer newMaxAttempts) {
        return new ExportOptions(edition, language, passMark, newMaxAttempts, completion, randomise);
    }

    public ExportOptions withCompletion(CompletionRule newCompletion) {
        return new ExportOptions(edition, language, passMark, maxAttempts, newCompletion, randomise);
    }

    public ExportOptions withRandomise(boolean newRandomise) {
        return new ExportOptions(edition, language, passMark, maxAttempts, completion, newRandomise);
    }
}
