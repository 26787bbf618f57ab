package fr.immunolearn.course;

import java.util.Arrays;
import java.util.Optional;

/** How a question with several parts earns credit. */
public enum CreditMode {
    /** Full credit only when every part is right. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** A share of the credit for each part that is right. */
    PARTIAL("partial");

    private final String key;

    CreditMode(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<CreditMode> fromKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
