package fr.immunolearn.questionbank;

/**
 * A question bank, written.
 *
 * @param fileName a file name that says what the file holds, such as {@code
 *     immunotherapie-fr-moodle.xml}
 * @param questions how many questions it holds
 * @param categories how many categories (one per lesson quiz, one for the final assessment)
 */
public record BankFile(
        String fileName,
        BankOptions options,
        String language,
        byte[] bytes,
        int questions,
        int categories) {

    public BankFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
