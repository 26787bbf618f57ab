package fr.immunolearn.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words both renderers show for the same thing (verdicts, feedback headings, score lines, the
 * lesson blocks' controls), from {@code words_<lang>.properties} beside this class. The app reads
 * them through its translations, and the SCORM player has them baked into its package, so a word is
 * written once for both.
 */
public final class CourseWords {

    private static final Map<String, SortedMap<String, String>> LOADED = new ConcurrentHashMap<>();

    private CourseWords() {}

    /**
     * @return every key with its text, sorted by key
     * @throws IllegalArgumentException when there are no shared words in that language
     */
    public static SortedMap<String, String> load(String language) {
        return LOADED.computeIfAbsent(language, CourseWords::read);
    }

    private static SortedMap<String, String> read(String language) {
        String resource = "words_" + language + ".properties";
        return bundle(CourseWords.class, resource)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "the course has no shared words in \""
                                                + language
                                                + "\" (no "
                                                + resource
                                                + ")"));
    }

    /**
     * A properties bundle beside {@code owner}, read as UTF-8 whatever the platform's charset (the
     * bundles hold French text), every key with its text sorted by key so that packages made from
     * it are byte-identical; empty when there is no such resource.
     */
    public static Optional<SortedMap<String, String>> bundle(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            PropertyResourceBundle bundle =
                    new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            SortedMap<String, String> texts = new TreeMap<>();
            bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
            return Optional.of(Collections.unmodifiableSortedMap(texts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
