package fr.immunolearn.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every language edition of the course, read from one content folder. The editions share ids,
 * structure and correct answers (the loader checks it), so progress recorded in one language stays
 * valid in the other.
 */
public record CourseEditions(String defaultLanguage, Map<String, Course> byLanguage) {

    public CourseEditions {
        byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        if (!byLanguage.containsKey(defaultLanguage)) {
            throw new IllegalArgumentException(
                    "no edition for the default language " + defaultLanguage);
        }
    }

    /**
     * The edition in {@code language}, or the default edition when there is none in that language.
     */
    public Course edition(String language) {
        Course course = language == null ? null : byLanguage.get(language);
        return course != null ? course : byLanguage.get(defaultLanguage);
    }

    public Course defaultEdition() {
        return byLanguage.get(defaultLanguage);
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    public List<Course> all() {
        return List.copyOf(byLanguage.values());
    }
}
