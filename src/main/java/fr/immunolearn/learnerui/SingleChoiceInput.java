package fr.immunolearn.learnerui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import fr.immunolearn.course.Choice;
import fr.immunolearn.quiz.Answer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One answer among several: a radio group, its label the question. */
class SingleChoiceInput implements QuestionInput {

    private final RadioButtonGroup<String> group = new RadioButtonGroup<>();
    private final Translations t;

    SingleChoiceInput(String prompt, List<Choice> choices, List<String> order, Translations t) {
        this.t = t;
        Map<String, Choice> byId = choices.stream().collect(Collectors.toMap(Choice::id, Function.identity()));
        group.setLabel(prompt);
        group.setItems(order);
        group.setItemLabelGenerator(id -> byId.get(id).text());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
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
        return Optional.of(new Answer.Choices(List.of(group.getValue())));
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
