package fr.immunolearn.scormexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The player's static files, from {@code scorm/} at the project root, which the build copies into
 * the jar beside this class. They are named here rather than found by listing the folder because a
 * jar's classpath cannot be listed reliably; a test keeps this list and the folder identical.
 */
public final class PlayerFiles {

    /** Where the build puts {@code scorm/} on the classpath. */
    static final String FOLDER = "player/";

    /** Every file of {@code scorm/}, in the order {@code index.html} loads the scripts. */
    public static final List<String> NAMES =
            List.of(
                    "index.html",
                    "player.css",
                    "scoring.js",
                    "layout.js",
                    "progress.js",
                    "cmi-types.js",
                    "scorm12.js",
                    "scorm2004.js",
                    "lms.js",
                    "blocks.js",
                    "checks.js",
                    "player.js");

    /** Written by the exporter from the model, never kept in {@code scorm/}. */
    public static final String COURSE_SCRIPT = "course.js";

    private PlayerFiles() {}

    /** Each file's name with its bytes, in {@link #NAMES} order. */
    public static Map<String, byte[]> read() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : NAMES) {
            try (InputStream in = PlayerFiles.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the player file "
                                    + name
                                    + " is missing from the classpath ("
                                    + FOLDER
                                    + "): was scorm/ copied by the build?");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the player file " + name, e);
            }
        }
        return files;
    }
}
