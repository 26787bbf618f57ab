package fr.immunolearn.learnerui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/**
 * A question control that is one Vaadin field (radio group, checkbox group, text field): it is
 * locked by making it read-only, and shows what is missing as the field's own error message.
 */
abstract class FieldInput<V, F extends AbstractField<F, V> & HasValidation>
        implements QuestionInput {

    protected final F field;
    protected final Translations t;

    FieldInput(F field, String prompt, Translations t) {
        this.field = field;
        this.t = t;
        field.getElement().setProperty("label", prompt);
        field.addClassName("answer-input");
        field.addValueChangeListener(e -> field.setInvalid(false));
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public void lock() {
        field.setReadOnly(true);
    }

    @Override
    public void showError(String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.getElement().callJsFunction("focus");
    }
}
