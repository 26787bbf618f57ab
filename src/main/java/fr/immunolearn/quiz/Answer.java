package fr.immunolearn.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a learner gave as an answer, in the shape of its question type. */
public sealed interface Answer {

    /** The chosen choice ids, for single-choice and multiple-response questions. */
    record Choices(List<String> choiceIds) implements Answer {
        public Choices {
            choiceIds = List.copyOf(choiceIds);
        }
    }

    /** True or false. */
    record TrueOrFalse(boolean value) implements Answer {}

    /** Typed text, exactly as typed. */
    record Text(String text) implements Answer {
        public Text {
            text = text == null ? "" : text;
        }
    }

    /** For each premise (by pair id), the pair id of the response the learner put with it. */
    record Matches(Map<String, String> responseByPremise) implements Answer {
        public Matches {
            responseByPremise =
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responseByPremise));
        }
    }

    /** The item ids in the order the learner put them. */
    record Sequence(List<String> itemIds) implements Answer {
        public Sequence {
            itemIds = List.copyOf(itemIds);
        }
    }
}
