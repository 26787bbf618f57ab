package fr.immunolearn.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Dispatches the first argument to a command. With no command the caller starts the web server. */
public final class Commands {

    private Commands() {}

    /**
     * Runs the command {@code args} names.
     *
     * @return the exit status, or empty when {@code args} names no command and the server should
     *     start
     */
    public static Optional<Integer> run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].startsWith("-")) {
            return Optional.empty();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "validate":
                return Optional.of(new ValidateCommand(out, err).run(rest));
            case "export":
                return Optional.of(new ExportCommand(out, err).run(rest));
            case "trainer":
                return Optional.of(
                        new TrainerCommand(out, err, System::getenv, System.console()).run(rest));
            case "help":
                out.println(USAGE);
                return Optional.of(0);
            default:
                err.println("unknown command '" + args[0] + "'");
                err.println(USAGE);
                return Optional.of(2);
        }
    }

    static final String USAGE =
            String.join(
                    "\n",
                    "usage: java -jar immunolearn.jar [COMMAND]",
                    "  (no command)        start the web app on http://localhost:8080",
                    "  validate [DIR]      check the course content in DIR (default: content)",
                    "  export --format scorm12|scorm2004 --out FILE.zip [--lang fr|en] [--pass-mark N] [--attempts N]",
                    "                      [--completion RULE] [--no-randomise] [--content DIR]",
                    "                      write a SCORM package of the course (export --help for details)",
                    "  export --format moodle-xml|gift --out FILE.xml|FILE.txt [--lang fr|en] [--quizzes ID,ID]",
                    "                      [--no-randomise] [--content DIR]",
                    "                      write the course's questions as a question bank for the LMS's quiz engine",
                    "  trainer add --email EMAIL [--name NAME]",
                    "                      create a trainer account (password from IMMUNOLEARN_TRAINER_PASSWORD",
                    "                      or asked on the console)");
}
