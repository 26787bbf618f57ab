package fr.immunolearn.learnerui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.immunolearn.quiz.Answer;
import java.util.List;
import java.util.Optional;

/** A statement to judge: "Vrai" or "Faux". */
class TrueFalseInput extends FieldInput<Boolean, RadioButtonGroup<Boolean>> {

    TrueFalseInput(String prompt, Translations t) {
        super(new RadioButtonGroup<>(), prompt, t);
        field.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
        field.setItemLabelGenerator(value -> t.get(value ? "quiz.true" : "quiz.false"));
    }

    @Override
    public void show(Answer stored) {
        if (stored instanceof Answer.TrueOrFalse value) {
            field.setValue(value.value());
        }
    }

    @Override
    public Optional<Answer> answer() {
        if (field.getValue() == null) {
            showError(t.get("quiz.required.choice"));
            return Optional.empty();
        }
        return Optional.of(new Answer.TrueOrFalse(field.getValue()));
    }
}
