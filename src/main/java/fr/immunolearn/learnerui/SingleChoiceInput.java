package fr.immunolearn.learnerui;

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
class SingleChoiceInput extends FieldInput<String, RadioButtonGroup<String>> {

    SingleChoiceInput(String prompt, List<Choice> choices, List<String> order, Translations t) {
        super(new RadioButtonGroup<>(), prompt, t);
        Map<String, Choice> byId =
                choices.stream().collect(Collectors.toMap(Choice::id, Function.identity()));
        field.setItems(order);
        field.setItemLabelGenerator(id -> byId.get(id).text());
        field.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    }

    @Override
    public void show(Answer stored) {
        if (stored instanceof Answer.Choices chosen && !chosen.choiceIds().isEmpty()) {
            field.setValue(chosen.choiceIds().get(0));
        }
    }

    @Override
    public Optional<Answer> answer() {
        if (field.getValue() == null) {
            showError(t.get("quiz.required.choice"));
            return Optional.empty();
        }
        return Optional.of(new Answer.Choices(List.of(field.getValue())));
    }
}
