package fr.immunolearn.questionbank;

import java.util.List;
import java.util.Objects;

/**
 * What a trainer chooses when exporting the question bank.
 *
 * @param language the edition to export, such as {@code fr}; {@code null} for the course's default
 * @param quizIds the quizzes whose questions go in, in any order; empty for every quiz. The final
 *     assessment always goes in whole: its pool is what a bank is for, and the LMS's quiz draws
 *     from its category as many questions as the trainer asks (the category says how many the
 *     course draws)
 * @param randomise whether the LMS shuffles the choices of choice questions; matching responses and
 *     ordering items are always shuffled, or the question would give its answer away
 */
public record BankOptions(
        BankFormat format, String language, List<String> quizIds, boolean randomise) {

    public BankOptions {
        Objects.requireNonNull(format, "format");
        quizIds = List.copyOf(quizIds);
        if (language != null && !language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException(
                    "the language must be a two-letter code such as fr or en, not \""
                            + language
                            + "\"");
        }
    }

    /** Every quiz of the course in its default language, choices shuffled. */
    public static BankOptions of(BankFormat format) {
        return new BankOptions(format, null, List.of(), true);
    }

    public BankOptions withLanguage(String newLanguage) {
        return new BankOptions(format, newLanguage, quizIds, randomise);
    }

    public BankOptions withQuizzes(List<String> newQuizIds) {
        return new BankOptions(format, language, newQuizIds, randomise);
    }

    public BankOptions withRandomise(boolean newRandomise) {
        return new BankOptions(format, language, quizIds, newRandomise);
    }
}
