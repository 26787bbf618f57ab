package fr.immunolearn.course.loading;

import java.util.List;
import java.util.stream.Collectors;

/** The content has problems; the list holds every one of them. */
public class InvalidContentException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public InvalidContentException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        return problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + " in the course content:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
