package fr.immunolearn.scormexport;

import fr.immunolearn.course.CourseWords;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The player's words in one language: those it shares with the app ({@link CourseWords}), then its
 * own (buttons, headings, messages) from {@code player_<lang>.properties} beside this class. They
 * are baked into the package with the course, so the player's JavaScript holds no text a learner
 * reads.
 */
public final class PlayerStrings {

    private PlayerStrings() {}

    /**
     * @return every key with its text, sorted by key so that packages are byte-identical
     * @throws IllegalArgumentException when the player has no strings in that language
     */
    public static SortedMap<String, String> load(String language) {
        String resource = "player_" + language + ".properties";
        SortedMap<String, String> own =
                CourseWords.bundle(PlayerStrings.class, resource)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "the player has no strings in \""
                                                        + language
                                                        + "\" (no "
                                                        + resource
                                                        + ")"));
        SortedMap<String, String> strings = new TreeMap<>(CourseWords.load(language));
        own.forEach(
                (key, text) -> {
                    if (strings.put(key, text) != null) {
                        throw new IllegalStateException(
                                resource
                                        + " repeats \""
                                        + key
                                        + "\", a word the app and the"
                                        + " player share: it belongs in course/words_"
                                        + language
                                        + ".properties only");
                    }
                });
        return strings;
    }
}
