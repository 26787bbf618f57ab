package fr.immunolearn.app;

import fr.immunolearn.course.loading.ContentProblem;
import fr.immunolearn.course.loading.InvalidContentException;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns invalid content at start-up into the list of problems, instead of a stack trace. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
        String problems =
                cause.problems().stream()
                        .map(ContentProblem::toString)
                        .collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "The course content is invalid; the app does not start on invalid content.\n"
                        + problems,
                "Fix the problems above, then check with: java -jar target/immunolearn.jar validate content",
                cause);
    }
}
