package fr.immunolearn.course.loading;

import java.util.Comparator;

/** Something wrong in the content, where it is, and what to do about it. */
public record ContentProblem(String file, int line, int column, String message) {

    public static final Comparator<ContentProblem> IN_FILE_ORDER =
            Comparator.comparing(ContentProblem::file)
                    .thenComparingInt(ContentProblem::line)
                    .thenComparingInt(ContentProblem::column);

    /** {@code file:line:column: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
