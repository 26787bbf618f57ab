package fr.immunolearn.course;

import java.util.Arrays;
import java.util.Optional;

/** The question types, by the word content files use for them. */
public enum QuestionType {
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_RESPONSE("multiple-response"),
    TRUE_FALSE("true-false"),
    FILL_IN("fill-in"),
    MATCHING("matching"),
    ORDERING("ordering");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<QuestionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
