package fr.immunolearn.cli;

import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.loading.ContentProblem;
import fr.immunolearn.course.loading.CourseLoader;
import fr.immunolearn.questionbank.BankFile;
import fr.immunolearn.questionbank.BankFormat;
import fr.immunolearn.questionbank.BankOptions;
import fr.immunolearn.questionbank.QuestionBank;
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
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code export --format scorm12|scorm2004 --out FILE.zip [options]}: writes a SCORM package of the
 * course; {@code export --format moodle-xml|gift --out FILE} its questions as a question bank for
 * the LMS's own quiz engine. Every bad option is refused, with what was wrong, before anything is
 * read or written.
 */
final class ExportCommand {

    private static final String FORMATS =
            Arrays.stream(ScormEdition.values())
                            .map(ScormEdition::key)
                            .collect(Collectors.joining(", "))
                    + ", "
                    + Arrays.stream(BankFormat.values())
                            .map(BankFormat::key)
                            .collect(Collectors.joining(" or "));

    static final String USAGE =
            String.join(
                    "\n",
                    "usage: java -jar immunolearn.jar export --format scorm12|scorm2004 --out FILE.zip [options]",
                    "       java -jar immunolearn.jar export --format moodle-xml|gift --out FILE.xml|FILE.txt [options]",
                    "  --lang fr|en          the edition to export (default: the course's default language)",
                    "  --pass-mark 0-100     pass mark of every quiz and of the course (default: the content's; SCORM only)",
                    "  --attempts N          attempts at every quiz, 0 for no limit (default: the content's; SCORM only)",
                    "  --completion RULE     all-lessons-done, all-quizzes-passed or final-assessment-passed (SCORM only)",
                    "  --quizzes ID,ID       the quizzes whose questions go in the question bank (default: all; the final",
                    "                        assessment's whole pool goes in its own category; moodle-xml and gift only)",
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
            err.println(
                    "export: the content in "
                            + request.content()
                            + " is not valid ("
                            + check.problems().size()
                            + (check.problems().size() == 1 ? " problem" : " problems")
                            + "); nothing was written");
            return 1;
        }
        CourseEditions editions = check.editions().orElseThrow();
        if (request.bank() != null) {
            return bank(editions, request.bank(), request.out());
        }
        ScormPackage scorm;
        try {
            scorm = ScormExporter.export(editions, request.scorm());
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
        ExportOptions options = request.scorm();
        out.println(
                "wrote "
                        + request.out()
                        + ": "
                        + options.edition().label()
                        + ", "
                        + (options.language() == null
                                ? editions.defaultLanguage()
                                : options.language())
                        + ", "
                        + scorm.size()
                        + " bytes");
        scorm.checks().stream().map(PackageCheck::toString).forEach(c -> out.println("  " + c));
        return 0;
    }

    private int bank(CourseEditions editions, BankOptions options, Path file) {
        BankFile bank;
        try {
            bank = QuestionBank.export(editions, options);
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return 2;
        }
        try {
            write(bank.bytes(), file);
        } catch (IOException e) {
            err.println("export: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println(
                "wrote "
                        + file
                        + ": "
                        + options.format().label()
                        + ", "
                        + bank.language()
                        + ", "
                        + bank.questions()
                        + " questions in "
                        + bank.categories()
                        + " categories, "
                        + bank.size()
                        + " bytes");
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
     * file, nor destroys a good one already there.
     */
    private static void write(byte[] bytes, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial =
                Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            Files.write(partial, bytes);
            try {
                Files.move(
                        partial,
                        absolute,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The command line, read and checked: a SCORM package or a question bank, never both. */
    record Request(ExportOptions scorm, BankOptions bank, Path content, Path out) {

        private static final Pattern QUIZ_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

        static Request parse(List<String> args) throws BadOption {
            String format = null;
            String language = null;
            Integer passMark = null;
            Integer attempts = null;
            CompletionRule completion = null;
            List<String> quizzes = null;
            boolean randomise = true;
            boolean newAttempt = false;
            Path content = Path.of("content");
            String out = null;
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
                    case "--format",
                            "--lang",
                            "--pass-mark",
                            "--attempts",
                            "--completion",
                            "--quizzes",
                            "--content",
                            "--out" -> {}
                    default ->
                            throw new BadOption(
                                    arg.startsWith("-")
                                            ? "unknown option " + name
                                            : "unexpected argument '"
                                                    + arg
                                                    + "' (options start with --)");
                }
                if (inline == null && (i + 1 >= args.size() || args.get(i + 1).startsWith("--"))) {
                    throw new BadOption(name + " needs a value");
                }
                String value = inline != null ? inline : args.get(++i);
                switch (name) {
                    case "--format" -> {
                        if (ScormEdition.fromKey(value).isEmpty()
                                && BankFormat.fromKey(value).isEmpty()) {
                            throw new BadOption("unknown format '" + value + "': use " + FORMATS);
                        }
                        format = value;
                    }
                    case "--lang" -> {
                        if (!value.matches("[a-z]{2}")) {
                            throw new BadOption(
                                    "unknown language '"
                                            + value
                                            + "': use a two-letter code such as fr or en");
                        }
                        language = value;
                    }
                    case "--pass-mark" ->
                            passMark = whole(name, value, 0, 100, "a percent from 0 to 100");
                    case "--attempts" ->
                            attempts =
                                    whole(
                                            name,
                                            value,
                                            0,
                                            ExportOptions.MOST_ATTEMPTS,
                                            "a number from 0 (no limit) to "
                                                    + ExportOptions.MOST_ATTEMPTS);
                    case "--completion" ->
                            completion =
                                    CompletionRule.fromKey(value)
                                            .orElseThrow(
                                                    () ->
                                                            new BadOption(
                                                                    "unknown completion rule '"
                                                                            + value
                                                                            + "': use "
                                                                            + Arrays.stream(
                                                                                            CompletionRule
                                                                                                    .values())
                                                                                    .map(
                                                                                            CompletionRule
                                                                                                    ::key)
                                                                                    .collect(
                                                                                            Collectors
                                                                                                    .joining(
                                                                                                            ", "))));
                    case "--quizzes" -> quizzes = quizIds(value);
                    case "--content" -> content = Path.of(value);
                    default -> out = value;
                }
            }
            if (format == null) {
                throw new BadOption(
                        "--format "
                                + FORMATS.replace(", ", "|").replace(" or ", "|")
                                + " is required");
            }
            Optional<BankFormat> bank = BankFormat.fromKey(format);
            if (bank.isPresent()) {
                // What the LMS's own quiz decides has no place in a bank of questions.
                refused(
                        passMark != null,
                        "--pass-mark",
                        bank.get(),
                        "the LMS's quiz sets its own pass mark");
                refused(
                        attempts != null,
                        "--attempts",
                        bank.get(),
                        "the LMS's quiz sets its own attempts");
                refused(
                        completion != null,
                        "--completion",
                        bank.get(),
                        "the LMS's quiz sets its own completion");
                refused(
                        newAttempt,
                        "--new-attempt-when-finished",
                        bank.get(),
                        "the LMS's quiz keeps its own attempts");
                String extensions = bank.get() == BankFormat.GIFT ? ".txt or .gift" : ".xml";
                if (out == null) {
                    throw new BadOption("--out FILE" + bank.get().extension() + " is required");
                }
                String lower = out.toLowerCase(Locale.ROOT);
                if (!(lower.endsWith(bank.get().extension())
                        || bank.get() == BankFormat.GIFT && lower.endsWith(".gift"))) {
                    throw new BadOption(
                            "--out must name a "
                                    + extensions
                                    + " file for "
                                    + bank.get().key()
                                    + ", not '"
                                    + out
                                    + "'");
                }
                return new Request(
                        null,
                        new BankOptions(
                                bank.get(),
                                language,
                                quizzes == null ? List.of() : quizzes,
                                randomise),
                        content,
                        Path.of(out));
            }
            if (quizzes != null) {
                throw new BadOption(
                        "--quizzes applies to a question bank (moodle-xml, gift), not to "
                                + format
                                + ": a SCORM package holds the whole course");
            }
            if (out == null) {
                throw new BadOption("--out FILE.zip is required");
            }
            if (!out.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new BadOption("--out must name a .zip file, not '" + out + "'");
            }
            return new Request(
                    new ExportOptions(
                            ScormEdition.fromKey(format).orElseThrow(),
                            language,
                            passMark,
                            attempts,
                            completion,
                            randomise,
                            newAttempt),
                    null,
                    content,
                    Path.of(out));
        }

        private static void refused(boolean given, String option, BankFormat format, String why)
                throws BadOption {
            if (given) {
                throw new BadOption(
                        option
                                + " has no meaning in a question bank ("
                                + format.key()
                                + "): "
                                + why);
            }
        }

        private static List<String> quizIds(String value) throws BadOption {
            List<String> ids = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
            for (String id : ids) {
                if (!QUIZ_ID.matcher(id).matches()) {
                    throw new BadOption(
                            "--quizzes takes quiz ids separated by commas, such as quiz-a,quiz-b, not '"
                                    + value
                                    + "'");
                }
            }
            return ids.stream().distinct().toList();
        }

        private static int whole(String option, String value, int min, int max, String expected)
                throws BadOption {
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
