package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Component;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.quiz.Answer;
import java.util.List;
import java.util.Optional;

/**
 * The control a question is answered with, one per question type. Each control says when nothing is
 * given yet, on itself, so the learner knows what is missing.
 */
interface QuestionInput {

    Component component();

    /**
     * The learner's answer, or empty (with a message shown on the control) when nothing is given.
     */
    Optional<Answer> answer();

    /** After "Valider": the answer can no longer change. */
    void lock();

    /**
     * Puts {@code stored} on the control in place of what the learner chose: the answer stored for
     * this question (given in another tab), so the screen shows what its feedback is about.
     */
    void show(Answer stored);

    /** Shows a refusal from the scoring rules (e.g. too long) on the control. */
    void showError(String message);

    /** Lets Enter in the control press {@code check}, where Enter means nothing else there. */
    default void enterChecks(com.vaadin.flow.component.button.Button check) {}

    static QuestionInput of(Question question, List<String> optionOrder, Translations t) {
        QuestionKind kind = question.kind();
        if (kind instanceof QuestionKind.SingleChoice single) {
            return new SingleChoiceInput(question.prompt(), single.choices(), optionOrder, t);
        }
        if (kind instanceof QuestionKind.MultipleResponse multiple) {
            return new MultipleResponseInput(question.prompt(), multiple.choices(), optionOrder, t);
        }
        if (kind instanceof QuestionKind.TrueFalse) {
            return new TrueFalseInput(question.prompt(), t);
        }
        if (kind instanceof QuestionKind.FillIn) {
            return new FillInInput(question.prompt(), t);
        }
        if (kind instanceof QuestionKind.Matching matching) {
            return new MatchingInput(
                    question.id(), question.prompt(), matching.pairs(), optionOrder, t);
        }
        return new OrderingInput(
                question.id(),
                question.prompt(),
                ((QuestionKind.Ordering) kind).items(),
                optionOrder,
                t);
    }

    /** The view's translations, handed to controls that are not attached yet. */
    @FunctionalInterface
    interface Translations {
        String get(String key, Object... params);
    }
}
