package fr.immunolearn.scormexport;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SCORM editions a package can be made for, with what differs between them at packaging time.
 */
public enum ScormEdition {
    SCORM_12("scorm12", "SCORM 1.2", 4096),
    SCORM_2004("scorm2004", "SCORM 2004 4th Edition", 64000);

    private final String key;
    private final String label;
    private final int suspendDataLimit;

    ScormEdition(String key, String label, int suspendDataLimit) {
        this.key = key;
        this.label = label;
        this.suspendDataLimit = suspendDataLimit;
    }

    /** The word used for this edition on the command line and in file names. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /**
     * The most characters {@code suspend_data} may hold: 1.2's CMIString4096, and the 64,000 that
     * SCORM 2004 requires an LMS to keep at least. The player never writes more.
     */
    public int suspendDataLimit() {
        return suspendDataLimit;
    }

    public static Optional<ScormEdition> fromKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }
}
