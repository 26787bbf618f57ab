package fr.immunolearn.course.loading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * References from one part of the content to another (a question to its passage, a tag to its
 * concept), remembered where they are written and checked once everything has been read.
 */
final class References {

    private record Reference(String kind, String target, String file, Location at) {}

    private final List<Reference> references = new ArrayList<>();

    void add(String kind, String target, String file, Location at) {
        if (!target.isEmpty()) {
            references.add(new Reference(kind, target, file, at));
        }
    }

    /** Reports each reference of {@code kind} whose target is not among {@code known}. */
    void check(String kind, Collection<String> known, Problems problems) {
        for (Reference reference : references) {
            if (reference.kind.equals(kind) && !known.contains(reference.target)) {
                problems.report(
                        reference.file,
                        reference.at,
                        kind
                                + " \""
                                + reference.target
                                + "\" does not exist"
                                + (known.isEmpty()
                                        ? ""
                                        : " (known: " + String.join(", ", known) + ")"));
            }
        }
    }
}
