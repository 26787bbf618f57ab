package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.immunolearn.quiz.Answer;
import java.util.List;
import java.util.Optional;

/** A statement to judge: "Vrai" or "Faux". */
class TrueFalseInput implements QuestionInput {

    private final RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
    private final Translations t;

    TrueFalseInput(String prompt, Translations t) {
        this.t = t;
        group.setLabel(prompt);
        group.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
        group.setItemLabelGenerator(value -> t.get(value ? "quiz.true" : "quiz.false"));
        group.addClassName("answer-input");
        group.addValueChangeListener(e -> group.setInvalid(false));
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public Optional<Answer> answer() {
        if (group.getValue() == null) {
            showError(t.get("quiz.required.choice"));
            return Optional.empty();
        }
        return Optional.of(new Answer.TrueOrFalse(group.getValue()));
    }

    @Override
    public void lock() {
        group.setReadOnly(true);
    }

    @Override
    public void showError(String message) {
        group.setErrorMessage(message);
        group.setInvalid(true);
        group.getElement().callJsFunction("focus");
    }
}
