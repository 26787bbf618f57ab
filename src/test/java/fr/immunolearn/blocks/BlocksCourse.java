package fr.immunolearn.blocks;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.loading.CourseLoader;
import java.nio.file.Path;

/** The lesson blocks' test course: a small content folder that uses every block type. */
final class BlocksCourse {

    static final Path FOLDER = Path.of("src/test/resources/fr/immunolearn/blocks/course");

    private static CourseEditions editions;

    private BlocksCourse() {}

    static synchronized CourseEditions editions() {
        if (editions == null) {
            editions = CourseLoader.load(FOLDER);
        }
        return editions;
    }
}
