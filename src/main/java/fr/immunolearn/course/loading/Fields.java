package fr.immunolearn.course.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Typed reads from one YAML mapping. Every read that fails reports a problem at the value's
 * location and returns a harmless fallback, so loading goes on and finds the next problem too.
 */
final class Fields {

    /** Ids end up in URLs, HTML ids and SCORM identifiers: keep them to a portable alphabet. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final YamlNode.Mapping mapping;
    private final String file;
    private final Problems problems;
    private final String what;
    private final Typography typography;

    private Fields(
            YamlNode.Mapping mapping,
            String file,
            Problems problems,
            String what,
            Typography typography) {
        this.mapping = mapping;
        this.file = file;
        this.problems = problems;
        this.what = what;
        this.typography = typography;
    }

    /**
     * Reads {@code node} as a mapping holding only {@code allowedKeys}; reports anything else.
     *
     * @param what the thing the mapping describes, for messages ("question \"q1\"", "the course
     *     file")
     */
    static Optional<Fields> of(
            YamlNode node,
            Set<String> allowedKeys,
            String what,
            String file,
            Problems problems,
            Typography typography) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.report(
                    file,
                    node.location(),
                    what + " must be a mapping of keys to values, not " + node.description());
            return Optional.empty();
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowedKeys.contains(entry.key())) {
                problems.report(
                        file,
                        entry.keyLocation(),
                        "unknown key '"
                                + entry.key()
                                + "' in "
                                + what
                                + " (expected one of: "
                                + String.join(", ", new TreeSet<>(allowedKeys))
                                + ")");
            }
        }
        return Optional.of(new Fields(mapping, file, problems, what, typography));
    }

    /**
     * The mapping under {@code key}, read like this one; empty (and reported) when it is not a
     * mapping.
     */
    Optional<Fields> nested(String key, Set<String> allowedKeys, String nestedWhat) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            return Optional.empty();
        }
        return of(entry.value(), allowedKeys, nestedWhat, file, problems, typography);
    }

    Fields describing(String newWhat) {
        return new Fields(mapping, file, problems, newWhat, typography);
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    Typography typography() {
        return typography;
    }

    Location location() {
        return mapping.location();
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    /** Where the value of {@code key} is written, or the mapping itself when the key is absent. */
    Location at(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.location() : entry.value().location();
    }

    void report(String key, String message) {
        problems.report(file, at(key), message);
    }

    /** A required id: present, not empty, in the id alphabet. */
    String id(String key) {
        String value = rawText(key, true);
        if (!value.isEmpty() && !ID.matcher(value).matches()) {
            report(
                    key,
                    "'"
                            + key
                            + "' of "
                            + what
                            + " is \""
                            + value
                            + "\": use lower-case letters, digits, '-' or '_' (at most 64, starting with a letter or digit)");
        }
        return value;
    }

    /** A required id that refers to something else; only its presence is checked here. */
    String reference(String key) {
        return rawText(key, true);
    }

    /** Required text that learners read: not empty, with the edition's typography applied. */
    String text(String key) {
        return typography.apply(rawText(key, true));
    }

    /** Optional text that learners read, or "" when absent. */
    String optionalText(String key) {
        if (!has(key)) {
            return "";
        }
        return typography.apply(rawText(key, true));
    }

    /** An optional word from a fixed vocabulary, or {@code fallback} when absent. */
    String word(String key, String fallback, Set<String> vocabulary) {
        if (!has(key)) {
            return fallback;
        }
        String value = rawText(key, true);
        if (!value.isEmpty() && !vocabulary.contains(value)) {
            report(
                    key,
                    "'"
                            + key
                            + "' of "
                            + what
                            + " is \""
                            + value
                            + "\"; expected one of: "
                            + String.join(", ", new TreeSet<>(vocabulary)));
            return fallback;
        }
        return value.isEmpty() ? fallback : value;
    }

    private String rawText(String key, boolean required) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            if (required) {
                problems.report(file, mapping.location(), what + " has no '" + key + "'");
            }
            return "";
        }
        return scalarText(entry.value(), "'" + key + "' of " + what);
    }

    private String scalarText(YamlNode node, String label) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problems.report(
                    file, node.location(), label + " must be text, not " + node.description());
            return "";
        }
        String text = scalar.text().strip();
        if (text.isEmpty()) {
            problems.report(file, node.location(), label + " is empty");
        }
        return text;
    }

    /** An optional whole number in {@code [min, max]}, or {@code fallback}. */
    int integer(String key, int fallback, int min, int max) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            return fallback;
        }
        if (entry.value() instanceof YamlNode.Scalar scalar
                && scalar.kind() == YamlNode.Scalar.Kind.INTEGER) {
            try {
                int value = Integer.parseInt(scalar.text());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException tooLarge) {
                // reported below
            }
        }
        report(
                key,
                "'"
                        + key
                        + "' of "
                        + what
                        + " must be a whole number from "
                        + min
                        + " to "
                        + max
                        + ", not "
                        + entry.value().description());
        return fallback;
    }

    /** An optional number greater than zero, or {@code fallback}. */
    double positiveNumber(String key, double fallback) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            return fallback;
        }
        if (entry.value() instanceof YamlNode.Scalar scalar
                && (scalar.kind() == YamlNode.Scalar.Kind.INTEGER
                        || scalar.kind() == YamlNode.Scalar.Kind.DECIMAL)) {
            double value = Double.parseDouble(scalar.text());
            if (value > 0 && value <= 1000) {
                return value;
            }
        }
        report(
                key,
                "'"
                        + key
                        + "' of "
                        + what
                        + " must be a number greater than 0 (and at most 1000), not "
                        + entry.value().description());
        return fallback;
    }

    /** A required {@code true} or {@code false}. */
    boolean bool(String key, boolean fallback, boolean required) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            if (required) {
                problems.report(
                        file, mapping.location(), what + " has no '" + key + "' (true or false)");
            }
            return fallback;
        }
        if (entry.value() instanceof YamlNode.Scalar scalar
                && scalar.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(scalar.text());
        }
        report(
                key,
                "'"
                        + key
                        + "' of "
                        + what
                        + " must be true or false, not "
                        + entry.value().description());
        return fallback;
    }

    /**
     * A list's items; reports a missing (when required) or empty list, or a value that is not a
     * list.
     */
    List<YamlNode> list(String key, boolean required) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            if (required) {
                problems.report(file, mapping.location(), what + " has no '" + key + "'");
            }
            return List.of();
        }
        if (!(entry.value() instanceof YamlNode.Sequence sequence)) {
            problems.report(
                    file,
                    entry.value().location(),
                    "'"
                            + key
                            + "' of "
                            + what
                            + " must be a list, not "
                            + entry.value().description());
            return List.of();
        }
        if (sequence.items().isEmpty() && required) {
            problems.report(
                    file, sequence.location(), "'" + key + "' of " + what + " is an empty list");
        }
        return sequence.items();
    }

    /** A list of display texts, each non-empty, with typography applied. */
    List<String> texts(String key, boolean required) {
        List<String> texts = new ArrayList<>();
        for (YamlNode item : list(key, required)) {
            texts.add(typography.apply(scalarText(item, "an item of '" + key + "' in " + what)));
        }
        return texts;
    }

    /** A list of references (ids of other things), each with where it is written. */
    List<Located<String>> references(String key, boolean required) {
        List<Located<String>> refs = new ArrayList<>();
        for (YamlNode item : list(key, required)) {
            refs.add(
                    new Located<>(
                            scalarText(item, "an item of '" + key + "' in " + what),
                            item.location()));
        }
        return refs;
    }

    /** A value together with where it was written. */
    record Located<T>(T value, Location location) {}
}
