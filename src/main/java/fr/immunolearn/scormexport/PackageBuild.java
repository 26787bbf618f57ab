package fr.immunolearn.scormexport;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.loading.CourseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code mvn package} runs: both editions' packages of the course's default language, with the
 * content's own settings, as {@code immunolearn-scorm12.zip} and {@code immunolearn-scorm2004.zip}
 * in the build folder. A package that fails a check fails the build rather than land unnoticed.
 *
 * <p>It throws instead of calling {@code System.exit}: the build runs it inside Maven's own JVM.
 */
public final class PackageBuild {

    private PackageBuild() {}

    /**
     * @param args the content folder, then the folder to write the packages to
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PackageBuild CONTENT_DIR OUTPUT_DIR");
        }
        CourseEditions editions = CourseLoader.load(Path.of(args[0]));
        Path out = Files.createDirectories(Path.of(args[1]));
        for (ScormEdition edition : ScormEdition.values()) {
            ScormPackage scorm = ScormExporter.export(editions, ExportOptions.of(edition));
            if (!scorm.sound()) {
                throw new IllegalStateException(
                        "the "
                                + edition.label()
                                + " package fails its checks: "
                                + scorm.failures());
            }
            Path file = out.resolve("immunolearn-" + edition.key() + ".zip");
            Files.write(file, scorm.bytes());
            System.out.println(
                    "[immunolearn] "
                            + edition.label()
                            + " package: "
                            + file
                            + " ("
                            + scorm.size()
                            + " bytes)");
        }
    }
}
