package fr.immunolearn.progress;

import java.util.List;

/**
 * A learner's answer to an inline knowledge check, as kept: the choices in content order and the
 * verdict.
 */
public record CheckAnswer(
        String checkId, List<String> choiceIds, CourseRules.CheckVerdict verdict) {

    public CheckAnswer {
        choiceIds = List.copyOf(choiceIds);
    }
}
