package fr.immunolearn.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.immunolearn.quiz.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers stored as small JSON objects, in the same shape as the scoring vectors: {@code
 * {"choices":[…]}}, {@code {"value":true}}, {@code {"text":"…"}}, {@code {"matches":{…}}}, {@code
 * {"sequence":[…]}}.
 */
public final class AnswerJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {}

    public static String write(Answer answer) {
        ObjectNode node = JSON.createObjectNode();
        if (answer instanceof Answer.Choices choices) {
            choices.choiceIds().forEach(node.putArray("choices")::add);
        } else if (answer instanceof Answer.TrueOrFalse value) {
            node.put("value", value.value());
        } else if (answer instanceof Answer.Text text) {
            node.put("text", text.text());
        } else if (answer instanceof Answer.Matches matches) {
            ObjectNode pairs = node.putObject("matches");
            matches.responseByPremise().forEach(pairs::put);
        } else if (answer instanceof Answer.Sequence sequence) {
            sequence.itemIds().forEach(node.putArray("sequence")::add);
        }
        return node.toString();
    }

    public static Answer read(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node.has("choices")) {
                return new Answer.Choices(texts(node.get("choices")));
            }
            if (node.has("value")) {
                return new Answer.TrueOrFalse(node.get("value").asBoolean());
            }
            if (node.has("text")) {
                return new Answer.Text(node.get("text").asText());
            }
            if (node.has("matches")) {
                Map<String, String> matches = new LinkedHashMap<>();
                node.get("matches")
                        .fields()
                        .forEachRemaining(e -> matches.put(e.getKey(), e.getValue().asText()));
                return new Answer.Matches(matches);
            }
            return new Answer.Sequence(texts(node.get("sequence")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not JSON: " + json, e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
