package fr.immunolearn.course;

import java.util.Arrays;
import java.util.Optional;

/** When a learner has completed the course. */
public enum CompletionRule {
    /** Every lesson is done (read, and its quiz passed or its attempts used up). */
    ALL_LESSONS_DONE("all-lessons-done"),
    /** Every lesson quiz is passed. */
    ALL_QUIZZES_PASSED("all-quizzes-passed"),
    /** The final assessment is passed. */
    FINAL_ASSESSMENT_PASSED("final-assessment-passed");

    private final String key;

    CompletionRule(String key) {
        this.key = key;
    }

    /** The word used for this rule in {@code course.yaml}. */
    public String key() {
        return key;
    }

    public static Optional<CompletionRule> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
