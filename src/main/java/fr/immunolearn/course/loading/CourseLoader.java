package fr.immunolearn.course.loading;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one way into the course: reads a content folder ({@code editions.yaml} and one folder per
 * language) into {@link CourseEditions}, or reports every problem it finds.
 */
public final class CourseLoader {

    private CourseLoader() {}

    /**
     * The result of checking a content folder: the editions when valid, and every problem found.
     */
    public record Check(Optional<CourseEditions> editions, List<ContentProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Loads the course.
     *
     * @throws InvalidContentException listing every problem when the content is not valid
     */
    public static CourseEditions load(Path contentDir) {
        return load(contentDir, displayName(contentDir));
    }

    /** Loads the course, naming files in problems as {@code displayName/…}. */
    public static CourseEditions load(Path contentDir, String displayName) {
        Check check = check(contentDir, displayName);
        if (!check.valid()) {
            throw new InvalidContentException(check.problems());
        }
        return check.editions().orElseThrow();
    }

    /** Reads and checks the content, collecting every problem instead of stopping at the first. */
    public static Check check(Path contentDir) {
        return check(contentDir, displayName(contentDir));
    }

    /** Checks the content, naming files in problems as {@code displayName/…}. */
    public static Check check(Path contentDir, String displayName) {
        Problems problems = new Problems();
        String display = displayName;
        String editionsFile = display + "/editions.yaml";
        if (!Files.isDirectory(contentDir)) {
            problems.report(display, Location.START, "content folder not found");
            return new Check(Optional.empty(), problems.sorted());
        }
        if (!Files.isRegularFile(contentDir.resolve("editions.yaml"))) {
            problems.report(
                    editionsFile,
                    Location.START,
                    "file is missing: it names the default language and"
                            + " the editions, e.g. 'default: fr' and 'editions: [fr, en]'");
            return new Check(Optional.empty(), problems.sorted());
        }
        Optional<Fields> read =
                ContentText.read(contentDir.resolve("editions.yaml"), editionsFile, problems)
                        .flatMap(text -> new YamlReader(editionsFile, problems).read(text, 1))
                        .flatMap(
                                node ->
                                        Fields.of(
                                                node,
                                                Set.of("default", "editions"),
                                                "the editions file",
                                                editionsFile,
                                                problems,
                                                Typography.NONE));
        if (read.isEmpty()) {
            return new Check(Optional.empty(), problems.sorted());
        }
        Fields editions = read.get();
        String defaultLanguage = editions.reference("default");
        List<Fields.Located<String>> languages = editions.references("editions", true);
        if (!defaultLanguage.isEmpty()
                && languages.stream().noneMatch(l -> l.value().equals(defaultLanguage))) {
            editions.report(
                    "default",
                    "the default language \"" + defaultLanguage + "\" is not among the editions");
        }
        Map<String, EditionReader.Edition> read2 = new LinkedHashMap<>();
        for (Fields.Located<String> language : languages) {
            String lang = language.value();
            if (!lang.matches("[a-z]{2}")) {
                problems.report(
                        editionsFile,
                        language.location(),
                        "edition \""
                                + lang
                                + "\" must be a two-letter language code such as fr or en");
                continue;
            }
            Path dir = contentDir.resolve(lang);
            if (!Files.isDirectory(dir)) {
                problems.report(
                        display + "/" + lang,
                        Location.START,
                        "the folder of edition \"" + lang + "\" is missing");
                continue;
            }
            new EditionReader(dir, display + "/" + lang, lang, problems)
                    .read()
                    .ifPresent(edition -> read2.put(lang, edition));
        }
        if (!problems.isEmpty() || !read2.containsKey(defaultLanguage)) {
            return new Check(Optional.empty(), problems.sorted());
        }
        Course reference = read2.get(defaultLanguage).course();
        read2.forEach(
                (lang, edition) -> {
                    if (!lang.equals(defaultLanguage)) {
                        new EditionSync(reference, edition, problems).check();
                    }
                });
        if (!problems.isEmpty()) {
            return new Check(Optional.empty(), problems.sorted());
        }
        Map<String, Course> courses = new LinkedHashMap<>();
        read2.forEach((lang, edition) -> courses.put(lang, edition.course()));
        return new Check(Optional.of(new CourseEditions(defaultLanguage, courses)), List.of());
    }

    private static String displayName(Path dir) {
        String name = dir.toString().replace('\\', '/');
        while (name.length() > 1 && name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.isEmpty() ? "." : name;
    }
}
