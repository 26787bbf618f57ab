package fr.immunolearn.questionbank;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;

/**
 * The few words the export adds around the course's text (the passage to read again, what a
 * category holds), from {@code bank_<lang>.properties} beside this class: content is data, and so
 * are these words.
 */
final class BankWords {

    private final PropertyResourceBundle bundle;
    private final Locale locale;

    private BankWords(PropertyResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * @throws IllegalArgumentException when the export has no words in that language
     */
    static BankWords of(String language) {
        String resource = "bank_" + language + ".properties";
        try (InputStream in = BankWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "the question bank export has no words in \""
                                + language
                                + "\" (no "
                                + resource
                                + ")");
            }
            // UTF-8 whatever the platform's charset, as the player's strings.
            return new BankWords(
                    new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    Locale.forLanguageTag(language));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    String get(String key, Object... arguments) {
        // Apostrophes in the course's titles must stay as they are: format with a pattern whose
        // quotes are the bundle's, and the arguments only substituted.
        return new MessageFormat(bundle.getString(key).replace("'", "''"), locale)
                .format(arguments);
    }
}
