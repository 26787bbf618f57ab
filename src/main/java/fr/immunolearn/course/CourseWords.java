package fr.immunolearn.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words both renderers show for the same thing (verdicts, feedback headings, score lines, the
 * lesson blocks' controls), from {@code words_<lang>.properties} beside this class. The app reads
 * them through its translations, and the SCORM player has them baked into its package, so a word
 * is written once for both.
 */
public final class CourseWords {

    private static final Map<String, SortedMap<String, String>> LOADED = new ConcurrentHashMap<>();

    private CourseWords() {
    }

    /**
     * @return every key with its text, sorted by key
     * @throws IllegalArgumentException when there are no shared words in that language
     */
    public static SortedMap<String, String> load(String language) {
        return LOADED.computeIfAbsent(language, CourseWords::read);
    }

    private static SortedMap<String, String> read(String language) {
        String resource = "words_" + language + ".properties";
        try (InputStream in = CourseWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("the course has no shared words in \"" + language + "\" (no "
                        + resource + ")");
            }
            // UTF-8 explicitly: the bundles hold French text, whatever the platform's charset.
            PropertyResourceBundle bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            SortedMap<String, String> words = new TreeMap<>();
            bundle.keySet().forEach(key -> words.put(key, bundle.getString(key)));
            return Collections.unmodifiableSortedMap(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
