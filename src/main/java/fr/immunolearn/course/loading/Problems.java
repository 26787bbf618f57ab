package fr.immunolearn.course.loading;

import java.util.ArrayList;
import java.util.List;

/** Collects content problems as the loader goes, so one run reports them all. */
final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    void report(String file, Location where, String message) {
        found.add(new ContentProblem(file, where.line(), where.column(), message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<ContentProblem> sorted() {
        return found.stream().sorted(ContentProblem.IN_FILE_ORDER).toList();
    }
}
