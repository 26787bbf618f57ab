package fr.immunolearn.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.immunolearn.course.CompletionRule;
import fr.immunolearn.course.UnlockRule;
import fr.immunolearn.progress.CourseState.LessonState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code course-rules-vectors.json}, the course rules written down as data, into the rules'
 * records.
 */
public final class CourseRulesVectors {

    public static final String RESOURCE = "/fr/immunolearn/progress/course-rules-vectors.json";

    private CourseRulesVectors() {}

    public static JsonNode load() {
        try (InputStream in = CourseRulesVectors.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static QuizRecord quiz(JsonNode json, String defaultId) {
        return new QuizRecord(
                json.path("id").asText(defaultId),
                json.path("passMark").asInt(80),
                json.path("max").asInt(3),
                json.path("attempts").asInt(0),
                json.path("open").asBoolean(false),
                json.path("answered").asInt(0),
                json.path("best").isNumber() ? json.get("best").asDouble() : null);
    }

    public static CourseState state(JsonNode json) {
        List<LessonState> lessons = new ArrayList<>();
        json.get("lessons")
                .forEach(
                        l ->
                                lessons.add(
                                        new LessonState(
                                                l.get("id").asText(),
                                                l.path("opened").asBoolean(false),
                                                quiz(l.get("quiz"), "q-" + l.get("id").asText()))));
        return new CourseState(
                lessons,
                quiz(json.get("final"), "final"),
                UnlockRule.fromKey(json.path("unlock").asText("all-lessons-done")).orElseThrow(),
                CompletionRule.fromKey(json.path("completion").asText("final-assessment-passed"))
                        .orElseThrow());
    }

    public static Optional<Position> position(JsonNode json) {
        if (json == null || json.isNull()) {
            return Optional.empty();
        }
        if (json.has("lesson")) {
            return Optional.of(
                    new Position.InLesson(
                            json.get("lesson").asText(),
                            json.path("passage").isTextual()
                                    ? json.get("passage").asText()
                                    : null));
        }
        if (json.has("quiz")) {
            return Optional.of(
                    new Position.InQuiz(json.get("quiz").asText(), json.get("question").asInt()));
        }
        return Optional.of(new Position.AtResults(json.get("results").asText()));
    }
}
