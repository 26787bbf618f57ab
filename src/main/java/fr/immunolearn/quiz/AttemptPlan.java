package fr.immunolearn.quiz;

import java.util.List;
import java.util.Map;

/**
 * The questions of one attempt, in the order the learner sees them, and for each question the order
 * of its options (choice ids, matching responses, or the scrambled ordering items).
 */
public record AttemptPlan(List<String> questionIds, Map<String, List<String>> optionOrder) {

    public AttemptPlan {
        questionIds = List.copyOf(questionIds);
        optionOrder = Map.copyOf(optionOrder);
    }

    public List<String> optionsOf(String questionId) {
        return optionOrder.getOrDefault(questionId, List.of());
    }
}
