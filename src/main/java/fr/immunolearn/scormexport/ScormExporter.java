package fr.immunolearn.scormexport;

import fr.immunolearn.course.CourseEditions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a SCORM package of one edition of the course: the player's files, {@code course.js} baked
 * from the model with the options applied, and the edition's manifest listing them all, zipped so
 * that the same course and options always give the same bytes. The command line, the build and the
 * trainer UI all come through here.
 */
public final class ScormExporter {

    /** The page the LMS launches. */
    public static final String LAUNCH_FILE = "index.html";

    private ScormExporter() {}

    /**
     * @throws IllegalArgumentException when the course has no edition, or the player no strings, in
     *     the language asked for
     */
    public static ScormPackage export(CourseEditions editions, ExportOptions options) {
        ExportedCourse exported = ExportedCourse.of(editions, options);
        Map<String, byte[]> files = new LinkedHashMap<>(PlayerFiles.read());
        files.put(
                PlayerFiles.COURSE_SCRIPT,
                CourseScript.write(exported, PlayerStrings.load(exported.course().language())));
        List<String> names = new ArrayList<>(files.keySet());
        byte[] manifest =
                options.edition() == ScormEdition.SCORM_12
                        ? Scorm12Manifest.write(exported, names)
                        : Scorm2004Manifest.write(exported, names);

        // The manifest first, as LMSs that stream the zip look for it there; then the files in a
        // fixed order.
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", manifest);
        entries.putAll(files);
        byte[] zip = PackageArchive.zip(entries);
        String fileName =
                exported.course().id()
                        + "-"
                        + exported.course().language()
                        + "-"
                        + options.edition().key()
                        + ".zip";
        return new ScormPackage(
                fileName,
                options,
                zip,
                PackageInspection.inspect(zip, options.edition(), exported.passMark()));
    }
}
