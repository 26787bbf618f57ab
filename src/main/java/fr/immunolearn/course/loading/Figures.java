package fr.immunolearn.course.loading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The figures of one edition, in its {@code media/} folder: each SVG file read and checked once,
 * however many blocks show it, so a problem in it is reported once, at its own line.
 */
final class Figures {

    private static final Pattern MEDIA_FILE =
            Pattern.compile("media/[A-Za-z0-9][A-Za-z0-9._-]*\\.svg");

    private final Path editionDir;
    private final String displayDir;
    private final Problems problems;
    private final Map<String, Optional<String>> checked = new HashMap<>();

    Figures(Path editionDir, String displayDir, Problems problems) {
        this.editionDir = editionDir;
        this.displayDir = displayDir;
        this.problems = problems;
    }

    /** The SVG markup to inline, or empty after reporting why the file cannot be shown. */
    Optional<String> svg(String file, String lessonFile, Location at) {
        if (!MEDIA_FILE.matcher(file).matches() || file.contains("..")) {
            problems.report(
                    lessonFile,
                    at,
                    "figure file \""
                            + file
                            + "\" must be an .svg file in media/,"
                            + " e.g. media/schema.svg");
            return Optional.empty();
        }
        Path path = editionDir.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.report(
                    lessonFile,
                    at,
                    "figure file \"" + file + "\" does not exist in " + displayDir + "/media/");
            return Optional.empty();
        }
        String display = displayDir + "/" + file;
        return checked.computeIfAbsent(
                file,
                f ->
                        ContentText.read(path, display, problems)
                                .flatMap(text -> SvgFigure.sanitise(text, display, problems)));
    }
}
