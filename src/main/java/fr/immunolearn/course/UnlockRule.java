package fr.immunolearn.course;

import java.util.Arrays;
import java.util.Optional;

/** When the final assessment opens to a learner. */
public enum UnlockRule {
    ALWAYS("always"),
    /** Once every lesson is done. */
    ALL_LESSONS_DONE("all-lessons-done");

    private final String key;

    UnlockRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<UnlockRule> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
