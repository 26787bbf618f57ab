package fr.immunolearn.cli;

import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.loading.ContentProblem;
import fr.immunolearn.course.loading.CourseLoader;
import fr.immunolearn.scormexport.ExportOptions;
import fr.immunolearn.scormexport.PackageCheck;
import fr.immunolearn.scormexport.ScormEdition;
import fr.immunolearn.scormexport.ScormExporter;
import fr.immunolearn.scormexport.ScormPackage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code export --format scorm12|scorm2004 --out FILE.zip [options]}: writes a SCORM package of the
 * course. Every bad option is refused, with what was wrong, before anything is read or written.
 */
final class ExportCommand {

    static final String USAGE = String.join("\n",
            "usage: java -jar immunolearn.jar export --format scorm12|scorm2004 --out FILE.zip [options]",
            "  --lang fr|en          the edition to export (default: the course's default language)",
            "  --pass-mark 0-100     pass mark of every quiz and of the course (default: the content's)",
            "  --attempts N          attempts at every quiz, 0 for no limit (default: the content's)",
            "  --completion RULE     all-lessons-done, all-quizzes-passed or final-assessment-passed",
            "  --no-randomise        keep questions and choices in the content's order",
            "  --new-attempt-when-finished",
            "                        SCORM 2004: a finished course ends its attempt, so the LMS starts a new one",
            "                        at the next launch (default: it stays finished and reopens for review)",
            "  --content DIR         the course content folder (default: content)");

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        Request request;
        try {
            request = Request.parse(args);
        } catch (BadOption e) {
            err.println("export: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        String unwritable = unwritable(request.out());
        if (unwritable != null) {
            err.println("export: cannot write " + request.out() + ": " + unwritable);
            return 2;
        }
        CourseLoader.Check check = CourseLoader.check(request.content());
        if (!check.valid()) {
            check.problems().stream().map(ContentProblem::toString).forEach(err::println);
            err.println("export: the content in " + request.content() + " is not valid (" + check.problems().size()
                    + (check.problems().size() == 1 ? " problem" : " problems") + "); nothing was written");
            return 1;
        }
        CourseEditions editions = check.editions().orElseThrow();
        ScormPackage scorm;
        try {
            scorm = ScormExporter.export(editions, request.options());
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return 2;
        }
        if (!scorm.sound()) {
            scorm.failures().forEach(f -> err.println("export: " + f));
            err.println("export: the package fails its checks; nothing was written");
            return 1;
        }
        try {
            write(scorm.bytes(), request.out());
        } catch (IOException e) {
            err.println("export: cannot write " + request.out() + ": " + e.getMessage());
            return 1;
        }
        ExportOptions options = request.options();
        out.println("wrote " + request.out() + ": " + options.edition().label() + ", "
                + (options.language() == null ? editions.defaultLanguage() : options.language()) + ", "
                + scorm.size() + " bytes");
        scorm.checks().stream().map(PackageCheck::toString).forEach(c -> out.println("  " + c));
        return 0;
    }

    /** Why {@code file} cannot be written, or null when it can. */
    private static String unwritable(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            return "it is a folder";
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return "the folder " + folder + " does not exist";
        }
        if (!Files.isWritable(folder)) {
            return "the folder " + folder + " is not writable";
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            return "the file exists and is not writable";
        }
        return null;
    }

    /**
     * Written beside the target then moved over it, so an interrupted export never leaves half a
     * zip, nor destroys a good package already there.
     */
    private static void write(byte[] bytes, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            Files.write(partial, bytes);
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The command line, read and checked. */
    record Request(ExportOptions options, Path content, Path out) {

        static Request parse(List<String> args) throws BadOption {
            ScormEdition edition = null;
            String language = null;
            Integer passMark = null;
            Integer attempts = null;
            CompletionRule completion = null;
            boolean randomise = true;
            boolean newAttempt = false;
            Path content = Path.of("content");
            Path out = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
                switch (name) {
                    case "--no-randomise", "--no-randomize" -> {
                        if (inline != null) {
                            throw new BadOption(name + " takes no value");
                        }
                        randomise = false;
                        continue;
                    }
                    case "--new-attempt-when-finished" -> {
                        if (inline != null) {
                            throw new BadOption(name + " takes no value");
                        }
                        newAttempt = true;
                        continue;
                    }
                    case "--format", "--lang", "--pass-mark", "--attempts", "--completion", "--content", "--out" -> {
                    }
                    default -> throw new BadOption(arg.startsWith("-") ? "unknown option " + name
                            : "unexpected argument '" + arg + "' (options start with --)");
                }
                if (inline == null && (i + 1 >= args.size() || args.get(i + 1).startsWith("--"))) {
                    throw new BadOption(name + " needs a value");
                }
                String value = inline != null ? inline : args.get(++i);
                switch (name) {
                    case "--format" -> edition = ScormEdition.fromKey(value).orElseThrow(() -> new BadOption(
                            "unknown format '" + value + "': use " + Arrays.stream(ScormEdition.values())
                                    .map(ScormEdition::key).collect(Collectors.joining(" or "))));
                    case "--lang" -> {
                        if (!value.matches("[a-z]{2}")) {
                            throw new BadOption("unknown language '" + value + "': use a two-letter code such as fr or en");
                        }
                        language = value;
                    }
                    case "--pass-mark" -> passMark = whole(name, value, 0, 100, "a percent from 0 to 100");
                    case "--attempts" -> attempts = whole(name, value, 0, ExportOptions.MOST_ATTEMPTS,
                            "a number from 0 (no limit) to " + ExportOptions.MOST_ATTEMPTS);
                    case "--completion" -> completion = CompletionRule.fromKey(value).orElseThrow(() -> new BadOption(
                            "unknown completion rule '" + value + "': use " + Arrays.stream(CompletionRule.values())
                                    .map(CompletionRule::key).collect(Collectors.joining(", "))));
                    case "--content" -> content = Path.of(value);
                    default -> {
                        if (!value.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                            throw new BadOption("--out must name a .zip file, not '" + value + "'");
                        }
                        out = Path.of(value);
                    }
                }
            }
            if (edition == null) {
                throw new BadOption("--format scorm12|scorm2004 is required");
            }
            if (out == null) {
                throw new BadOption("--out FILE.zip is required");
            }
            return new Request(new ExportOptions(edition, language, passMark, attempts, completion, randomise,
                    newAttempt), content, out);
        }

        private static int whole(String option, String value, int min, int max, String expected) throws BadOption {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new BadOption(option + " must be " + expected + ", not '" + value + "'");
            }
            if (number < min || number > max) {
                throw new BadOption(option + " must be " + expected + ", not " + number);
            }
            return number;
        }
    }

    /** A command line that cannot be run as given. */
    static final class BadOption extends Exception {
        BadOption(String message) {
            super(message);
        }
    }
}
