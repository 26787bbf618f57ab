package fr.immunolearn.course.loading;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML text into {@link YamlNode}s with Jackson's streaming parser, keeping every location.
 */
final class YamlReader {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final String file;
    private final Problems problems;

    YamlReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of the file. Reports a syntax
     * error or an empty document as a problem and returns empty.
     */
    Optional<YamlNode> read(String text, int firstLine) {
        int shift = firstLine - 1;
        try (JsonParser parser = YAML.createParser(new StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.report(file, new Location(firstLine, 1), "the YAML document is empty");
                return Optional.empty();
            }
            return Optional.of(node(parser, shift));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location where = at == null ? new Location(firstLine, 1) : location(at, shift);
            problems.report(
                    file,
                    where,
                    "YAML syntax error: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            return Optional.empty();
        } catch (IOException e) {
            problems.report(file, new Location(firstLine, 1), "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private YamlNode node(JsonParser parser, int shift) throws IOException {
        Location at = location(parser.currentTokenLocation(), shift);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return mapping(parser, at, shift);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, shift));
                }
                return new YamlNode.Sequence(at, items);
            case VALUE_NUMBER_INT:
                return scalar(parser, at, YamlNode.Scalar.Kind.INTEGER);
            case VALUE_NUMBER_FLOAT:
                return scalar(parser, at, YamlNode.Scalar.Kind.DECIMAL);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return scalar(parser, at, YamlNode.Scalar.Kind.BOOLEAN);
            case VALUE_NULL:
                return new YamlNode.Scalar(at, "", YamlNode.Scalar.Kind.NULL);
            default:
                return scalar(parser, at, YamlNode.Scalar.Kind.STRING);
        }
    }

    private YamlNode.Scalar scalar(JsonParser parser, Location at, YamlNode.Scalar.Kind kind)
            throws IOException {
        return new YamlNode.Scalar(at, parser.getText(), kind);
    }

    private YamlNode mapping(JsonParser parser, Location at, int shift) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = location(parser.currentTokenLocation(), shift);
            parser.nextToken();
            YamlNode value = node(parser, shift);
            YamlNode.Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.report(
                        file,
                        keyAt,
                        "duplicate key '"
                                + key
                                + "' (first given at line "
                                + earlier.keyLocation().line()
                                + ")");
                continue;
            }
            entries.put(key, new YamlNode.Entry(key, keyAt, value));
        }
        return new YamlNode.Mapping(at, entries);
    }

    private static Location location(JsonLocation at, int shift) {
        return new Location(Math.max(1, at.getLineNr()) + shift, Math.max(1, at.getColumnNr()));
    }
}
