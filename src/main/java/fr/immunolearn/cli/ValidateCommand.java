package fr.immunolearn.cli;

import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.loading.ContentProblem;
import fr.immunolearn.course.loading.CourseLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code validate [DIR]}: reports every content problem as {@code file:line:column: message}. */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.size() > 1) {
            err.println("validate takes at most one folder, not: " + String.join(" ", args));
            return 2;
        }
        Path dir = Path.of(args.isEmpty() ? "content" : args.get(0));
        CourseLoader.Check check = CourseLoader.check(dir);
        if (!check.valid()) {
            check.problems().stream().map(ContentProblem::toString).forEach(err::println);
            err.println(
                    check.problems().size()
                            + (check.problems().size() == 1 ? " problem" : " problems")
                            + " found in "
                            + dir);
            return 1;
        }
        CourseEditions editions = check.editions().orElseThrow();
        Course course = editions.defaultEdition();
        out.println(
                dir
                        + " is valid: "
                        + editions.languages().size()
                        + " editions ("
                        + String.join(", ", editions.languages())
                        + "), "
                        + course.lessons().size()
                        + " lessons, "
                        + course.questions().size()
                        + " questions");
        return 0;
    }
}
