package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Component;
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
class MultipleResponseInput implements QuestionInput {

    private final CheckboxGroup<String> group = new CheckboxGroup<>();
    private final List<String> order;
    private final Translations t;

    MultipleResponseInput(String prompt, List<Choice> choices, List<String> order, Translations t) {
        this.order = order;
        this.t = t;
        Map<String, Choice> byId = choices.stream().collect(Collectors.toMap(Choice::id, Function.identity()));
        group.setLabel(prompt);
        group.setHelperText(t.get("quiz.multiple.hint"));
        group.setItems(order);
        group.setItemLabelGenerator(id -> byId.get(id).text());
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.addClassName("answer-input");
        group.addValueChangeListener(e -> group.setInvalid(false));
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public Optional<Answer> answer() {
        if (group.getValue().isEmpty()) {
            showError(t.get("quiz.required.choices"));
            return Optional.empty();
        }
        return Optional.of(new Answer.Choices(order.stream().filter(group.getValue()::contains).toList()));
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
