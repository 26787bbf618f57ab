package fr.immunolearn.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.immunolearn.course.LessonBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code lesson-check-vectors.json}, the knowledge checks' rules written down as data. */
public final class LessonCheckVectors {

    public static final String RESOURCE = "/fr/immunolearn/progress/lesson-check-vectors.json";

    private LessonCheckVectors() {}

    public static JsonNode load() {
        try (InputStream in = LessonCheckVectors.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A check in the vectors' compact shape as a model block; its texts do not matter to a verdict.
     */
    public static LessonBlock.Check check(String name, JsonNode json) {
        List<LessonBlock.CheckChoice> choices = new ArrayList<>();
        json.get("choices")
                .forEach(
                        c ->
                                choices.add(
                                        new LessonBlock.CheckChoice(
                                                c.get(0).asText(),
                                                "choice " + c.get(0).asText(),
                                                c.get(1).asBoolean(),
                                                "feedback")));
        return new LessonBlock.Check(name, "prompt", json.get("multiple").asBoolean(), choices);
    }

    public static List<String> chosen(JsonNode vector) {
        List<String> chosen = new ArrayList<>();
        vector.get("chosen").forEach(c -> chosen.add(c.asText()));
        return chosen;
    }
}
