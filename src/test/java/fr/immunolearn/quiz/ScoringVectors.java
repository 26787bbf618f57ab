package fr.immunolearn.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.immunolearn.course.Choice;
import fr.immunolearn.course.CreditMode;
import fr.immunolearn.course.Feedback;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code scoring-vectors.json}, the scoring rules written down as data, into the model. */
public final class ScoringVectors {

    public static final String RESOURCE = "/fr/immunolearn/quiz/scoring-vectors.json";

    private ScoringVectors() {}

    public static JsonNode load() {
        try (InputStream in = ScoringVectors.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A question in the vectors' compact shape (the SCORM player's shape) as a model question. */
    public static Question question(JsonNode json) {
        CreditMode credit =
                CreditMode.fromKey(json.path("credit").asText("all-or-nothing")).orElseThrow();
        QuestionKind kind =
                switch (json.get("type").asText()) {
                    case "single-choice" -> new QuestionKind.SingleChoice(choices(json));
                    case "multiple-response" ->
                            new QuestionKind.MultipleResponse(choices(json), credit);
                    case "true-false" -> new QuestionKind.TrueFalse(json.get("answer").asBoolean());
                    case "fill-in" -> new QuestionKind.FillIn(texts(json.get("accepted")));
                    case "matching" ->
                            new QuestionKind.Matching(
                                    texts(json.get("pairs")).stream()
                                            .map(
                                                    id ->
                                                            new MatchPair(
                                                                    id,
                                                                    "premise " + id,
                                                                    "response " + id))
                                            .toList(),
                                    credit);
                    case "ordering" ->
                            new QuestionKind.Ordering(
                                    texts(json.get("items")).stream()
                                            .map(id -> new OrderItem(id, "item " + id))
                                            .toList(),
                                    credit);
                    default ->
                            throw new IllegalArgumentException("unknown type " + json.get("type"));
                };
        return new Question("q", "prompt", 1, List.of("c"), "p", new Feedback("why", "", ""), kind);
    }

    public static Answer answer(JsonNode json) {
        if (json.has("choices")) {
            return new Answer.Choices(texts(json.get("choices")));
        }
        if (json.has("value")) {
            return new Answer.TrueOrFalse(json.get("value").asBoolean());
        }
        if (json.has("text")) {
            return new Answer.Text(json.get("text").asText());
        }
        if (json.has("matches")) {
            Map<String, String> matches = new LinkedHashMap<>();
            json.get("matches")
                    .fields()
                    .forEachRemaining(e -> matches.put(e.getKey(), e.getValue().asText()));
            return new Answer.Matches(matches);
        }
        return new Answer.Sequence(texts(json.get("sequence")));
    }

    private static List<Choice> choices(JsonNode json) {
        List<Choice> choices = new ArrayList<>();
        json.get("choices")
                .forEach(
                        c ->
                                choices.add(
                                        new Choice(
                                                c.get("id").asText(),
                                                "text " + c.get("id").asText(),
                                                c.path("correct").asBoolean(false),
                                                "")));
        return choices;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
