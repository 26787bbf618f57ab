package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.ScoringRules;
import java.util.Optional;

/** A word or a phrase to type; what is typed is only ever shown back as text. */
class FillInInput implements QuestionInput {

    private final TextField field = new TextField();
    private final Translations t;

    FillInInput(String prompt, Translations t) {
        this.t = t;
        field.setLabel(prompt);
        field.setPlaceholder(t.get("quiz.answer.label"));
        field.setAriaLabel(prompt);
        field.setMaxLength(ScoringRules.MAX_TEXT_LENGTH);
        field.setWidthFull();
        field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        field.addClassName("answer-input");
        field.addValueChangeListener(e -> field.setInvalid(false));
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public Optional<Answer> answer() {
        if (field.getValue().isBlank()) {
            showError(t.get("quiz.required.text"));
            return Optional.empty();
        }
        return Optional.of(new Answer.Text(field.getValue()));
    }

    @Override
    public void lock() {
        field.setReadOnly(true);
    }

    @Override
    public void showError(String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }
}
