package fr.immunolearn.scormexport;

import fr.immunolearn.course.CompletionRule;
import java.util.Objects;

/**
 * What a trainer chooses when exporting. Every override left {@code null} keeps what the course's
 * content says.
 *
 * @param language the edition to export, such as {@code fr}; {@code null} for the course's default
 * @param passMark percent from 0 to 100 that every quiz and the course require; {@code null} keeps
 *     each quiz's own
 * @param maxAttempts attempts allowed at every quiz, 0 for no limit; {@code null} keeps each quiz's
 *     own
 * @param completion when the LMS is told the course is completed; {@code null} keeps the course's
 *     rule
 * @param randomise whether questions and choices are shuffled for each attempt; the final
 *     assessment still draws its questions from its pool, and ordering questions still start out of
 *     order
 * @param newAttemptWhenFinished whether a finished course ends its SCORM 2004 attempt (exit
 *     "normal"), so that the LMS starts a new, empty one at the next launch; by default a finished
 *     course stays finished and reopens for review (exit "suspend", see scorm2004.js). SCORM 1.2
 *     has no attempts a package can end: there it changes nothing
 */
public record ExportOptions(
        ScormEdition edition,
        String language,
        Integer passMark,
        Integer maxAttempts,
        CompletionRule completion,
        boolean randomise,
        boolean newAttemptWhenFinished) {

    /** The most attempts the content format allows, kept here so a package never promises more. */
    public static final int MOST_ATTEMPTS = 100;

    public ExportOptions {
        Objects.requireNonNull(edition, "edition");
        if (language != null && !language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException(
                    "the language must be a two-letter code such as fr or en, not \""
                            + language
                            + "\"");
        }
        if (passMark != null && (passMark < 0 || passMark > 100)) {
            throw new IllegalArgumentException(
                    "the pass mark must be between 0 and 100, not " + passMark);
        }
        if (maxAttempts != null && (maxAttempts < 0 || maxAttempts > MOST_ATTEMPTS)) {
            throw new IllegalArgumentException(
                    "the number of attempts must be between 0 (no limit) and "
                            + MOST_ATTEMPTS
                            + ", not "
                            + maxAttempts);
        }
    }

    /** The options as they were before a finished course could start a new attempt: it does not. */
    public ExportOptions(
            ScormEdition edition,
            String language,
            Integer passMark,
            Integer maxAttempts,
            CompletionRule completion,
            boolean randomise) {
        this(edition, language, passMark, maxAttempts, completion, randomise, false);
    }

    /**
     * The course as its content says, in its default language, shuffled; finished, it stays
     * finished.
     */
    public static ExportOptions of(ScormEdition edition) {
        return new ExportOptions(edition, null, null, null, null, true, false);
    }

    public ExportOptions withLanguage(String newLanguage) {
        return new ExportOptions(
                edition,
                newLanguage,
                passMark,
                maxAttempts,
                completion,
                randomise,
                newAttemptWhenFinished);
    }

    public ExportOptions withPassMark(Integer newPassMark) {
        return new ExportOptions(
                edition,
                language,
                newPassMark,
                maxAttempts,
                completion,
                randomise,
                newAttemptWhenFinished);
    }

    public ExportOptions withMaxAttempts(Integer newMaxAttempts) {
        return new ExportOptions(
                edition,
                language,
                passMark,
                newMaxAttempts,
                completion,
                randomise,
                newAttemptWhenFinished);
    }

    public ExportOptions withCompletion(CompletionRule newCompletion) {
        return new ExportOptions(
                edition,
                language,
                passMark,
                maxAttempts,
                newCompletion,
                randomise,
                newAttemptWhenFinished);
    }

    public ExportOptions withRandomise(boolean newRandomise) {
        return new ExportOptions(
                edition,
                language,
                passMark,
                maxAttempts,
                completion,
                newRandomise,
                newAttemptWhenFinished);
    }

    public ExportOptions withNewAttemptWhenFinished(boolean newAttempt) {
        return new ExportOptions(
                edition, language, passMark, maxAttempts, completion, randomise, newAttempt);
    }
}
