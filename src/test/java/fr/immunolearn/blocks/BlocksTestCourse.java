package fr.immunolearn.blocks;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.loading.CourseLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The lesson blocks' test course ({@code src/test/resources/fr/immunolearn/blocks/course}), as
 * tests read it.
 */
public final class BlocksTestCourse {

    private static CourseEditions editions;

    private BlocksTestCourse() {}

    /** The content folder: editions.yaml, fr/ and en/, laid out as {@code content/}. */
    public static Path folder() {
        try {
            return Path.of(BlocksTestCourse.class.getResource("course").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized CourseEditions editions() {
        if (editions == null) {
            editions = CourseLoader.load(folder());
        }
        return editions;
    }
}
