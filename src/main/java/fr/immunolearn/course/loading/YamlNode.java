package fr.immunolearn.course.loading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written. Jackson's tree model drops locations and its
 * data binding stops at the first error; to report every problem at its line and column we build
 * this small tree from Jackson's streaming parser instead (see {@link YamlReader}).
 */
sealed interface YamlNode {

    Location location();

    /** What the value is, in words, for error messages. */
    String description();

    record Scalar(Location location, String text, Kind kind) implements YamlNode {
        enum Kind {
            STRING,
            INTEGER,
            DECIMAL,
            BOOLEAN,
            NULL
        }

        @Override
        public String description() {
            return kind == Kind.NULL ? "nothing" : "\"" + text + "\"";
        }
    }

    record Sequence(Location location, List<YamlNode> items) implements YamlNode {
        @Override
        public String description() {
            return "a list";
        }
    }

    record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String description() {
            return "a mapping";
        }
    }

    /** A mapping's key with where the key itself is written. */
    record Entry(String key, Location keyLocation, YamlNode value) {}
}
