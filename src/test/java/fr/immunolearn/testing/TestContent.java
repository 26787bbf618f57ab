package fr.immunolearn.testing;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.loading.CourseLoader;
import java.nio.file.Path;

/** The real course under {@code content/}, as tests read it. */
public final class TestContent {

    private static CourseEditions editions;

    private TestContent() {}

    public static Path folder() {
        return Path.of(System.getProperty("immunolearn.content", "content"));
    }

    public static synchronized CourseEditions editions() {
        if (editions == null) {
            editions = CourseLoader.load(folder());
        }
        return editions;
    }
}
