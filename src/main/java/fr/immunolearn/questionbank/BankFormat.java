package fr.immunolearn.questionbank;

import java.util.Arrays;
import java.util.Optional;

/** The LMS quiz formats a question bank is written in, by the word the command line uses. */
public enum BankFormat {
    /** Moodle's own XML format: every question type, ordering included, with all its fields. */
    MOODLE_XML("moodle-xml", "Moodle XML", ".xml", "application/xml"),
    /**
     * GIFT, the text format Moodle and other LMSs import; see {@link Gift} for what it cannot
     * carry.
     */
    GIFT("gift", "GIFT", ".txt", "text/plain");

    private final String key;
    private final String label;
    private final String extension;
    private final String mediaType;

    BankFormat(String key, String label, String extension, String mediaType) {
        this.key = key;
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The file name ending Moodle's own exporter gives the format. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<BankFormat> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
