package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import fr.immunolearn.quiz.Answer;
import fr.immunolearn.quiz.ScoringRules;
import java.util.Optional;

/** A word or a phrase to type; what is typed is only ever shown back as text. */
class FillInInput extends FieldInput<String, TextField> {

    FillInInput(String prompt, Translations t) {
        super(new TextField(), prompt, t);
        field.setPlaceholder(t.get("quiz.answer.label"));
        field.setMaxLength(ScoringRules.MAX_TEXT_LENGTH);
        field.setWidthFull();
        field.setAutocomplete(Autocomplete.OFF);
    }

    @Override
    public void enterChecks(Button check) {
        check.addClickShortcut(Key.ENTER).listenOn(field);
    }

    @Override
    public void show(Answer stored) {
        if (stored instanceof Answer.Text text) {
            field.setValue(text.text());
        }
    }

    @Override
    public Optional<Answer> answer() {
        if (field.getValue().isBlank()) {
            showError(t.get("quiz.required.text"));
            return Optional.empty();
        }
        return Optional.of(new Answer.Text(field.getValue()));
    }
}
