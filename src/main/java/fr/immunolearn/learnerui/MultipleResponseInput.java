package fr.immunolearn.learnerui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import fr.immunolearn.course.Choice;
import fr.immunolearn.quiz.Answer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Several answers: a checkbox group; the answer keeps the order the options are shown in. */
class MultipleResponseInput extends FieldInput<java.util.Set<String>, CheckboxGroup<String>> {

    private final List<String> order;

    MultipleResponseInput(String prompt, List<Choice> choices, List<String> order, Translations t) {
        super(new CheckboxGroup<>(), prompt, t);
        this.order = order;
        Map<String, Choice> byId =
                choices.stream().collect(Collectors.toMap(Choice::id, Function.identity()));
        field.setHelperText(t.get("quiz.multiple.hint"));
        field.setItems(order);
        field.setItemLabelGenerator(id -> byId.get(id).text());
        field.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    }

    @Override
    public void show(Answer stored) {
        if (stored instanceof Answer.Choices chosen) {
            field.setValue(new java.util.LinkedHashSet<>(chosen.choiceIds()));
        }
    }

    @Override
    public Optional<Answer> answer() {
        if (field.getValue().isEmpty()) {
            showError(t.get("quiz.required.choices"));
            return Optional.empty();
        }
        return Optional.of(
                new Answer.Choices(order.stream().filter(field.getValue()::contains).toList()));
    }
}
