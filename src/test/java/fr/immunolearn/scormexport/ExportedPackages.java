package fr.immunolearn.scormexport;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.testing.TestContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Packages exported from the real course, each unzipped once into a temporary folder for the
 * browser tests.
 */
final class ExportedPackages {

    private static final Map<ExportOptions, Path> UNZIPPED = new HashMap<>();

    private ExportedPackages() {}

    static ScormPackage export(ExportOptions options) {
        return ScormExporter.export(TestContent.editions(), options);
    }

    static synchronized Path unzipped(ExportOptions options) {
        return UNZIPPED.computeIfAbsent(options, o -> unzip(export(o)));
    }

    static Path unzip(ScormPackage scorm) {
        try {
            Path dir = Files.createTempDirectory("immunolearn-" + scorm.options().edition().key());
            dir.toFile().deleteOnExit();
            for (Map.Entry<String, byte[]> entry :
                    PackageInspection.entries(scorm.bytes()).entrySet()) {
                Path file = dir.resolve(entry.getKey()).normalize();
                if (!file.startsWith(dir)) {
                    throw new IllegalStateException("entry outside the package: " + entry.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
                file.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExportedCourse course(ExportOptions options) {
        CourseEditions editions = TestContent.editions();
        return ExportedCourse.of(editions, options);
    }
}
